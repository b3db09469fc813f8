package jp.tsunagu.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagu.process.OpenIncidents;

/**
 * /dashboard[?fiscalYear=2023]: the managers' view, for the prefecture, the center and
 * administrators, with the advisers' year ({@link AdvisersYear}); the same year as CSV at
 * /reports/advisers-year.csv[?fiscalYear=2023], for the same people.
 */
@Controller
public class DashboardController {

    static final int INCIDENTS_SHOWN = 50;

    private final Dashboard dashboard;
    private final AdvisersYear advisersYear;
    private final ReportAccess access;
    private final OpenIncidents incidents;

    public DashboardController(Dashboard dashboard, AdvisersYear advisersYear, ReportAccess access, OpenIncidents incidents) {
        this.dashboard = dashboard;
        this.advisersYear = advisersYear;
        this.access = access;
        this.incidents = incidents;
    }

    @GetMapping("/dashboard")
    public String dashboard(@RequestParam(required = false) String fiscalYear, Model model) {
        access.requireManager();
        Optional<FiscalYear> year = year(fiscalYear);
        model.addAttribute("page", dashboard.of(year));
        model.addAttribute("advisers", advisersYear.of(year));
        model.addAttribute("openIncidents", incidents.oldest(INCIDENTS_SHOWN));
        return "report/dashboard";
    }

    @GetMapping("/reports/advisers-year.csv")
    public void advisersYearCsv(@RequestParam(required = false) String fiscalYear, HttpServletResponse response)
            throws IOException {
        access.requireManager();
        AdvisersYear.Year year = advisersYear.of(year(fiscalYear));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("圏域アドバイザーの活動_" + year.fiscalYear().label() + ".csv", StandardCharsets.UTF_8).build().toString());
        Writer writer = response.getWriter();
        AdvisersYearCsv.write(writer, year);
        writer.flush();
    }

    private static Optional<FiscalYear> year(String fiscalYear) {
        return Optional.ofNullable(fiscalYear).filter(text -> !text.isBlank()).map(FiscalYear::parse);
    }
}

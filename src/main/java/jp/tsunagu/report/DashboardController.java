package jp.tsunagu.report;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagu.process.OpenIncidents;

/** /dashboard[?fiscalYear=2023]: the managers' view, for the prefecture, the center and administrators. */
@Controller
public class DashboardController {

    static final int INCIDENTS_SHOWN = 50;

    private final Dashboard dashboard;
    private final ReportAccess access;
    private final OpenIncidents incidents;

    public DashboardController(Dashboard dashboard, ReportAccess access, OpenIncidents incidents) {
        this.dashboard = dashboard;
        this.access = access;
        this.incidents = incidents;
    }

    @GetMapping("/dashboard")
    public String dashboard(@RequestParam(required = false) String fiscalYear, Model model) {
        access.requireManager();
        Optional<FiscalYear> year = Optional.ofNullable(fiscalYear).filter(text -> !text.isBlank()).map(FiscalYear::parse);
        model.addAttribute("page", dashboard.of(year));
        model.addAttribute("openIncidents", incidents.oldest(INCIDENTS_SHOWN));
        return "report/dashboard";
    }
}

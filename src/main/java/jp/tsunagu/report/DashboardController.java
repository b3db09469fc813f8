package jp.tsunagu.report;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /dashboard[?fiscalYear=2023]: the managers' view, for the prefecture, the center and administrators. */
@Controller
public class DashboardController {

    private final Dashboard dashboard;
    private final ReportAccess access;

    public DashboardController(Dashboard dashboard, ReportAccess access) {
        this.dashboard = dashboard;
        this.access = access;
    }

    @GetMapping("/dashboard")
    public String dashboard(@RequestParam(required = false) String fiscalYear, Model model) {
        access.requireManager();
        Optional<FiscalYear> year = Optional.ofNullable(fiscalYear).filter(text -> !text.isBlank()).map(FiscalYear::parse);
        model.addAttribute("page", dashboard.of(year));
        return "report/dashboard";
    }
}

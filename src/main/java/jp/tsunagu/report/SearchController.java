package jp.tsunagu.report;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagu.access.AccessScope;

/** /search?q=...: a request, discharge, plan, regional activity or consultation by business key, case or municipality. */
@Controller
public class SearchController {

    private final Search search;
    private final ReportAccess access;

    public SearchController(Search search, ReportAccess access) {
        this.search = search;
        this.access = access;
    }

    @GetMapping("/search")
    public String search(@RequestParam(required = false) String q, Model model) {
        AccessScope scope = access.requireSomeScope();
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("answer", q == null || q.isBlank() ? null : search.find(q, scope));
        return "report/search";
    }
}

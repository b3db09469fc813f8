package jp.tsunagu.web.pages;

import java.util.Comparator;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagu.access.CaseAccess;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.organization.Municipalities;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.MunicipalityRepository;
import jp.tsunagu.organization.RegionRepository;
import jp.tsunagu.web.PageCsrf;

/**
 * /municipalities: the 40 municipalities and their regions, which an administrator may change
 * (issue "the application": the region of a municipality is data). Routing reads the region
 * from the database each time, so the next request already goes to the new region's advisers.
 */
@Controller
public class MunicipalityRegionsController {

    private final MunicipalityRepository municipalities;
    private final RegionRepository regions;
    private final Municipalities changes;
    private final CaseAccess access;
    private final PageCsrf csrf;
    private final AuditLog audit;

    public MunicipalityRegionsController(MunicipalityRepository municipalities, RegionRepository regions,
            Municipalities changes, CaseAccess access, PageCsrf csrf, AuditLog audit) {
        this.municipalities = municipalities;
        this.regions = regions;
        this.changes = changes;
        this.access = access;
        this.csrf = csrf;
        this.audit = audit;
    }

    @GetMapping("/municipalities")
    @Transactional(readOnly = true)
    public String show(HttpServletRequest request, Model model) {
        access.requireAdministrator();
        model.addAttribute("municipalities", municipalities.findAll().stream()
                .sorted(Comparator.comparing(Municipality::getCode)).toList());
        model.addAttribute("regions", regions.findAll(Sort.by("id")));
        model.addAttribute("csrf", csrf.token(request));
        return "organization/municipalities";
    }

    @PostMapping("/municipalities/{code}/region")
    @Transactional
    public String change(@PathVariable String code, @RequestParam(required = false) String regionId,
            @RequestParam(name = PageCsrf.PARAMETER, required = false) String token, HttpServletRequest request) {
        access.requireAdministrator();
        csrf.check(request, token);
        String before = changes.require(code).getRegion().getName();
        Municipality moved = changes.moveToRegion(code, regionId);
        // the regions by name, as people read the audit log (issue 24)
        audit.record(AuditAction.OPERATION, null, "市町村 " + moved.getCode() + " " + moved.getName(),
                "圏域の変更: " + before + " → " + moved.getRegion().getName());
        return "redirect:/municipalities";
    }
}

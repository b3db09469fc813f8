package jp.tsunagu.web.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagu.access.CaseAccess;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.casework.MedicalCareItem;
import jp.tsunagu.casework.NewCaseFields;
import jp.tsunagu.casework.NewChildCase;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.organization.Municipalities;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.MunicipalityRepository;
import jp.tsunagu.organization.StaffMembers;
import jp.tsunagu.process.Inputs;
import jp.tsunagu.process.Variable;
import jp.tsunagu.web.PageCsrf;

/**
 * /cases/new, ケース登録: a municipality (for its own residents) or the center registers the case
 * of a child who already lives at home, so that an evacuation plan can start without a discharge
 * (issue 24). Who may register for which municipality comes from the person's groups (CaseAccess),
 * never from the form; every registration is in the audit log.
 */
@Controller
public class CaseRegistrationController {

    static final String PATH = "/cases/new";
    static final Variable<String> COORDINATOR = Variable.userId("coordinatorUserId", "担当コーディネーター");

    private final ChildCases cases;
    private final CaseAccess access;
    private final Municipalities municipalities;
    private final MunicipalityRepository municipalityRecords;
    private final StaffMembers staff;
    private final PageCsrf csrf;
    private final AuditLog audit;

    public CaseRegistrationController(ChildCases cases, CaseAccess access, Municipalities municipalities,
            MunicipalityRepository municipalityRecords, StaffMembers staff, PageCsrf csrf, AuditLog audit) {
        this.cases = cases;
        this.access = access;
        this.municipalities = municipalities;
        this.municipalityRecords = municipalityRecords;
        this.staff = staff;
        this.csrf = csrf;
        this.audit = audit;
    }

    @GetMapping(PATH)
    @Transactional(readOnly = true)
    public String form(HttpServletRequest request, Model model) {
        access.requireMayRegisterCases();
        model.addAttribute("municipalities", registrable());
        model.addAttribute("careItems", List.of(MedicalCareItem.values()));
        model.addAttribute("coordinators", staff.coordinators());
        model.addAttribute("csrf", csrf.token(request));
        return "casework/new";
    }

    /** Who may at all, then whether the form is this session's, then for which municipality (403 before 400); then audited. */
    @PostMapping("/cases")
    @Transactional
    public String register(@RequestParam Map<String, String> fields,
            @RequestParam(name = "care", required = false) List<String> care,
            @RequestParam(name = PageCsrf.PARAMETER, required = false) String token, HttpServletRequest request) {
        access.requireMayRegisterCases();
        csrf.check(request, token);
        Inputs inputs = Inputs.ofForm(fields);
        String code = inputs.optionalText("municipalityCode", "お住まいの市町村", 6)
                .orElseThrow(() -> new InvalidInputException("「お住まいの市町村」を選んでください。"));
        Municipality home = municipalities.require(code);
        access.requireMayRegisterCase(home.getCode());
        NewChildCase entered = NewCaseFields.read(inputs, NewCaseFields.careItems(care == null ? List.of() : care),
                home.getCode());
        ChildCase registered = cases.register(entered, COORDINATOR.optional(inputs).orElse(null));
        audit.record(AuditAction.CASE_REGISTERED, registered.getId(), "ケース " + registered.getId(),
                "ケース登録（在宅）: " + home.getName());
        return "redirect:/cases/" + registered.getId();
    }

    /** The center registers for every municipality, a municipality's officer for their own. */
    private List<Municipality> registrable() {
        return municipalityRecords.findAll().stream()
                .filter(municipality -> access.mayRegisterCase(municipality.getCode()))
                .sorted(Comparator.comparing(Municipality::getCode)).toList();
    }
}

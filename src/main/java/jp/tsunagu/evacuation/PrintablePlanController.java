package jp.tsunagu.evacuation;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagu.access.CaseAccess;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCaseRepository;
import jp.tsunagu.common.NotVisibleException;
import jp.tsunagu.process.EngineTime;

/**
 * /evacuation-plans/{businessKey}/print: the plan for the family's wall and the supporters,
 * A4 in Japanese. Shows the version in force (?version=N for an older one; the draft while none
 * is approved yet). Only for users who may see the child's case.
 */
@Controller
public class PrintablePlanController {

    static final DateTimeFormatter ERA_DATE = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN);

    private final EvacuationPlanRepository plans;
    private final EvacuationPlanVersionRepository versions;
    private final ChildCaseRepository cases;
    private final CaseAccess access;
    private final AuditLog audit;

    public PrintablePlanController(EvacuationPlanRepository plans, EvacuationPlanVersionRepository versions,
            ChildCaseRepository cases, CaseAccess access, AuditLog audit) {
        this.audit = audit;
        this.plans = plans;
        this.versions = versions;
        this.cases = cases;
        this.access = access;
    }

    @GetMapping("/evacuation-plans/{businessKey}/print")
    @Transactional(readOnly = true)
    public String print(@PathVariable String businessKey, @RequestParam(required = false) Integer version, Model model) {
        EvacuationPlan plan = plans.findById(businessKey).orElseThrow(NotVisibleException::new);
        ChildCase childCase = access.requireVisible(cases.findById(plan.getCaseId()).orElseThrow(NotVisibleException::new));
        // A plan whose first meeting has not been recorded has no version yet: nothing to print.
        int number = version != null ? version
                : plan.getCurrentVersion() != null ? plan.getCurrentVersion()
                : versions.findFirstByBusinessKeyOrderByNumberDesc(businessKey).map(EvacuationPlanVersion::getNumber)
                        .orElseThrow(() -> new NotVisibleException("この計画には、まだ印刷できる版がありません。最初の打合せの記録後に作られます。"));
        EvacuationPlanVersion shown = versions.findByBusinessKeyAndNumber(businessKey, number)
                .orElseThrow(NotVisibleException::new);
        audit.recordRead(AuditAction.PLAN_VIEWED, childCase.getId(), businessKey + " 第" + number + "版");
        model.addAttribute("plan", plan);
        model.addAttribute("version", shown);
        model.addAttribute("childCase", childCase);
        model.addAttribute("versions", versions.findByBusinessKeyOrderByNumber(businessKey));
        model.addAttribute("approvedOn", shown.getApprovedAt() == null ? null
                : era(shown.getApprovedAt().atZone(EngineTime.JAPAN).toLocalDate()));
        model.addAttribute("birthDate", shown.getPersonBirthDate() == null ? null : era(shown.getPersonBirthDate()));
        return "evacuation/print";
    }

    /** 令和8年11月30日 */
    static String era(LocalDate date) {
        return ERA_DATE.format(JapaneseDate.from(date));
    }
}

package jp.tsunagu.evacuation;

import java.time.LocalDate;
import java.time.Period;
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
 * /evacuation-plans/{businessKey}/print: the family's copy of the plan, for the fridge and the
 * go-bag, A4 in Japanese with 令和 dates and page numbers. Shows the version in force (?version=N
 * for an older one; the draft while none is approved yet). Only for users who may see the
 * child's case. It carries what the family and its supporters need (who to call: home doctor,
 * hospital, municipality; the next review; a consent and signature line) and nothing internal:
 * no case or instance id, no user id, no adviser's regional notes — the model gets no case, and
 * the plan only as its short number.
 */
@Controller
public class PrintablePlanController {

    static final DateTimeFormatter ERA_DATE = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN);

    private final EvacuationPlanRepository plans;
    private final EvacuationPlanVersionRepository versions;
    private final ChildCaseRepository cases;
    private final CaseAccess access;
    private final AuditLog audit;
    private final EvacuationProperties properties;

    public PrintablePlanController(EvacuationPlanRepository plans, EvacuationPlanVersionRepository versions,
            ChildCaseRepository cases, CaseAccess access, AuditLog audit, EvacuationProperties properties) {
        this.audit = audit;
        this.properties = properties;
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
        // Only what the family's copy shows: the plan's short number, never the entities (their
        // instance id, the adviser's regional notes, the approver's user id stay off the page).
        model.addAttribute("planNumber", businessKey);
        model.addAttribute("version", shown);
        model.addAttribute("municipalityName", childCase.getHomeMunicipality().getName());
        model.addAttribute("versions", versions.findByBusinessKeyOrderByNumber(businessKey));
        LocalDate approvedOn = shown.getApprovedAt() == null ? null
                : shown.getApprovedAt().atZone(EngineTime.JAPAN).toLocalDate();
        model.addAttribute("approvedOn", approvedOn == null ? null : era(approvedOn));
        // Timer_YearlyReview starts when the version is approved and waits the review interval.
        model.addAttribute("nextReview", approvedOn == null ? null : era(approvedOn.plus(properties.reviewInterval())));
        model.addAttribute("reviewInterval", inJapanese(properties.reviewInterval()));
        model.addAttribute("birthDate", shown.getPersonBirthDate() == null ? null : era(shown.getPersonBirthDate()));
        return "evacuation/print";
    }

    /** P1Y → 1年, P6M → 6か月, P1Y6M → 1年6か月. */
    static String inJapanese(Period period) {
        Period normalized = period.normalized();
        StringBuilder text = new StringBuilder();
        if (normalized.getYears() > 0) {
            text.append(normalized.getYears()).append("年");
        }
        if (normalized.getMonths() > 0) {
            text.append(normalized.getMonths()).append("か月");
        }
        if (normalized.getDays() > 0 || text.isEmpty()) {
            text.append(normalized.getDays()).append("日");
        }
        return text.toString();
    }

    /** 令和8年11月30日 */
    static String era(LocalDate date) {
        return ERA_DATE.format(JapaneseDate.from(date));
    }
}

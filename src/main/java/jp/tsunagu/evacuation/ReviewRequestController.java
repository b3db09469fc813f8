package jp.tsunagu.evacuation;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagu.access.CaseAccess;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCaseRepository;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.common.NotVisibleException;
import jp.tsunagu.web.PageCsrf;

/**
 * A change in the child's life (a new device, a move, a change of health) reported from the case
 * page: Message_ReviewOnChange of the approved plan, so that a review task appears. The message
 * needs rights on the running instance that a municipality or coordinator does not hold over
 * REST; this page is their way to send it, checked by CaseAccess like every other page.
 */
@Controller
public class ReviewRequestController {

    static final int MAX_REASON = 1000;

    private final EvacuationPlanRepository plans;
    private final ChildCaseRepository cases;
    private final CaseAccess access;
    private final PageCsrf csrf;
    private final ProcessEngine engine;

    public ReviewRequestController(EvacuationPlanRepository plans, ChildCaseRepository cases, CaseAccess access,
            PageCsrf csrf, ProcessEngine engine) {
        this.plans = plans;
        this.cases = cases;
        this.access = access;
        this.csrf = csrf;
        this.engine = engine;
    }

    @PostMapping("/evacuation-plans/{businessKey}/review-request")
    @Transactional
    public String request(@PathVariable String businessKey, @RequestParam(required = false) String reviewReason,
            @RequestParam(name = PageCsrf.PARAMETER, required = false) String token, HttpServletRequest request) {
        EvacuationPlan plan = plans.findById(businessKey).orElseThrow(NotVisibleException::new);
        ChildCase childCase = access.requireVisible(cases.findById(plan.getCaseId()).orElseThrow(NotVisibleException::new));
        access.requireMayReportChange(childCase);
        csrf.check(request, token);
        String reason = reviewReason == null ? "" : reviewReason.strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw new InvalidInputException("変化の内容（例: 在宅酸素療法が始まった、転居した）を" + MAX_REASON + "文字以内で入力してください。");
        }
        correlate(businessKey, reason);
        return "redirect:/cases/" + childCase.getId();
    }

    /** The user's right was checked above; the engine's own rights on the instance send the message. */
    private void correlate(String businessKey, String reason) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try {
            configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                    () -> engine.getRuntimeService().createMessageCorrelation(EvacuationVariables.REVIEW_MESSAGE)
                            .processInstanceBusinessKey(businessKey)
                            .setVariable(EvacuationVariables.REVIEW_REASON.name(), reason)
                            .correlateWithResult()));
        } catch (MismatchingMessageCorrelationException notWaiting) {
            throw new InvalidInputException("この計画は作成中か見直し中のため、見直しの依頼は受け付けられません。"
                    + "進行中のタスクの中で変化を反映してください。");
        }
    }
}

package jp.tsunagu.evacuation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;

/**
 * ServiceTask_RecordConsent: the family's consent to share the plan with the named supporters
 * (民生委員, 消防 ...). Without consent the plan is kept but not shared.
 */
@Component("recordConsent")
public class RecordConsent implements JavaDelegate {

    private final EvacuationPlanVersionRepository versions;

    public RecordConsent(EvacuationPlanVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // a yes/no the family must have answered: neither missing nor anything but a yes or a no
        if (!(execution.getVariable(EvacuationVariables.CONSENT_GIVEN.name()) instanceof Boolean consent)) {
            throw new InvalidInputException("ご家族の同意の有無を選んでください。");
        }
        String sharedWith = EvacuationVariables.SHARED_WITH.optional(execution).orElse(null);
        if (consent && sharedWith == null) {
            throw new InvalidInputException("同意を得た場合は「共有する相手」（例: 民生委員、消防本部）を入力してください。");
        }
        versions.latest(execution.getProcessBusinessKey()).consent(consent, sharedWith);
    }
}

package jp.tsunagu.evacuation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.Inputs;

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
        Inputs inputs = Inputs.of(execution);
        Object given = execution.getVariable(EvacuationVariables.CONSENT_GIVEN);
        if (!(given instanceof Boolean consent)) {
            throw new InvalidInputException("ご家族の同意の有無を選んでください。");
        }
        String sharedWith = inputs.optionalText(EvacuationVariables.SHARED_WITH, "共有する相手", 1000).orElse(null);
        if (consent && sharedWith == null) {
            throw new InvalidInputException("同意を得た場合は「共有する相手」（例: 民生委員、消防本部）を入力してください。");
        }
        versions.latest(execution.getProcessBusinessKey()).consent(consent, sharedWith);
    }
}

package jp.tsunagu.dispatch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.Inputs;

/**
 * Flow_Escalated (taken when UserTask_Escalation is completed): a reassignment names the region;
 * otherwise the center answers itself. See {@link CheckAcceptance} for why this is on the flow.
 */
@Component("checkEscalation")
public class CheckEscalation implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Inputs inputs = Inputs.of(execution);
        if (inputs.requiredChoice(DispatchVariables.ESCALATION_DECISION, "対応方法", EscalationDecision.class)
                == EscalationDecision.REASSIGN) {
            inputs.requiredText(DispatchVariables.TARGET_REGION, "依頼先の圏域", 32);
        }
    }
}

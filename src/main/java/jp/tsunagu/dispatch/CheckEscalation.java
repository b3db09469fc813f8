package jp.tsunagu.dispatch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Flow_Escalated (taken when UserTask_Escalation is completed): a reassignment names the region;
 * otherwise the center answers itself. See {@link CheckAcceptance} for why this is on the flow.
 */
@Component("checkEscalation")
public class CheckEscalation implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (DispatchVariables.ESCALATION_DECISION.required(execution) == EscalationDecision.REASSIGN) {
            DispatchVariables.TARGET_REGION.labelled("依頼先の圏域").required(execution);
        }
    }
}

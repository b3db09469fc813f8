package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Flow_EvacuationPlanDecided (taken when UserTask_EvacuationPlanDecision is completed): the
 * answer is one the gateway knows, and "not now" says why.
 */
@Component("checkEvacuationPlanDecision")
public class CheckEvacuationPlanDecision implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (DischargeVariables.EVACUATION_PLAN_DECISION.required(execution) == EvacuationPlanDecision.NOT_NOW) {
            DischargeVariables.NO_PLAN_REASON.required(execution);
        }
    }
}

package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.Inputs;

/**
 * Flow_EvacuationPlanDecided (taken when UserTask_EvacuationPlanDecision is completed): the
 * answer is one the gateway knows, and "not now" says why.
 */
@Component("checkEvacuationPlanDecision")
public class CheckEvacuationPlanDecision implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Inputs inputs = Inputs.of(execution);
        if (inputs.requiredChoice(DischargeVariables.EVACUATION_PLAN_DECISION, "個別避難計画", EvacuationPlanDecision.class)
                == EvacuationPlanDecision.NOT_NOW) {
            inputs.requiredText(DischargeVariables.NO_PLAN_REASON, "今は作成しない理由", 1000);
        }
    }
}

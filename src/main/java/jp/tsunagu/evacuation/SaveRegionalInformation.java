package jp.tsunagu.evacuation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_SaveRegionalInformation: the adviser's information for the plan — what other
 * municipalities do (e.g. a generator granted as 日常生活用具) and local resources.
 */
@Component("saveRegionalInformation")
public class SaveRegionalInformation implements JavaDelegate {

    private final EvacuationPlanRepository plans;

    public SaveRegionalInformation(EvacuationPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String information = EvacuationVariables.REGIONAL_INFORMATION.required(execution);
        plans.require(execution.getProcessBusinessKey()).regionalInformation(information);
    }
}

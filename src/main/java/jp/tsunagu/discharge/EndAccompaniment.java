package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.evacuation.EvacuationPlans;
import jp.tsunagu.process.Inputs;
import jp.tsunagu.process.ProcessVariables;

/**
 * ServiceTask_EndAccompaniment: the coordinator confirmed the family's situation about a month
 * after discharge; the adviser's accompaniment ends here and the coordinator works alone. A child
 * in this flow usually needs an evacuation plan next: is there one already?
 */
@Component("endAccompaniment")
public class EndAccompaniment implements JavaDelegate {

    private final DischargeRepository discharges;
    private final EvacuationPlans plans;

    public EndAccompaniment(DischargeRepository discharges, EvacuationPlans plans) {
        this.discharges = discharges;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String situation = Inputs.of(execution).requiredText(DischargeVariables.FAMILY_SITUATION, "ご家族の様子", 2000);
        discharges.require(execution.getProcessBusinessKey()).followedUp(situation);
        execution.setVariable(DischargeVariables.EVACUATION_PLAN_EXISTS,
                plans.activePlanOf((String) execution.getVariable(ProcessVariables.CASE_ID)).isPresent());
    }
}

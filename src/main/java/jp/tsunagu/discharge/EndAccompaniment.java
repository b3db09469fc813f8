package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.evacuation.EvacuationPlans;
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
        String situation = DischargeVariables.FAMILY_SITUATION.required(execution);
        discharges.require(execution.getProcessBusinessKey()).followedUp(situation);
        DischargeVariables.EVACUATION_PLAN_EXISTS.set(execution,
                plans.activePlanOf(ProcessVariables.CASE.stored(execution).orElse(null)).isPresent());
    }
}

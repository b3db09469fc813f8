package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.evacuation.EvacuationPlans;
import jp.tsunagu.process.ProcessVariables;

/**
 * ServiceTask_StartEvacuationPlan: the child's evacuation plan flow starts for the home municipality.
 * It runs as a job of its own (asyncBefore), after the municipality's decision is committed; if
 * someone started a plan for the child in the meantime, that plan is linked instead of failing
 * the job again and again.
 */
@Component("startEvacuationPlan")
public class StartEvacuationPlan implements JavaDelegate {

    private final DischargeRepository discharges;
    private final EvacuationPlans plans;

    public StartEvacuationPlan(DischargeRepository discharges, EvacuationPlans plans) {
        this.discharges = discharges;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = ProcessVariables.CASE.stored(execution).orElse(null);
        String planKey = plans.activePlanOf(caseId).orElseGet(() -> plans.start(caseId,
                ProcessVariables.MUNICIPALITY.stored(execution).orElse(null)));
        discharges.require(execution.getProcessBusinessKey()).evacuationPlanStarted(planKey);
    }
}

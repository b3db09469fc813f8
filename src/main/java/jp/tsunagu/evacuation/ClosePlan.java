package jp.tsunagu.evacuation;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_ClosePlan: a review decided the plan is no longer needed; its versions stay readable. */
@Component("closePlan")
public class ClosePlan implements JavaDelegate {

    private final EvacuationPlanRepository plans;
    private final Clock clock;

    public ClosePlan(EvacuationPlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.require(execution.getProcessBusinessKey()).closed(clock.instant());
    }
}

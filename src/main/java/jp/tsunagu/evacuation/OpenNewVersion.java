package jp.tsunagu.evacuation;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_OpenNewVersion: a review reopens drafting with a copy of the plan in force. */
@Component("openNewVersion")
public class OpenNewVersion implements JavaDelegate {

    private final EvacuationPlanRepository plans;
    private final EvacuationPlanVersionRepository versions;
    private final Clock clock;

    public OpenNewVersion(EvacuationPlanRepository plans, EvacuationPlanVersionRepository versions, Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EvacuationPlan plan = plans.require(execution.getProcessBusinessKey());
        versions.save(versions.latest(plan.getBusinessKey()).nextDraft(clock.instant()));
        plan.reviewing();
    }
}

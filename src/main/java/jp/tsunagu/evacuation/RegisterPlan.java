package jp.tsunagu.evacuation;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.CurrentUser;

/**
 * ServiceTask_RegisterPlan: the municipality approves and registers the plan; the latest version
 * becomes the plan in force and the one it replaces stays readable as an older version.
 */
@Component("registerPlan")
public class RegisterPlan implements JavaDelegate {

    private final EvacuationPlanRepository plans;
    private final EvacuationPlanVersionRepository versions;
    private final CurrentUser currentUser;
    private final Clock clock;

    public RegisterPlan(EvacuationPlanRepository plans, EvacuationPlanVersionRepository versions,
            CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String approver = currentUser.userId().orElseThrow(
                () -> new InvalidInputException("承認はログインした市町村の担当者が行ってください。"));
        EvacuationPlan plan = plans.require(execution.getProcessBusinessKey());
        if (plan.getCurrentVersion() != null) {
            versions.findByBusinessKeyAndNumber(plan.getBusinessKey(), plan.getCurrentVersion())
                    .ifPresent(EvacuationPlanVersion::supersede);
        }
        EvacuationPlanVersion latest = versions.latest(plan.getBusinessKey());
        latest.approve(approver, clock.instant());
        plan.approved(latest.getNumber());
    }
}

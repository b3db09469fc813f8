package jp.tsunagu.regional;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_Close: every meeting is recorded and the center has read the plan. */
@Component("closeRegionalActivity")
public class CloseRegionalActivity implements JavaDelegate {

    private final RegionalActivityRepository activities;
    private final Clock clock;

    public CloseRegionalActivity(RegionalActivityRepository activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        activities.require(execution.getProcessBusinessKey()).closed(clock.instant());
    }
}

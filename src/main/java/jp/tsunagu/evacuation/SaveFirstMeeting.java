package jp.tsunagu.evacuation;

import jp.tsunagu.activity.ActivityRecorder;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_SaveFirstMeeting: records the first case meeting (関係者会議) as an activity and
 * starts version 1 of the plan with what it shared: daily life, each electric device, the
 * home's power plan and candidate destinations.
 */
@Component("saveFirstMeeting")
public class SaveFirstMeeting implements JavaDelegate {

    private final ActivityRecorder meetings;
    private final EvacuationPlanVersionRepository versions;
    private final Clock clock;

    public SaveFirstMeeting(ActivityRecorder meetings, EvacuationPlanVersionRepository versions, Clock clock) {
        this.meetings = meetings;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String dailyLife = EvacuationVariables.DAILY_LIFE.required(execution);
        List<Device> devices = PlanForm.readDevices(execution);
        // the first meeting's form asks for the home's power as it is, the draft for the plan
        String powerPlan = PlanForm.POWER_PLAN.labelled("自宅の電源の備え").optional(execution).orElse(null);
        String destinations = EvacuationVariables.CANDIDATE_DESTINATIONS.optional(execution).orElse(null);
        meetings.record(execution);
        versions.save(new EvacuationPlanVersion(execution.getProcessBusinessKey(), dailyLife, devices, powerPlan,
                destinations, clock.instant()));
        execution.removeVariables(List.of(EvacuationVariables.DAILY_LIFE.name(), EvacuationVariables.CANDIDATE_DESTINATIONS.name()));
        execution.removeVariables(PlanForm.names());
    }
}

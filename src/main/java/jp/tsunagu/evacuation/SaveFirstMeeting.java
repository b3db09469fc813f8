package jp.tsunagu.evacuation;

import jp.tsunagu.activity.ActivityRecorder;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.Inputs;

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
        Inputs inputs = Inputs.of(execution);
        String dailyLife = inputs.requiredText(EvacuationVariables.DAILY_LIFE, "日常生活の様子", 4000);
        List<Device> devices = PlanForm.readDevices(execution);
        String powerPlan = inputs.optionalText("powerPlan", "自宅の電源の備え", 2000).orElse(null);
        String destinations = inputs.optionalText(EvacuationVariables.CANDIDATE_DESTINATIONS, "避難先の候補", 1000).orElse(null);
        meetings.record(execution);
        versions.save(new EvacuationPlanVersion(execution.getProcessBusinessKey(), dailyLife, devices, powerPlan,
                destinations, clock.instant()));
        execution.removeVariables(List.of(EvacuationVariables.DAILY_LIFE, EvacuationVariables.CANDIDATE_DESTINATIONS));
        execution.removeVariables(PlanForm.names());
    }
}

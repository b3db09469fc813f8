package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.activity.ActivityRecorder;

/** ServiceTask_SaveConference: the discharge conference (退院時カンファレンス) as an activity record. */
@Component("saveConference")
public class SaveConference implements JavaDelegate {

    private final ActivityRecorder activities;

    public SaveConference(ActivityRecorder activities) {
        this.activities = activities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        activities.record(execution);
    }
}

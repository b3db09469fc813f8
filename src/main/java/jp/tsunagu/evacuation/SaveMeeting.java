package jp.tsunagu.evacuation;

import jp.tsunagu.activity.ActivityRecorder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_SaveSecondMeeting (課題整理: it may send the plan back to drafting) and
 * ServiceTask_SaveDestinationMeeting (避難先での顔合わせ): each meeting is an activity record.
 */
@Component("saveMeeting")
public class SaveMeeting implements JavaDelegate {

    private final ActivityRecorder meetings;

    public SaveMeeting(ActivityRecorder meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meetings.record(execution);
        EvacuationVariables.SEND_BACK_TO_DRAFT.set(execution, EvacuationVariables.SEND_BACK_TO_DRAFT.required(execution));
    }
}

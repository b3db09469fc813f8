package jp.tsunagu.regional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.activity.ActivityForm;
import jp.tsunagu.activity.ActivityRecorder;

/**
 * ServiceTask_SaveMeeting: one meeting of the series was recorded (UserTask_RecordMeeting, or the
 * same form after a reminder): an activity record of the plan's kind is written through
 * {@link ActivityRecorder} (date, participants with a count or 「多数」, content, 工夫したこと), so
 * the case collection and the CSV see it; the meeting's row links it and keeps the participants' voices.
 */
@Component("saveMeetingRecord")
public class SaveMeetingRecord implements JavaDelegate {

    private final RegionalActivityRepository activities;
    private final ActivityRecorder recorder;

    public SaveMeetingRecord(RegionalActivityRepository activities, ActivityRecorder recorder) {
        this.activities = activities;
        this.recorder = recorder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RegionalActivity activity = activities.require(execution.getProcessBusinessKey());
        // the kind is the plan's, not the person's: the record form has no kind
        ActivityForm.KIND.set(execution, activity.getKind().getActivityKind());
        String voices = RegionalVariables.PARTICIPANT_VOICES.optional(execution).orElse(null);
        int index = RegionalVariables.LOOP_COUNTER.stored(execution).orElseThrow();
        activity.meeting(index).recorded(recorder.record(execution), voices);
        RegionalVariables.PARTICIPANT_VOICES.remove(execution);
    }
}

package jp.tsunagu.regional;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.activity.ActivityForm;
import jp.tsunagu.activity.ActivityRecorder;
import jp.tsunagu.activity.NewActivity;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.Inputs;

/**
 * ServiceTask_SaveMeeting: one meeting of the series was recorded (UserTask_RecordMeeting, or the
 * same form after a reminder): the meeting's row keeps participants (a count, or 「多数」),
 * content, 工夫したこと and the participants' voices; an activity record of the plan's kind is
 * written through {@link ActivityRecorder}, so the case collection and the CSV see it.
 */
@Component("saveMeetingRecord")
public class SaveMeetingRecord implements JavaDelegate {

    static final int MAX_VOICES = 4000;

    private final RegionalActivityRepository activities;
    private final ActivityRecorder recorder;
    private final CurrentUser currentUser;
    private final Clock clock;

    public SaveMeetingRecord(RegionalActivityRepository activities, ActivityRecorder recorder, CurrentUser currentUser,
            Clock clock) {
        this.activities = activities;
        this.recorder = recorder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RegionalActivity activity = activities.require(execution.getProcessBusinessKey());
        String recordedBy = currentUser.userId().orElseThrow(
                () -> new InvalidInputException("開催の記録はログインした担当者が入力してください。"));
        // the kind is the plan's, not the person's: the record form has no kind
        execution.setVariable(ActivityForm.KIND, activity.getKind().getActivityKind().name());
        NewActivity entered = ActivityForm.read(execution, null, activity.getRegion().getId(), recordedBy);
        String voices = Inputs.of(execution).optionalText(RegionalVariables.PARTICIPANT_VOICES, "参加者の声", MAX_VOICES)
                .orElse(null);
        int index = (Integer) execution.getVariable(RegionalVariables.LOOP_COUNTER);
        activity.meeting(index).recorded(new MeetingRecord(entered.date(), entered.participantRoles(),
                entered.participantsMany() ? null : entered.participantCount(), entered.participantsMany(),
                entered.content(), entered.notes(), voices), recordedBy, clock.instant());
        recorder.record(execution);
        execution.removeVariable(RegionalVariables.PARTICIPANT_VOICES);
    }
}

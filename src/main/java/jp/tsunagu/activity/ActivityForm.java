package jp.tsunagu.activity;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import jp.tsunagu.process.EngineTime;
import jp.tsunagu.process.Inputs;

/**
 * The activity fields every flow's "record the activity" form shares (forms/*-activity.form use
 * these variable names). After the record is saved the fields are removed from the instance:
 * the record holds them, and the next visit's form starts empty.
 */
public final class ActivityForm {

    public static final String DATE = "activityDate";
    public static final String KIND = "activityKind";
    public static final String PARTICIPANT_ROLES = "participantRoles";
    public static final String PARTICIPANT_COUNT = "participantCount";
    /**
     * Optional: 「多数」, nobody counted (a panel exhibition's visitors). Then no count is asked
     * and the record holds 0. Forms without this field record a count as before.
     */
    public static final String PARTICIPANTS_MANY = "participantsMany";
    public static final String CONTENT = "activityContent";
    public static final String NOTES = "adviserNotes";

    static final int MAX_PARTICIPANTS = 500;
    static final int MAX_TEXT = 4000;

    private ActivityForm() {
    }

    /** The entered activity, checked; who recorded it and where come from the caller. */
    public static NewActivity read(DelegateExecution execution, String caseId, String regionId, String recordedBy) {
        Inputs inputs = Inputs.of(execution);
        boolean many = inputs.flag(PARTICIPANTS_MANY, "参加者多数（人数を数えていない）");
        return new NewActivity(
                execution.getProcessBusinessKey(),
                execution.getProcessInstanceId(),
                caseId,
                regionId,
                recordedBy,
                inputs.requiredDateUntilToday(DATE, "実施日", EngineTime.today()),
                inputs.requiredChoice(KIND, "活動の種類", ActivityKind.class),
                inputs.requiredText(PARTICIPANT_ROLES, "参加者（役割）", 500),
                many ? 0 : inputs.requiredInteger(PARTICIPANT_COUNT, "参加人数", 1, MAX_PARTICIPANTS),
                many,
                inputs.requiredText(CONTENT, "内容", MAX_TEXT),
                inputs.optionalText(NOTES, "対応したこと・工夫したこと", MAX_TEXT).orElse(null));
    }

    public static void clear(DelegateExecution execution) {
        execution.removeVariables(List.of(DATE, KIND, PARTICIPANT_ROLES, PARTICIPANT_COUNT, PARTICIPANTS_MANY, CONTENT, NOTES));
    }
}

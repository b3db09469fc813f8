package jp.tsunagu.activity;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.ProcessVariables;

/**
 * Records the activity entered in a task's form (meetings, conferences, visits) for the child's
 * case of the instance, in its home region, by whoever completed the task.
 */
@Component
public class ActivityRecorder {

    private final ActivityRecords records;
    private final ParticipantKinds kinds;
    private final CurrentUser currentUser;

    public ActivityRecorder(ActivityRecords records, ParticipantKinds kinds, CurrentUser currentUser) {
        this.records = records;
        this.kinds = kinds;
        this.currentUser = currentUser;
    }

    public ActivityRecord record(DelegateExecution execution) {
        return record(execution, ProcessVariables.CASE.stored(execution).orElse(null),
                ProcessVariables.REGION_ID.stored(execution).orElse(null), null);
    }

    /**
     * The same for a flow that keeps the case and the region itself (dispatch: the request's case,
     * the adviser's region); when nobody is logged in (the engine completing the task), the
     * activity is recorded by {@code otherwise}, if there is one.
     */
    public ActivityRecord record(DelegateExecution execution, String caseId, String region, String otherwise) {
        String recordedBy = currentUser.userId().orElse(otherwise);
        if (recordedBy == null) {
            throw new InvalidInputException("活動の記録はログインした担当者が入力してください。");
        }
        List<ParticipantKind> known = kinds.all();
        ActivityRecord record = records.record(ActivityForm.read(execution, known, caseId, region, recordedBy));
        ActivityForm.clear(execution, known);
        return record;
    }

    /** Removes the activity fields of a form whose activity was not recorded (left empty). */
    public void clear(DelegateExecution execution) {
        ActivityForm.clear(execution, kinds.all());
    }
}

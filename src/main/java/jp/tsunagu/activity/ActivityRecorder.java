package jp.tsunagu.activity;

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
    private final CurrentUser currentUser;

    public ActivityRecorder(ActivityRecords records, CurrentUser currentUser) {
        this.records = records;
        this.currentUser = currentUser;
    }

    public ActivityRecord record(DelegateExecution execution) {
        String recordedBy = currentUser.userId().orElseThrow(
                () -> new InvalidInputException("活動の記録はログインした担当者が入力してください。"));
        ActivityRecord record = records.record(ActivityForm.read(execution, (String) execution.getVariable(ProcessVariables.CASE_ID),
                (String) execution.getVariable(ProcessVariables.REGION), recordedBy));
        ActivityForm.clear(execution);
        return record;
    }
}

package jp.tsunagu.evacuation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import jp.tsunagu.activity.ActivityForm;
import jp.tsunagu.activity.ActivityRecords;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.ProcessVariables;

/** Every meeting of the plan flow is an activity record of the case, written by whoever held it. */
@Component
public class MeetingRecorder {

    private final ActivityRecords records;
    private final CurrentUser currentUser;

    public MeetingRecorder(ActivityRecords records, CurrentUser currentUser) {
        this.records = records;
        this.currentUser = currentUser;
    }

    void record(DelegateExecution execution) {
        String recordedBy = currentUser.userId().orElseThrow(
                () -> new InvalidInputException("会議の記録はログインした担当者が入力してください。"));
        records.record(ActivityForm.read(execution, (String) execution.getVariable(ProcessVariables.CASE_ID),
                (String) execution.getVariable(ProcessVariables.REGION), recordedBy));
        ActivityForm.clear(execution);
    }
}

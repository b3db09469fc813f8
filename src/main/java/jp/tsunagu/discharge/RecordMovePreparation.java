package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.Inputs;

/**
 * UserTask_PrepareMoveCurrent and UserTask_PrepareMoveFuture (complete): what each municipality
 * prepared before the planned move (the future one: services, 保育所の選定) stays on the
 * discharge row.
 */
@Component("recordMovePreparation")
public class RecordMovePreparation implements TaskListener {

    static final String FUTURE_TASK = "UserTask_PrepareMoveFuture";

    private final DischargeRepository discharges;

    public RecordMovePreparation(DischargeRepository discharges) {
        this.discharges = discharges;
    }

    @Override
    public void notify(DelegateTask task) {
        String note = Inputs.of(task).requiredText(DischargeVariables.PREPARATION_NOTE, "準備したこと", 2000);
        discharges.require(task.getExecution().getProcessBusinessKey())
                .movePrepared(FUTURE_TASK.equals(task.getTaskDefinitionKey()), note);
    }
}

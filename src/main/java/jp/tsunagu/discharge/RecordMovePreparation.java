package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

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
        String note = DischargeVariables.PREPARATION_NOTE.required(task);
        discharges.require(task.getExecution().getProcessBusinessKey())
                .movePrepared(FUTURE_TASK.equals(task.getTaskDefinitionKey()), note);
    }
}

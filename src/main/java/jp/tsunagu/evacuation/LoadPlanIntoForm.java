package jp.tsunagu.evacuation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_DraftPlan, on create: the form opens with what the latest version already holds
 * (the first meeting's devices, an earlier draft, or the approved plan being reviewed).
 */
@Component("loadPlanIntoForm")
public class LoadPlanIntoForm implements TaskListener {

    private final EvacuationPlanVersionRepository versions;

    public LoadPlanIntoForm(EvacuationPlanVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public void notify(DelegateTask task) {
        // On the process instance, not the task: task-local values would vanish with the task
        // before ServiceTask_SaveDraft reads what the user submitted.
        task.getExecution().getProcessInstance()
                .setVariables(PlanForm.of(versions.latest(task.getExecution().getProcessBusinessKey())));
    }
}

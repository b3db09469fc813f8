package jp.tsunagu.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.organization.Municipalities;

/**
 * Names every user task for what to do and for which request, so that Tasklist lists
 * 「派遣依頼の受付確認 DSP-2026-0007 むつ市」 rather than a bare step name. Used on the create event
 * of the user tasks of every flow.
 */
@Component("taskNaming")
public class TaskNaming implements TaskListener {

    private final Municipalities municipalities;

    public TaskNaming(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public void notify(DelegateTask task) {
        StringBuilder name = new StringBuilder(task.getName());
        String businessKey = task.getExecution().getProcessBusinessKey();
        if (businessKey != null) {
            name.append(' ').append(businessKey);
        }
        // the flow's variable, read from the execution: no task has variables of its own, and
        // asking the task would first look for them in the database
        ProcessVariables.MUNICIPALITY.stored(task.getExecution())
                .ifPresent(code -> name.append(' ').append(municipalities.require(code).getName()));
        task.setName(name.toString());
    }
}

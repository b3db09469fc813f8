package jp.tsunagu.discharge;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.stereotype.Component;

/**
 * Moves, pauses and resumes the timers of one discharge from inside its own delegates. It
 * changes the job entities of the running command rather than calling ManagementService, whose
 * suspension commands are bulk updates that collide with a due-date change in the same
 * transaction (optimistic locking on the same timer row).
 */
@Component
public class InstanceTimers {

    public void move(String processInstanceId, String activityId, Date due) {
        for (JobEntity timer : timers(processInstanceId)) {
            if (activityId.equals(timer.getActivityId())) {
                timer.setDuedate(due);
            }
        }
    }

    public void suspendAll(String processInstanceId) {
        timers(processInstanceId).forEach(timer -> timer.setSuspensionState(SuspensionState.SUSPENDED.getStateCode()));
    }

    public void activateAll(String processInstanceId) {
        timers(processInstanceId).forEach(timer -> timer.setSuspensionState(SuspensionState.ACTIVE.getStateCode()));
    }

    private static List<JobEntity> timers(String processInstanceId) {
        return Context.getCommandContext().getJobManager().findJobsByProcessInstanceId(processInstanceId).stream()
                .filter(job -> job instanceof TimerEntity).toList();
    }
}

package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_PauseForReadmission (message DischargeReadmitted): the child is back in hospital.
 * The conference escalation and the follow-up must not fire for a date that no longer holds, so
 * the instance's timers are suspended until UserTask_NewDischargeDate gives a new date.
 */
@Component("pauseForReadmission")
public class PauseForReadmission implements JavaDelegate {

    private final DischargeRepository discharges;
    private final InstanceTimers timers;

    public PauseForReadmission(DischargeRepository discharges, InstanceTimers timers) {
        this.discharges = discharges;
        this.timers = timers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        discharges.require(execution.getProcessBusinessKey()).readmitted();
        timers.suspendAll(execution.getProcessInstanceId());
    }
}

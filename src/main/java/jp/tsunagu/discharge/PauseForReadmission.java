package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;

/**
 * ServiceTask_PauseForReadmission (message DischargeReadmitted): the child is back in hospital,
 * and the discharge waits until UserTask_NewDischargeDate gives a new date:
 * <ul>
 * <li>the discharge's status becomes 再入院中, and while it is, every other user task of the
 * instance refuses to complete (RefuseWhileReadmitted);</li>
 * <li>the instance's timers are suspended, so the conference escalation, the coordinator
 * reminder and the follow-up do not fire for a date that no longer holds;</li>
 * <li>a DischargeDateChanged message meanwhile is refused (RescheduleDischarge): the pause has
 * one end, the center's new date in UserTask_NewDischargeDate. The message's event subprocess
 * cannot end that task (it runs beside the readmission subprocess, not around it), so a date
 * taken from the message would resume the work while the task still asked for a date.</li>
 * </ul>
 * ServiceTask_RescheduleAfterReadmission moves the timers to the new date and resumes them.
 * A second readmission message while the child is still readmitted is refused (400): it would
 * open a second new-date task for the same pause.
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
        Discharge discharge = discharges.require(execution.getProcessBusinessKey());
        if (discharge.getStatus() == DischargeStatus.READMITTED) {
            throw new InvalidInputException("この退院はすでに再入院中として一時停止しています。"
                    + "新しい退院予定日は、支援センターが「新しい退院予定日の入力」で入力してください。");
        }
        discharge.readmitted();
        timers.suspendAll(execution.getProcessInstanceId());
    }
}

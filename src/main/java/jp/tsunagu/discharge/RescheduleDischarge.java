package jp.tsunagu.discharge;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;

/**
 * ServiceTask_RescheduleDischarge (message DischargeDateChanged) and
 * ServiceTask_RescheduleAfterReadmission: the hospital gives a new date; the conference deadline
 * and the follow-up timers move with it. After a readmission the timers it paused run again and
 * the work goes on. While the child is readmitted, the message is refused (nothing changes, the
 * sender reads why): the new date then goes through UserTask_NewDischargeDate, the one end of the
 * pause (see PauseForReadmission).
 */
@Component("rescheduleDischarge")
public class RescheduleDischarge implements JavaDelegate {

    static final String CONFERENCE_TIMER = "Timer_ConferenceDue";
    static final String FOLLOW_UP_TIMER = "Timer_FollowUpDue";
    static final String AFTER_READMISSION = "ServiceTask_RescheduleAfterReadmission";
    static final String WHILE_READMITTED = "お子さんが再入院中のため、退院予定日の変更の連絡は受け付けられません。"
            + "新しい退院予定日は、支援センターが「新しい退院予定日の入力」で入力してください。";

    private final DischargeRepository discharges;
    private final DischargeTimers timers;
    private final InstanceTimers instanceTimers;

    public RescheduleDischarge(DischargeRepository discharges, DischargeTimers timers, InstanceTimers instanceTimers) {
        this.discharges = discharges;
        this.timers = timers;
        this.instanceTimers = instanceTimers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Discharge discharge = discharges.require(execution.getProcessBusinessKey());
        boolean endsReadmission = AFTER_READMISSION.equals(execution.getCurrentActivityId());
        if (!endsReadmission && discharge.getStatus() == DischargeStatus.READMITTED) {
            throw new InvalidInputException(WHILE_READMITTED);
        }
        LocalDate newDate = DischargeVariables.NEW_DISCHARGE_DATE.required(execution);
        String iso = newDate.toString();
        DischargeVariables.EXPECTED_DISCHARGE_DATE.set(execution.getProcessInstance(), newDate);
        DischargeVariables.NEW_DISCHARGE_DATE.remove(execution.getProcessInstance());
        discharge.rescheduled(newDate);
        String instance = execution.getProcessInstanceId();
        instanceTimers.move(instance, CONFERENCE_TIMER, timers.conferenceDeadline(iso));
        instanceTimers.move(instance, FOLLOW_UP_TIMER, timers.followUpDate(iso));
        if (endsReadmission) {
            // Timers paused by the readmission (ServiceTask_PauseForReadmission) run again.
            instanceTimers.activateAll(instance);
        }
    }
}

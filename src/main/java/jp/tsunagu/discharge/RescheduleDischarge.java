package jp.tsunagu.discharge;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.EngineTime;
import jp.tsunagu.process.Inputs;

/**
 * ServiceTask_RescheduleDischarge (message DischargeDateChanged) and
 * ServiceTask_RescheduleAfterReadmission: the hospital gives a new date; the conference deadline
 * and the follow-up timers move with it, and timers paused by a readmission run again.
 */
@Component("rescheduleDischarge")
public class RescheduleDischarge implements JavaDelegate {

    static final String CONFERENCE_TIMER = "Timer_ConferenceDue";
    static final String FOLLOW_UP_TIMER = "Timer_FollowUpDue";

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
        LocalDate newDate = Inputs.of(execution)
                .requiredDateFromToday(DischargeVariables.NEW_DISCHARGE_DATE, "新しい退院予定日", EngineTime.today());
        String iso = newDate.toString();
        execution.getProcessInstance().setVariable(DischargeVariables.EXPECTED_DISCHARGE_DATE, iso);
        execution.getProcessInstance().removeVariable(DischargeVariables.NEW_DISCHARGE_DATE);
        discharges.require(execution.getProcessBusinessKey()).rescheduled(newDate);
        String instance = execution.getProcessInstanceId();
        instanceTimers.move(instance, CONFERENCE_TIMER, timers.conferenceDeadline(iso));
        instanceTimers.move(instance, FOLLOW_UP_TIMER, timers.followUpDate(iso));
        // Timers paused by a readmission (ServiceTask_PauseForReadmission) run again.
        instanceTimers.activateAll(instance);
    }
}

package jp.tsunagu.discharge;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_SaveConferencePlan: the coordinator (or the covering adviser) has agreed the date,
 * the place and who comes to the 退院時カンファレンス; it is kept on the discharge, and the
 * recording task (UserTask_DischargeConference) follows. Timer_ConferenceDue on the enclosing
 * SubProcess_Conference still escalates if nothing is recorded 14 days before the discharge.
 */
@Component("saveConferencePlan")
public class SaveConferencePlan implements JavaDelegate {

    private final DischargeRepository discharges;

    public SaveConferencePlan(DischargeRepository discharges) {
        this.discharges = discharges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate date = DischargeVariables.CONFERENCE_PLANNED_DATE.required(execution);
        String place = DischargeVariables.CONFERENCE_PLACE.required(execution);
        String invited = DischargeVariables.CONFERENCE_INVITED.required(execution);
        discharges.require(execution.getProcessBusinessKey()).conferencePlanned(date, place, invited);
    }
}

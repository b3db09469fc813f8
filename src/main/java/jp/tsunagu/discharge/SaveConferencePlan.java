package jp.tsunagu.discharge;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.EngineTime;
import jp.tsunagu.process.Inputs;

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
        Inputs inputs = Inputs.of(execution);
        LocalDate date = inputs.requiredDateFromToday(DischargeVariables.CONFERENCE_PLANNED_DATE, "開催予定日",
                EngineTime.today());
        String place = inputs.requiredText(DischargeVariables.CONFERENCE_PLACE, "開催場所", 200);
        String invited = inputs.requiredText(DischargeVariables.CONFERENCE_INVITED, "参加予定者（役割）", 1000);
        discharges.require(execution.getProcessBusinessKey()).conferencePlanned(date, place, invited);
    }
}

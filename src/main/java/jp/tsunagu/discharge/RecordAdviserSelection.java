package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.activity.ActivityRecorder;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.Variable;

/**
 * ServiceTask_RecordAdviserSelection: the home region's adviser (or the center, taking the task
 * over) selected the coordinator in talks with the municipality (「自治体との協議によりコーディネーター
 * の選定から関わった」): who selected, with which municipal officer, whether at the discharge
 * conference, and the choice itself (RecordCoordinatorSelection). The meeting where it was
 * decided may be recorded as an activity on the same form (the seed's 下北 関係者打合せ). The
 * municipality then agrees or asks again (UserTask_MunicipalityAgreesSelection).
 */
@Component("recordAdviserSelection")
public class RecordAdviserSelection implements JavaDelegate {

    private final DischargeRepository discharges;
    private final RecordCoordinatorSelection selection;
    private final ActivityRecorder activities;
    private final CurrentUser currentUser;

    public RecordAdviserSelection(DischargeRepository discharges, RecordCoordinatorSelection selection,
            ActivityRecorder activities, CurrentUser currentUser) {
        this.discharges = discharges;
        this.selection = selection;
        this.activities = activities;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Discharge discharge = discharges.require(execution.getProcessBusinessKey());
        String consulted = DischargeVariables.MUNICIPALITY_CONSULTED.required(execution);
        String selectedBy = currentUser.userId()
                .orElseThrow(() -> new InvalidInputException("コーディネーターの選定はログインした担当者が行ってください。"));
        discharge.selectionMadeBy(selectedBy, consulted, DischargeVariables.SELECTED_AT_CONFERENCE.required(execution));
        selection.record(execution, discharge);
        if (DischargeVariables.SELECTION_MEETING_DATE.optional(execution).isPresent()) {
            activities.record(execution);
        } else {
            activities.clear(execution);
        }
        Variable.removeAll(execution, DischargeVariables.MUNICIPALITY_CONSULTED, DischargeVariables.SELECTED_AT_CONFERENCE);
    }
}

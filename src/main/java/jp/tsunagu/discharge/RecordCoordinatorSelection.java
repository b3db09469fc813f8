package jp.tsunagu.discharge;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.organization.StaffMember;
import jp.tsunagu.organization.StaffMembers;
import jp.tsunagu.process.Inputs;
import jp.tsunagu.process.ProcessVariables;

/**
 * ServiceTask_RecordSelection (instances started before the adviser selected: the center's
 * choice after UserTask_SelectCoordinator) and, through RecordAdviserSelection, the adviser's
 * selection with the municipality: the choice, with the adviser's advice. A chosen
 * coordinator must be one in the staff records and comes with the reasons for the choice; a
 * previous coordinator means a hand-over (前任・新任). "None available" takes the seed's 下北 path.
 */
@Component("recordCoordinatorSelection")
public class RecordCoordinatorSelection implements JavaDelegate {

    private final DischargeRepository discharges;
    private final StaffMembers staff;
    private final ChildCases cases;

    public RecordCoordinatorSelection(DischargeRepository discharges, StaffMembers staff, ChildCases cases) {
        this.discharges = discharges;
        this.staff = staff;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        record(execution, discharges.require(execution.getProcessBusinessKey()));
    }

    /** The choice (a coordinator with reasons, or none in the area) on the discharge and the case. */
    void record(DelegateExecution execution, Discharge discharge) {
        Inputs inputs = Inputs.of(execution);
        String advice = inputs.optionalText(DischargeVariables.COORDINATOR_ADVICE, "アドバイザーの助言", 2000).orElse(null);
        SelectionOutcome outcome = inputs.requiredChoice(DischargeVariables.SELECTION_OUTCOME, "選定結果", SelectionOutcome.class);
        if (outcome == SelectionOutcome.NONE_AVAILABLE) {
            discharge.noCoordinatorAvailable(advice);
            execution.setVariable(DischargeVariables.NO_COORDINATOR, true);
            execution.setVariable(DischargeVariables.HAND_OVER, false);
            execution.setVariable(ProcessVariables.COORDINATOR_USER_ID, null);
            return;
        }
        StaffMember chosen = staff.requireCoordinator(
                inputs.requiredText(ProcessVariables.COORDINATOR_USER_ID, "担当コーディネーター", 64));
        StaffMember previous = inputs.optionalText(DischargeVariables.PREVIOUS_COORDINATOR_USER_ID, "前任のコーディネーター", 64)
                .map(staff::requireCoordinator).orElse(null);
        if (previous != null && previous.getId().equals(chosen.getId())) {
            throw new InvalidInputException("前任と新任に同じコーディネーターは選べません。");
        }
        discharge.coordinatorSelected(chosen, previous, reasons(inputs), advice);
        cases.assignCoordinator((String) execution.getVariable(ProcessVariables.CASE_ID), chosen.getUserId());
        execution.setVariable(DischargeVariables.NO_COORDINATOR, false);
        execution.setVariable(DischargeVariables.HAND_OVER, previous != null);
    }

    private static String reasons(Inputs inputs) {
        List<String> chosen = new ArrayList<>();
        for (SelectionReason reason : SelectionReason.values()) {
            if (inputs.flag(DischargeVariables.REASON_PREFIX + reason.name(), reason.label())) {
                chosen.add(reason.name());
            }
        }
        if (chosen.isEmpty()) {
            throw new InvalidInputException("選定の理由を1つ以上選んでください（自宅に近い、同性、事業所の場所、経験を広げる など）。");
        }
        return String.join(",", chosen);
    }
}

package jp.tsunagu.discharge;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.organization.StaffMember;
import jp.tsunagu.organization.StaffMembers;
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
        String advice = DischargeVariables.COORDINATOR_ADVICE.optional(execution).orElse(null);
        SelectionOutcome outcome = DischargeVariables.SELECTION_OUTCOME.required(execution);
        if (outcome == SelectionOutcome.NONE_AVAILABLE) {
            discharge.noCoordinatorAvailable(advice);
            DischargeVariables.NO_COORDINATOR.set(execution, true);
            DischargeVariables.HAND_OVER.set(execution, false);
            ProcessVariables.COORDINATOR.set(execution, null);
            return;
        }
        StaffMember chosen = staff.requireCoordinator(ProcessVariables.COORDINATOR.required(execution));
        StaffMember previous = DischargeVariables.PREVIOUS_COORDINATOR.optional(execution)
                .map(staff::requireCoordinator).orElse(null);
        if (previous != null && previous.getId().equals(chosen.getId())) {
            throw new InvalidInputException("前任と新任に同じコーディネーターは選べません。");
        }
        discharge.coordinatorSelected(chosen, previous, reasons(execution), advice);
        cases.assignCoordinator(ProcessVariables.CASE.stored(execution).orElse(null), chosen.getUserId());
        DischargeVariables.NO_COORDINATOR.set(execution, false);
        DischargeVariables.HAND_OVER.set(execution, previous != null);
    }

    /** The reasons ticked, as the discharge keeps them: NEAR_HOME,SAME_GENDER. */
    private static String reasons(DelegateExecution execution) {
        Set<SelectionReason> chosen = DischargeVariables.SELECTION_REASONS.ticked(execution);
        if (chosen.isEmpty()) {
            throw new InvalidInputException("選定の理由を1つ以上選んでください（自宅に近い、同性、事業所の場所、経験を広げる など）。");
        }
        return chosen.stream().map(SelectionReason::name).collect(Collectors.joining(","));
    }
}

package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.organization.StaffMember;
import jp.tsunagu.organization.StaffMembers;
import jp.tsunagu.process.ProcessVariables;

/**
 * ServiceTask_AssignFoundCoordinator: a coordinator was found after all; the tasks created from
 * now on go to them, and the reminders stop.
 */
@Component("assignFoundCoordinator")
public class AssignFoundCoordinator implements JavaDelegate {

    private final DischargeRepository discharges;
    private final StaffMembers staff;
    private final ChildCases cases;

    public AssignFoundCoordinator(DischargeRepository discharges, StaffMembers staff, ChildCases cases) {
        this.discharges = discharges;
        this.staff = staff;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StaffMember found = staff.requireCoordinator(DischargeVariables.FOUND_COORDINATOR.required(execution));
        Discharge discharge = discharges.require(execution.getProcessBusinessKey());
        discharge.coordinatorSelected(found, null, discharge.getSelectionReasons(), discharge.getCoordinatorAdvice());
        cases.assignCoordinator(ProcessVariables.CASE.stored(execution).orElse(null), found.getUserId());
        ProcessVariables.COORDINATOR.set(execution, found.getUserId());
        DischargeVariables.NO_COORDINATOR.set(execution, false);
    }
}

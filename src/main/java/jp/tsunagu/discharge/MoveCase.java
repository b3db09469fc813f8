package jp.tsunagu.discharge;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.organization.Municipalities;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.process.Inputs;
import jp.tsunagu.process.ProcessVariables;
import jp.tsunagu.routing.Routing;
import jp.tsunagu.security.InstanceGrants;

/**
 * ServiceTask_MoveCase (message DischargeCaseMoved): the family moves to another municipality.
 * The case, the discharge and the instance's routing facts follow the new home; open tasks of
 * the old municipality go to the new one, so nobody completes work for a child who left.
 * Both municipalities then get a task (UserTask_NotifyPreviousMunicipality, UserTask_WelcomeFamily).
 */
@Component("moveCase")
public class MoveCase implements JavaDelegate {

    private final Municipalities municipalities;
    private final Routing routing;
    private final ChildCases cases;
    private final DischargeRepository discharges;
    private final TaskService tasks;
    private final InstanceGrants grants;

    public MoveCase(Municipalities municipalities, Routing routing, ChildCases cases, DischargeRepository discharges,
            TaskService tasks, InstanceGrants grants) {
        this.grants = grants;
        this.municipalities = municipalities;
        this.routing = routing;
        this.cases = cases;
        this.discharges = discharges;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Municipality to = municipalities.require(
                Inputs.of(execution).requiredText(DischargeVariables.NEW_MUNICIPALITY_CODE, "転居先の市町村", 6));
        String from = (String) execution.getVariable(ProcessVariables.MUNICIPALITY_CODE);
        if (to.getCode().equals(from)) {
            throw new InvalidInputException("転居先が今の市町村と同じです。");
        }
        cases.moveTo((String) execution.getVariable(ProcessVariables.CASE_ID), to.getCode());
        discharges.require(execution.getProcessBusinessKey()).movedTo(to.getCode());
        execution.setVariableLocal(DischargeVariables.PREVIOUS_MUNICIPALITY_CODE, from);
        execution.getProcessInstance().setVariable(ProcessVariables.MUNICIPALITY_CODE, to.getCode());
        execution.getProcessInstance().setVariable(ProcessVariables.REGION, to.getRegion().getId());
        String fromGroup = routing.municipalityGroup(from);
        String toGroup = routing.municipalityGroup(to.getCode());
        handOpenTasksOver(execution.getProcessInstanceId(), fromGroup, toGroup);
        grants.withdrawRuntimeRead(execution.getProcessInstanceId(), fromGroup);
        grants.grantGroup(execution.getProcessInstanceId(), toGroup);
        grants.grantGroup(execution.getProcessInstanceId(), routing.advisersOfRegion(to.getRegion().getId()));
    }

    /**
     * Removing a candidate group does not revoke the grant the engine made for it, so the grant
     * is deleted too: the old municipality must not complete work for a child who has left.
     */
    private void handOpenTasksOver(String processInstanceId, String fromGroup, String toGroup) {
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).taskCandidateGroup(fromGroup).list()) {
            tasks.deleteCandidateGroup(task.getId(), fromGroup);
            grants.withdrawTask(task.getId(), fromGroup);
            tasks.addCandidateGroup(task.getId(), toGroup);
        }
    }
}

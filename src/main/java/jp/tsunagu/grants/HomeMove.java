package jp.tsunagu.grants;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import jp.tsunagu.casework.CaseInstances;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.process.ProcessVariables;
import jp.tsunagu.routing.Routing;

/**
 * The rules follow the data (issue "who may see and do what"): a child's family moved, so every
 * running flow of the child follows the new home. The old municipality's open tasks go to the
 * new one, and it loses the running instances but keeps the history of what it handled; the new
 * municipality and its region's advisers may read them. In a flow whose advisers are those of the
 * home region (discharge, evacuation plan) the adviser tasks move too when the region changes.
 * A dispatch request stays with the municipality that made it and with the adviser region it
 * was given (it may have been handed over on purpose); the new home only gets to read it.
 */
@Component
public class HomeMove {

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final InstanceGrants grants;
    private final Routing routing;
    private final IdentityService identity;
    private final List<CaseInstances> caseInstances;

    public HomeMove(List<CaseInstances> caseInstances, RuntimeService runtime, RepositoryService repository,
            TaskService tasks, InstanceGrants grants, Routing routing, IdentityService identity) {
        this.caseInstances = caseInstances;
        this.identity = identity;
        this.runtime = runtime;
        this.repository = repository;
        this.tasks = tasks;
        this.grants = grants;
        this.routing = routing;
    }

    /** Called by the step that moved the case (discharge's ServiceTask_MoveCase), in its transaction. */
    public void follow(String caseId, Municipality from, Municipality to) {
        // Every running flow of the child, whoever may read it: the move is the flow's decision.
        List<ProcessInstance> instances = Context.getCommandContext().runWithoutAuthorization(() ->
                runningInstancesOf(caseId));
        for (ProcessInstance instance : instances) {
            String processKey = repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
            if (ProcessKeys.ADVISER_DISPATCH.equals(processKey)) {
                grants.grantGroup(instance.getId(), routing.municipalityGroup(to.getCode()));
                grants.grantGroup(instance.getId(), routing.advisersOfRegion(to.getRegion().getId()));
            } else {
                moveInstance(instance.getId(), from, to);
            }
        }
    }

    private void moveInstance(String instanceId, Municipality from, Municipality to) {
        runtime.setVariable(instanceId, ProcessVariables.MUNICIPALITY.name(), to.getCode());
        runtime.setVariable(instanceId, ProcessVariables.REGION_ID.name(), to.getRegion().getId());
        moveGroup(instanceId, routing.municipalityGroup(from.getCode()), routing.municipalityGroup(to.getCode()));
        String fromAdvisers = routing.advisersOfRegion(from.getRegion().getId());
        String toAdvisers = routing.advisersOfRegion(to.getRegion().getId());
        if (fromAdvisers.equals(toAdvisers)) {
            grants.grantGroup(instanceId, toAdvisers);
        } else {
            moveGroup(instanceId, fromAdvisers, toAdvisers);
        }
    }

    private void moveGroup(String instanceId, String fromGroup, String toGroup) {
        handOpenTasksOver(instanceId, fromGroup, toGroup);
        grants.withdrawRuntimeRead(instanceId, fromGroup);
        // Its members' own grants too (the officer who started it, who claimed a task): the
        // group's history grant keeps what they handled readable.
        for (String user : grants.usersWithRuntimeRead(instanceId)) {
            if (onlyIn(user, fromGroup, toGroup)) {
                grants.withdrawRuntimeReadOfUser(instanceId, user);
            }
        }
        grants.grantGroup(instanceId, toGroup);
    }

    /**
     * Removing a candidate group does not revoke the grant the engine made for it, so the grant
     * is deleted too: the old group must not complete work for a child who has left. A task one
     * of its members had claimed goes back to the new group unclaimed.
     */
    private void handOpenTasksOver(String processInstanceId, String fromGroup, String toGroup) {
        List<Task> open = Context.getCommandContext().runWithoutAuthorization(() -> tasks.createTaskQuery()
                .processInstanceId(processInstanceId).taskCandidateGroup(fromGroup).includeAssignedTasks().list());
        for (Task task : open) {
            tasks.deleteCandidateGroup(task.getId(), fromGroup);
            grants.withdrawTask(task.getId(), fromGroup);
            tasks.addCandidateGroup(task.getId(), toGroup);
            String assignee = task.getAssignee();
            if (assignee != null && onlyIn(assignee, fromGroup, toGroup)) {
                tasks.setAssignee(task.getId(), null);
                grants.withdrawTaskOfUser(task.getId(), assignee);
            }
            // The person the task was routed to is its candidate as well (FlowAccess), claimed or not.
            for (String candidate : candidateUsers(task.getId())) {
                if (onlyIn(candidate, fromGroup, toGroup)) {
                    tasks.deleteCandidateUser(task.getId(), candidate);
                    grants.withdrawTaskOfUser(task.getId(), candidate);
                }
            }
        }
    }

    private List<String> candidateUsers(String taskId) {
        return Context.getCommandContext().runWithoutAuthorization(() -> tasks.getIdentityLinksForTask(taskId)).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .map(IdentityLink::getUserId).toList();
    }

    private boolean onlyIn(String user, String fromGroup, String toGroup) {
        return identity.createUserQuery().userId(user).memberOfGroup(fromGroup).count() > 0
                && identity.createUserQuery().userId(user).memberOfGroup(toGroup).count() == 0;
    }

    /** The case's running instances as our own records say (the flows' rows), not as a variable says. */
    private List<ProcessInstance> runningInstancesOf(String caseId) {
        Set<String> ids = CaseInstances.allOf(caseInstances, caseId);
        return ids.isEmpty() ? List.of() : runtime.createProcessInstanceQuery().processInstanceIds(ids).list();
    }
}

package jp.tsunagu.grants;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import jp.tsunagu.access.StartRights;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.process.ProcessVariables;
import jp.tsunagu.routing.GroupIds;
import jp.tsunagu.routing.Routing;

/**
 * What every flow does for access control and the audit log, attached to every BPMN file by
 * {@link FlowAccessPlugin} so that no flow can forget it:
 * <ul>
 * <li>a start is checked by {@link StartRights}, then the parties that routing names for the
 * child (home municipality, the region's advisers, the case's coordinator) and the initiator may
 * read the instance;</li>
 * <li>whoever a task goes to (candidate groups, assignee) may read its instance too: a request
 * handed to another region's advisers is read by both regions ("any region involved");</li>
 * <li>every start, completed task and received event is written to the audit log.</li>
 * </ul>
 */
@Component
public class FlowAccess {

    private final StartRights startRights;
    private final InstanceGrants grants;
    private final Routing routing;
    private final ChildCases cases;
    private final AuditLog audit;

    public FlowAccess(StartRights startRights, InstanceGrants grants, Routing routing, ChildCases cases, AuditLog audit) {
        this.startRights = startRights;
        this.grants = grants;
        this.routing = routing;
        this.cases = cases;
        this.audit = audit;
    }

    /** At the end of a flow's start event, after the start's own checks have run. */
    public void flowStarted(DelegateExecution execution) {
        String municipalityCode = ProcessVariables.MUNICIPALITY.stored(execution).orElse(null);
        // A start form sends an optional case number left empty as "".
        String caseId = caseOf(execution);
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        startRights.check(processKey, municipalityCode, caseId);
        String instanceId = execution.getProcessInstanceId();
        grants.instanceStarted(instanceId);
        if (municipalityCode != null) {
            grants.grantGroup(instanceId, routing.municipalityGroup(municipalityCode));
            grants.grantGroup(instanceId, routing.advisersOfMunicipality(municipalityCode));
        }
        ProcessVariables.INITIATOR.stored(execution).ifPresent(initiator -> grants.grantUser(instanceId, initiator));
        if (caseId != null) {
            ChildCase childCase = cases.require(caseId);
            if (childCase.getCoordinator() != null) {
                grants.grantUser(instanceId, childCase.getCoordinator().getUserId());
            }
        }
        // The coordinator a requester names (checked by the start's own listener) follows the request.
        ProcessVariables.COORDINATOR.stored(execution).filter(named -> !named.isBlank())
                .ifPresent(named -> grants.grantUser(instanceId, named));
        audit.record(AuditAction.FLOW_STARTED, caseId, execution.getProcessBusinessKey(), processKey);
    }

    /**
     * A task was created: its candidate groups and assignee may read the instance. A municipality
     * reads the instances of its own residents only: the municipality a child moved away from
     * gets its notification task, not the running instance again.
     */
    public void taskCreated(DelegateTask task) {
        // from the execution: tasks have no variables of their own (see TaskNaming)
        String home = ProcessVariables.MUNICIPALITY.stored(task.getExecution()).orElse(null);
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                if (!GroupIds.isMunicipalityGroup(link.getGroupId())
                        || (home != null && link.getGroupId().equals(routing.municipalityGroup(home)))) {
                    grants.grantGroup(task.getProcessInstanceId(), link.getGroupId());
                }
            } else if (link.getUserId() != null) {
                grants.grantUser(task.getProcessInstanceId(), link.getUserId());
            }
        }
        taskAssigned(task);
    }

    /**
     * Whoever a task is assigned to (by the flow at creation: the coordinator, the requester, the
     * adviser who accepted; by a claim; by a reassignment) may read its instance and becomes its
     * candidate too. Tasklist's first filter, 自分とグループのタスク, asks for the user's candidate
     * tasks with assigned ones included: one join an index serves, where "my groups' tasks or
     * mine" was an or-query 3.5 times slower at 100,000 open tasks (docs/benchmarks.md, round 5).
     * It widens nothing: the engine gave the assignee the same task grant and never takes it
     * back on a reassignment. A family's move withdraws both ({@link HomeMove}).
     */
    public void taskAssigned(DelegateTask task) {
        String assignee = task.getAssignee();
        if (assignee != null) {
            grants.grantUser(task.getProcessInstanceId(), assignee);
            boolean candidate = task.getCandidates().stream()
                    .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && assignee.equals(link.getUserId()));
            if (!candidate) {
                task.addCandidateUser(assignee);
            }
        }
    }

    public void taskCompleted(DelegateTask task) {
        audit.record(AuditAction.TASK_COMPLETED, caseOf(task.getExecution()), task.getExecution().getProcessBusinessKey(),
                task.getName());
    }

    /** A message reached the flow (a move, a new date, a readmission, a review request). */
    public void eventReceived(DelegateExecution execution) {
        audit.record(AuditAction.EVENT_RECEIVED, caseOf(execution), execution.getProcessBusinessKey(),
                execution.getCurrentActivityName());
    }

    /** The case the instance concerns, if any; blank (an optional start field left empty) is none. */
    private static String caseOf(DelegateExecution execution) {
        return ProcessVariables.CASE.stored(execution).filter(text -> !text.isBlank()).map(String::strip).orElse(null);
    }
}

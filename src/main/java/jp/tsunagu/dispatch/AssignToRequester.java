package jp.tsunagu.dispatch;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.ProcessVariables;
import jp.tsunagu.routing.Routing;

/**
 * UserTask_AcknowledgeDecline and UserTask_Feedback go back to whoever asked: the initiator as
 * assignee and, when a municipality asked, its officers as candidates (the initiator may be away).
 */
@Component("assignToRequester")
public class AssignToRequester implements TaskListener {

    private final Routing routing;

    public AssignToRequester(Routing routing) {
        this.routing = routing;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables.INITIATOR.stored(task).ifPresent(task::setAssignee);
        RequesterRole role = DispatchVariables.REQUESTER_ROLE.stored(task).orElseThrow();
        if (role == RequesterRole.MUNICIPALITY || role == RequesterRole.SYSTEM) {
            task.addCandidateGroup(routing.municipalityGroup(ProcessVariables.MUNICIPALITY.stored(task).orElse(null)));
        } else if (role == RequesterRole.CENTER) {
            task.addCandidateGroup(routing.supportCenter());
        }
    }
}

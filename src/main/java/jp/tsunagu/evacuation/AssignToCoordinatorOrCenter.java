package jp.tsunagu.evacuation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.routing.Routing;
import jp.tsunagu.process.ProcessVariables;

/**
 * The meetings and the consent (UserTask_FirstMeeting, UserTask_SecondMeeting,
 * UserTask_DestinationMeeting, UserTask_FamilyConsent) go to the case's coordinator; where the
 * area has none, the center takes them.
 */
@Component("assignToCoordinatorOrCenter")
public class AssignToCoordinatorOrCenter implements TaskListener {

    private final Routing routing;

    public AssignToCoordinatorOrCenter(Routing routing) {
        this.routing = routing;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable(ProcessVariables.COORDINATOR_USER_ID) instanceof String coordinator) {
            task.setAssignee(coordinator);
        } else {
            task.addCandidateGroup(routing.supportCenter());
        }
    }
}

package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.ProcessVariables;
import jp.tsunagu.routing.Routing;

/**
 * The conference, the first home visit, the services and the follow-up go to the case's
 * coordinator; where the area has none (the seed's 下北), the home region's advisers and the
 * center cover them.
 */
@Component("assignToCoordinatorOrCovering")
public class AssignToCoordinatorOrCovering implements TaskListener {

    private final Routing routing;

    public AssignToCoordinatorOrCovering(Routing routing) {
        this.routing = routing;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable(ProcessVariables.COORDINATOR_USER_ID) instanceof String coordinator) {
            task.setAssignee(coordinator);
        } else {
            task.addCandidateGroup(routing.advisersOfRegion((String) task.getVariable(ProcessVariables.REGION)));
            task.addCandidateGroup(routing.supportCenter());
        }
    }
}

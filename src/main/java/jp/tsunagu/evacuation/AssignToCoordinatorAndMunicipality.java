package jp.tsunagu.evacuation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.ProcessVariables;
import jp.tsunagu.routing.AssignToCoordinator;
import jp.tsunagu.routing.Routing;

/**
 * Drafting and reviews (UserTask_DraftPlan, UserTask_Review) are the coordinator's work with the
 * municipality: the coordinator is the assignee, the municipality's officers are candidates.
 */
@Component("assignToCoordinatorAndMunicipality")
public class AssignToCoordinatorAndMunicipality implements TaskListener {

    private final AssignToCoordinator coordinatorOrCenter;
    private final Routing routing;

    public AssignToCoordinatorAndMunicipality(@Qualifier(AssignToCoordinator.OR_CENTER) AssignToCoordinator coordinatorOrCenter,
            Routing routing) {
        this.coordinatorOrCenter = coordinatorOrCenter;
        this.routing = routing;
    }

    @Override
    public void notify(DelegateTask task) {
        coordinatorOrCenter.notify(task);
        task.addCandidateGroup(routing.municipalityGroup(ProcessVariables.MUNICIPALITY.stored(task).orElse(null)));
    }
}

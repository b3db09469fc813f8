package jp.tsunagu.routing;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.tsunagu.process.ProcessVariables;

/**
 * A task that is the case's coordinator's work goes to the coordinator; where the area has none
 * (the seed's 下北), to those who cover. Two listener beans, one per flow:
 * <ul>
 * <li>{@code assignToCoordinatorOrCovering}, discharge-transition: the conference
 * (UserTask_ScheduleConference, UserTask_DischargeConference), the first home visit
 * (UserTask_FirstHomeVisit), the services (UserTask_ArrangeService) and the follow-up
 * (UserTask_FollowUp); the home region's advisers and the center cover them.</li>
 * <li>{@code assignToCoordinatorOrCenter}, evacuation-plan: the meetings and the consent
 * (UserTask_FirstMeeting, UserTask_SecondMeeting, UserTask_DestinationMeeting,
 * UserTask_FamilyConsent), and through {@code evacuation.AssignToCoordinatorAndMunicipality}
 * drafting and reviews; the center covers them.</li>
 * </ul>
 */
public class AssignToCoordinator implements TaskListener {

    public static final String OR_COVERING = "assignToCoordinatorOrCovering";
    public static final String OR_CENTER = "assignToCoordinatorOrCenter";

    private final Routing routing;
    private final boolean regionAdvisersCover;

    AssignToCoordinator(Routing routing, boolean regionAdvisersCover) {
        this.routing = routing;
        this.regionAdvisersCover = regionAdvisersCover;
    }

    @Override
    public void notify(DelegateTask task) {
        Optional<String> coordinator = ProcessVariables.COORDINATOR.stored(task);
        if (coordinator.isPresent()) {
            task.setAssignee(coordinator.get());
        } else {
            if (regionAdvisersCover) {
                task.addCandidateGroup(routing.advisersOfRegion(ProcessVariables.REGION_ID.stored(task).orElse(null)));
            }
            task.addCandidateGroup(routing.supportCenter());
        }
    }

    /** The two beans, by the names the BPMN files use. */
    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean(OR_COVERING)
        AssignToCoordinator assignToCoordinatorOrCovering(Routing routing) {
            return new AssignToCoordinator(routing, true);
        }

        @Bean(OR_CENTER)
        AssignToCoordinator assignToCoordinatorOrCenter(Routing routing) {
            return new AssignToCoordinator(routing, false);
        }
    }
}

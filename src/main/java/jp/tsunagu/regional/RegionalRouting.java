package jp.tsunagu.regional;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import jp.tsunagu.routing.Routing;

/**
 * Where the tasks of regional-activity go, read from the activity's row (never from a variable):
 * {@code ${regionalRouting.advisers(execution)}} on UserTask_Plan and the record tasks,
 * {@code ${regionalRouting.advisersAndCenter(execution)}} on UserTask_RecordMeetingWithCenter,
 * {@code ${regionalRouting.planner(execution)}} as UserTask_Plan's assignee, and the meeting dates
 * SubProcess_Meeting runs over.
 */
@Component("regionalRouting")
public class RegionalRouting {

    private final RegionalActivityRepository activities;
    private final Routing routing;

    public RegionalRouting(RegionalActivityRepository activities, Routing routing) {
        this.activities = activities;
        this.routing = routing;
    }

    /** The advisers of the activity's region. */
    public String advisers(DelegateExecution execution) {
        return routing.advisersOfRegion(activity(execution).getRegion().getId());
    }

    /** The region's advisers and the center: a meeting still not recorded after the reminder. */
    public List<String> advisersAndCenter(DelegateExecution execution) {
        return List.of(advisers(execution), routing.supportCenter());
    }

    /** Whoever started the activity plans it (an adviser, or the center for a region). */
    public String planner(DelegateExecution execution) {
        return activity(execution).getStartedBy();
    }

    /** SubProcess_Meeting's collection: the planned dates in order, as ISO dates. */
    public List<String> meetingDates(DelegateExecution execution) {
        return activity(execution).getMeetings().stream().map(meeting -> meeting.getPlannedDate().toString()).toList();
    }

    private RegionalActivity activity(DelegateExecution execution) {
        return activities.require(execution.getProcessBusinessKey());
    }
}

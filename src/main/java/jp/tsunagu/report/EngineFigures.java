package jp.tsunagu.report;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskCountByCandidateGroupResult;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.ProcessVariables;

/**
 * The dashboard's figures that only the engine knows: open and overdue tasks, incidents and
 * instances finished in a period. Everything is a count or a bounded page computed by the
 * engine's own queries, run as the logged-in user so that Camunda's authorizations apply.
 */
@Component
public class EngineFigures {

    /** Overdue tasks listed on the dashboard; the rest are counted. */
    static final int OVERDUE_LISTED = 50;

    /** Open tasks of one candidate group ({@code null}: tasks with an assignee and no group). */
    public record GroupTasks(String groupId, long open, long overdue) {
    }

    /** One overdue task as the dashboard lists it. */
    public record OverdueTask(String taskId, String name, String taskDefinitionKey, String processInstanceId,
            String businessKey, Date due, String assignee, List<String> candidateGroups) {
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;

    public EngineFigures(TaskService tasks, RuntimeService runtime, HistoryService history) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
    }

    public long openTasks(Flow flow, String regionId) {
        return ofRegion(flow, regionId).count();
    }

    public long overdueTasks(Flow flow, String regionId, Date now) {
        return ofRegion(flow, regionId).dueBefore(now).count();
    }

    /** Camunda's task report counts per candidate group in one query; overdue is counted per group found. */
    public List<GroupTasks> tasksByGroup(Date now) {
        return tasks.createTaskReport().taskCountByCandidateGroup().stream()
                .map(result -> new GroupTasks(result.getGroupName(), result.getTaskCount(), overdueOf(result, now)))
                .toList();
    }

    public List<OverdueTask> overdue(Date now) {
        List<Task> page = tasks.createTaskQuery().dueBefore(now).orderByDueDate().asc().listPage(0, OVERDUE_LISTED);
        Map<String, String> businessKeys = businessKeys(page);
        return page.stream().map(task -> new OverdueTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                task.getProcessInstanceId(), businessKeys.get(task.getProcessInstanceId()), task.getDueDate(),
                task.getAssignee(), candidateGroups(task))).toList();
    }

    public long overdueCount(Date now) {
        return tasks.createTaskQuery().dueBefore(now).count();
    }

    public long openIncidents(Flow flow) {
        return runtime.createIncidentQuery().processDefinitionKeyIn(flow.processKey()).count();
    }

    public long incidentsCreated(Flow flow, Period period) {
        return history.createHistoricIncidentQuery().processDefinitionKeyIn(flow.processKey())
                .createTimeAfter(Date.from(period.start())).createTimeBefore(Date.from(period.endExclusive())).count();
    }

    public long finished(Flow flow, Period period) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(flow.processKey())
                .finishedAfter(Date.from(period.start())).finishedBefore(Date.from(period.endExclusive())).count();
    }

    /** Tasks of a flow whose instance's home region is this one (the region variable every flow sets). */
    private TaskQuery ofRegion(Flow flow, String regionId) {
        return tasks.createTaskQuery().processDefinitionKey(flow.processKey())
                .processVariableValueEquals(ProcessVariables.REGION, regionId);
    }

    private long overdueOf(TaskCountByCandidateGroupResult result, Date now) {
        TaskQuery query = tasks.createTaskQuery().dueBefore(now);
        return result.getGroupName() == null ? query.withoutCandidateGroups().count()
                : query.taskCandidateGroup(result.getGroupName()).includeAssignedTasks().count();
    }

    private Map<String, String> businessKeys(List<Task> page) {
        Set<String> ids = page.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey, (a, b) -> a));
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }
}

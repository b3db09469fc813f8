package jp.tsunagu.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.ProcessVariables;

/**
 * The dashboard's figures that only the engine knows: open and overdue tasks, incidents and
 * instances finished in a period. Everything is a count or a bounded page computed by the
 * engine's own queries, run as the logged-in user so that Camunda's authorizations apply;
 * except the open and overdue tasks per flow, region and group, which are counted in two grouped
 * SQL queries over the engine's tables: one authorized count per flow, region and group (about
 * 90) took 3 to 8 s at 100,000 open tasks. The dashboard is only for those who see every task
 * (ReportAccess), so counting without the check gives the same figures.
 */
@Component
public class EngineFigures {

    /** Overdue tasks listed on the dashboard; the rest are counted. */
    static final int OVERDUE_LISTED = 50;

    /** Open tasks of one candidate group ({@code null}: tasks with an assignee and no group). */
    public record GroupTasks(String groupId, long open, long overdue) {
    }

    /** Open and overdue tasks of one flow whose instances' home region is one region. */
    public record FlowRegionTasks(Flow flow, String regionId, long open, long overdue) {
    }

    /** One overdue task as the dashboard lists it. */
    public record OverdueTask(String taskId, String name, String taskDefinitionKey, String processInstanceId,
            String businessKey, Date due, String assignee, List<String> candidateGroups) {
    }

    /** The region is the variable every flow sets on its instance ({@code ProcessVariables.REGION_ID}). */
    private static final String TASKS_BY_FLOW_AND_REGION = """
            select d.KEY_ as process_key, v.TEXT_ as region_id, count(*) as open_tasks,
                   sum(case when t.DUE_DATE_ < ? then 1 else 0 end) as overdue_tasks
            from ACT_RU_TASK t
              join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
              join ACT_RU_VARIABLE v on v.EXECUTION_ID_ = t.PROC_INST_ID_ and v.NAME_ = ?
            group by d.KEY_, v.TEXT_
            """;

    /** Open incidents per flow and home region (the region variable every flow sets). */
    private static final String INCIDENTS_BY_FLOW_AND_REGION = """
            select d.KEY_ as process_key, v.TEXT_ as region_id, count(*) as incidents
            from ACT_RU_INCIDENT i
              join ACT_RE_PROCDEF d on d.ID_ = i.PROC_DEF_ID_
              join ACT_RU_VARIABLE v on v.EXECUTION_ID_ = i.PROC_INST_ID_ and v.NAME_ = ?
            group by d.KEY_, v.TEXT_
            """;

    /**
     * Open and overdue tasks per candidate group, claimed or not (Camunda's task report counts
     * unclaimed ones only, so a claimed task would vanish from its group); a null group: tasks
     * with no candidate group.
     */
    private static final String TASKS_BY_GROUP = """
            select i.GROUP_ID_ as group_id, count(distinct t.ID_) as open_tasks,
                   count(distinct case when t.DUE_DATE_ < ? then t.ID_ end) as overdue_tasks
            from ACT_RU_TASK t join ACT_RU_IDENTITYLINK i on i.TASK_ID_ = t.ID_
            where i.TYPE_ = 'candidate' and i.GROUP_ID_ is not null
            group by i.GROUP_ID_
            union all
            select null, count(*), coalesce(sum(case when t.DUE_DATE_ < ? then 1 else 0 end), 0) from ACT_RU_TASK t
            where not exists (select 1 from ACT_RU_IDENTITYLINK i
                where i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate' and i.GROUP_ID_ is not null)
            """;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final JdbcTemplate jdbc;

    public EngineFigures(TaskService tasks, RuntimeService runtime, HistoryService history, JdbcTemplate jdbc) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.jdbc = jdbc;
    }

    /** How figures per region and flow are keyed: "shimokita/DISPATCH". */
    public static String regionFlowKey(String regionId, Flow flow) {
        return regionId + "/" + flow;
    }

    /** Keyed by {@link #regionFlowKey}; a region and flow with no task has no entry. */
    public Map<String, FlowRegionTasks> tasksByFlowAndRegion(Date now) {
        return byFlowAndRegion(TASKS_BY_FLOW_AND_REGION, (flow, row) -> new FlowRegionTasks(flow,
                row.getString("region_id"), row.getLong("open_tasks"), row.getLong("overdue_tasks")),
                new Timestamp(now.getTime()), ProcessVariables.REGION_ID.name());
    }

    /** Keyed by {@link #regionFlowKey}; a region and flow without incident has no entry. */
    public Map<String, Long> openIncidentsByFlowAndRegion() {
        return byFlowAndRegion(INCIDENTS_BY_FLOW_AND_REGION, (flow, row) -> row.getLong("incidents"),
                ProcessVariables.REGION_ID.name());
    }

    /** One row of a query grouped by process key and region, as a figure of our flows. */
    private interface FlowRow<T> {
        T figure(Flow flow, ResultSet row) throws SQLException;
    }

    /** Runs a query grouped by process_key and region_id; rows of other processes are left out. */
    private <T> Map<String, T> byFlowAndRegion(String sql, FlowRow<T> figure, Object... arguments) {
        Map<String, T> figures = new HashMap<>();
        jdbc.query(sql, row -> {
            Flow flow = Flow.ofProcessKey(row.getString("process_key"));
            if (flow != null) {
                figures.put(regionFlowKey(row.getString("region_id"), flow), figure.figure(flow, row));
            }
        }, arguments);
        return figures;
    }

    /** Sorted by group id, tasks without a candidate group last; a group with no open task has no row. */
    public List<GroupTasks> tasksByGroup(Date now) {
        Timestamp at = new Timestamp(now.getTime());
        List<GroupTasks> groups = new ArrayList<>(jdbc.query(TASKS_BY_GROUP, (row, number) -> new GroupTasks(
                row.getString("group_id"), row.getLong("open_tasks"), row.getLong("overdue_tasks")), at, at));
        groups.removeIf(group -> group.open() == 0);
        groups.sort(Comparator.comparing(GroupTasks::groupId, Comparator.nullsLast(Comparator.naturalOrder())));
        return groups;
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

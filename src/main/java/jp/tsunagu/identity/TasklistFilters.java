package jp.tsunagu.identity;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import jp.tsunagu.routing.GroupIds;

/**
 * Tasklist shows no task without a filter. These filters hold only query criteria relative to
 * the logged-in user; what a user sees through them is still limited by the task grants the
 * flows make. The four everyday filters are for everybody (a global grant on each); the center,
 * which may take over any task, also gets "すべてのタスク". Each is created when a filter of its
 * name is missing, on a new database and on one of an earlier version alike; an administrator
 * may change them afterwards.
 * <p>
 * "自分とグループのタスク" comes first (Tasklist opens on the filter of the lowest priority): the
 * tasks of the user's groups, claimed ones included, and the tasks given to the user, so a task
 * someone claimed does not vanish from the list they were looking at. It asks for the user as
 * candidate (the engine adds the user's groups) with assigned tasks included; whoever a task is
 * assigned to, by the flow, a claim or a reassignment, is made its candidate (grants.FlowAccess).
 * An or-query of "groups or assignee" said the same but cost 3.5 times as much at 100,000 open
 * tasks (a LEFT JOIN with DISTINCT; docs/benchmarks.md, round 5).
 */
@Component
public class TasklistFilters extends AbstractProcessEnginePlugin {

    static final String ALL_TASKS = "すべてのタスク";
    static final String MINE_AND_GROUPS = "自分とグループのタスク";
    static final String GROUPS = "グループのタスク";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        FilterService filters = engine.getFilterService();
        TaskService tasks = engine.getTaskService();
        IdentitySetup setup = new IdentitySetup(engine.getIdentityService(), engine.getAuthorizationService());
        String groups = ensure(filters, GROUPS, 10, "自分のグループ（市町村・圏域・支援センター）に届いた、まだ誰も担当していないタスク",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        List<String> everyday = List.of(groups,
                ensure(filters, MINE_AND_GROUPS, 5, "自分が担当しているタスクと、自分のグループに届いたタスク（ほかの方が担当したものも含む）",
                        tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}").includeAssignedTasks()),
                ensure(filters, "自分のタスク", 20, "自分が担当しているタスク",
                        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
                ensure(filters, "期限切れ", 30, "期限を過ぎたタスク（見ることができるもの）",
                        tasks.createTaskQuery().dueBeforeExpression("${now()}")));
        boolean firstStartWithGrantsPerFilter = engine.getAuthorizationService().createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(Resources.FILTER)
                .resourceId(groups).count() == 0;
        if (firstStartWithGrantsPerFilter) {
            // Earlier versions granted every filter to everybody at once; a filter for one role
            // needs grants per filter. Done once, so a grant an administrator adds later stays.
            setup.removeGlobalGrant(Resources.FILTER, Authorization.ANY);
        }
        for (String everybodys : everyday) {
            setup.ensureGlobalGrant(Resources.FILTER, everybodys, Permissions.READ);
        }
        String all = ensure(filters, ALL_TASKS, 40, "担当者が決まっているものを含む、すべての進行中のタスク（期限の近い順）。支援センターはどのタスクも引き継げます",
                tasks.createTaskQuery().orderByDueDate().asc());
        setup.ensureGroupGrant(GroupIds.SUPPORT_CENTER, Resources.FILTER, all, Permissions.READ);
    }

    /** The filter's id; a filter of that name that exists already is kept as it is. */
    private static String ensure(FilterService filters, String name, int priority, String description, TaskQuery query) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            return existing.getId();
        }
        Filter filter = filters.newTaskFilter(name);
        filter.setQuery(query);
        filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
        return filters.saveFilter(filter).getId();
    }
}

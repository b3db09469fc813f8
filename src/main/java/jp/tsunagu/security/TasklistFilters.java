package jp.tsunagu.security;

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

/**
 * Tasklist shows no task without a filter. These filters hold only query criteria relative to
 * the logged-in user; what a user sees through them is still limited by the task grants the
 * flows make, so every user may read the filters themselves. Created once; an administrator may
 * change them afterwards.
 */
@Component
public class TasklistFilters extends AbstractProcessEnginePlugin {

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        FilterService filters = engine.getFilterService();
        TaskService tasks = engine.getTaskService();
        ensure(filters, "グループのタスク", 10, "自分のグループ（市町村・圏域・支援センター）に届いた、まだ誰も担当していないタスク",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        ensure(filters, "自分のタスク", 20, "自分が担当しているタスク",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure(filters, "期限切れ", 30, "期限を過ぎたタスク（見ることができるもの）",
                tasks.createTaskQuery().dueBeforeExpression("${now()}"));
        new IdentitySetup(engine.getIdentityService(), engine.getAuthorizationService())
                .ensureGlobalGrant(Resources.FILTER, Authorization.ANY, Permissions.READ);
    }

    private static void ensure(FilterService filters, String name, int priority, String description, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name);
        filter.setQuery(query);
        filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true));
        filters.saveFilter(filter);
    }
}

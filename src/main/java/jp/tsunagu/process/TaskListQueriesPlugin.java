package jp.tsunagu.process;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Keeps Tasklist's queries fast however many cases are open: the cost of an authorization check
 * does not grow with the number of grants, and counts read only what they count.
 * <p>
 * Before every command that checks authorizations, Camunda's {@link AuthorizationManager} reads
 * {@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION}, to leave out of the check the
 * user's groups that hold no grant at all. Our flows grant read per instance and Camunda per task,
 * so the table grows with every case (about 9 rows per open task): at 100,000 open tasks that read
 * scans some 860,000 rows and took about 85 ms of every REST call, whatever the call
 * (docs/benchmarks.md). Leaving a group without grants in the check changes no answer (its rows
 * do not exist, so it matches nothing), so here the user's groups are used as they are and the
 * scan is not made. Which grants are checked, and how, stays Camunda's.
 * <p>
 * On PostgreSQL the planner also gets statistics on how grants combine (group, kind of resource,
 * permission bits): without them it expects some 20 grants where a region's advisers hold
 * thousands, and joins every task to every grant (1.3 s for one count at 100,000 open tasks;
 * about 0.1 s with them). The statistics are created once, after Camunda made its tables (which
 * happens after our Flyway migrations, so this cannot be one of them). They only inform the
 * planner; {@link CustomPlansOnPostgres} also asks for plans made with the actual values.
 * <p>
 * Tasklist's filter 期限切れ (and the dashboard) count tasks due before now; Camunda has no index
 * on the due date, so every such count read all open tasks (about 40 ms at 100,000). One index,
 * on every database, makes it a range read.
 * <p>
 * A group's tasks (グループのタスク, and every count by candidate group) start from the candidate
 * links of the group; Camunda's index on the group alone left PostgreSQL reading all 75,000 links
 * (a third of a municipality's count). Group, link type and task together answer it from the
 * index alone.
 * <p>
 * For each task a query checks the grants on the task, on its process definition's key and on
 * ANY ('*'). The last two are the same hundred-odd group grants every time (starting flows,
 * reading definitions), none of which lets anyone read a task, so the planner priced each probe
 * high and after a VACUUM switched to joining every task with every grant of the user (108 ms
 * for a municipality's count, 467 ms for a region's advisers, at 100,000 open tasks). A partial
 * index holds only the grants a task read can use (read on a task, read-task on a definition):
 * each probe finds one or two rows, and the counts take 7 and 32 ms. PostgreSQL uses it because
 * queries are planned with their values ({@link CustomPlansOnPostgres}); H2 has no partial index.
 */
@Component
public class TaskListQueriesPlugin extends AbstractProcessEnginePlugin {

    /** Which groups hold grants on which kinds of resource, and how often a permission bit is set. */
    private static final List<String> STATISTICS = List.of("""
            create statistics if not exists tsunagu_authorization_groups (mcv, dependencies)
              on type_, group_id_, resource_type_ from act_ru_authorization""", """
            create statistics if not exists tsunagu_authorization_read
              on (perms_ & 2), resource_type_ from act_ru_authorization""");

    /** The grants a task read can use, as Camunda's check names them (resource type and permission bit). */
    static final String TASK_READ_GRANTS = "create index if not exists tsunagu_task_read_grants"
            + " on act_ru_authorization (resource_id_) where (resource_type_ = " + Resources.TASK.resourceType()
            + " and perms_ & " + Permissions.READ.getValue() + " = " + Permissions.READ.getValue()
            + ") or (resource_type_ = " + Resources.PROCESS_DEFINITION.resourceType() + " and perms_ & "
            + ProcessDefinitionPermissions.READ_TASK.getValue() + " = " + ProcessDefinitionPermissions.READ_TASK.getValue()
            + ")";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new GroupsAsAuthenticated();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists tsunagu_task_due on act_ru_task (due_date_)");
            statement.execute("create index if not exists tsunagu_candidate_tasks"
                    + " on act_ru_identitylink (group_id_, type_, task_id_)");
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            statement.execute(TASK_READ_GRANTS);
            try (ResultSet existing = statement.executeQuery(
                    "select count(*) from pg_statistic_ext where stxname like 'tsunagu_authorization_%'")) {
                existing.next();
                if (existing.getInt(1) == STATISTICS.size()) {
                    return;
                }
            }
            for (String sql : STATISTICS) {
                statement.execute(sql);
            }
            // filled now rather than at the next automatic analyze of the table
            statement.execute("analyze act_ru_authorization");
        } catch (SQLException e) {
            throw new IllegalStateException("the index on task due dates or the statistics on grants could not be created", e);
        }
    }

    /** Camunda's authorization manager without the per-command scan of all granted groups. */
    static class GroupsAsAuthenticated extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            // a mutable list, as Camunda's own: its MyBatis mappings call size() on it
            return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
        }
    }
}

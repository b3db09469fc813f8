package jp.tsunagu.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the queries people make (Tasklist's lists and counts, REST queries, filters) are
 * planned with their actual values. Camunda's task queries join the grants with an OR that only a
 * plan for the actual user and group keeps fast; the JDBC driver prepares a statement after five
 * uses, and PostgreSQL's cached generic plan for it joins every task to every grant (1.5 s
 * instead of 0.1 s per count at 100,000 open tasks, docs/benchmarks.md).
 * <p>
 * Only queries: the statements a flow runs (find by id, insert, update) have one good plan, and
 * planning each of them anew, as a setting for the whole connection did, took a third of the
 * database's time in the dispatch lifecycle. {@code set local} lasts until the command's
 * transaction ends. H2 knows no such setting and is left alone.
 * <p>
 * The same queries start parallel workers only when much is to be read: a municipality's tasks
 * are a few hundred index probes, which the planner would hand to a worker started for the
 * purpose (the estimate halves), and on a busy two-core machine that made its count 22 to 50 ms
 * instead of 16. A region's advisers, with thousands of tasks, still get workers (without them
 * their first page took 150 ms instead of 12).
 * <p>
 * And without materializing an inner side. Camunda joins grants with an OR of three resource
 * ids, which no hash or merge join can take; with a materialized list of the user's grants the
 * planner compares every task with every grant (390,000 comparisons for a municipality, 64 ms),
 * and on some statistics it prefers that to probing the grant index per task (10 ms). Without
 * materializing, the probe is the only sensible plan left.
 */
@Component
public class CustomPlansOnPostgres extends AbstractProcessEnginePlugin {

    static final String CUSTOM_PLANS = "set local plan_cache_mode = force_custom_plan;"
            + " set local parallel_setup_cost = 20000; set local enable_material = off";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                EngineLists.plus(configuration.getCustomPostCommandInterceptorsTxRequired(), new CustomPlansForQueries()));
    }

    static boolean isQuery(Command<?> command) {
        return command instanceof AbstractQuery<?, ?> || command instanceof AbstractExecuteFilterCmd;
    }

    /** Runs inside the command's transaction and context, so the setting reaches its connection. */
    static final class CustomPlansForQueries extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (isQuery(command)) {
                CommandContext context = Context.getCommandContext();
                if (context != null && "postgres".equals(context.getProcessEngineConfiguration().getDatabaseType())) {
                    Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(CUSTOM_PLANS);
                    } catch (SQLException e) {
                        throw new IllegalStateException("could not ask PostgreSQL for custom plans", e);
                    }
                }
            }
            return next.execute(command);
        }
    }
}

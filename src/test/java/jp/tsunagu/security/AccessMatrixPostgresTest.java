package jp.tsunagu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.tsunagu.support.TestPostgres;

/**
 * The same access matrix on PostgreSQL (the CI server, or an embedded one locally), and the
 * PostgreSQL setting that keeps its checks fast (CustomPlansOnPostgres).
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class AccessMatrixPostgresTest extends AccessMatrixContract {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.useNewDatabase(registry);
    }

    @Test
    void queriesArePlannedWithTheirValuesAndFewerWorkersWhileFlowStepsKeepCachedPlans() {
        CommandExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        assertThat(new PlanCacheMode(executor).list()).containsExactly("force_custom_plan 20000 off");
        assertThat(executor.execute(PlanCacheMode::of)).doesNotContain("force_custom_plan").doesNotContain(" 20000");
    }

    @Test
    void onlyTheGrantsATaskReadCanUseAreInTheIndexTheChecksProbe() {
        String definition = jdbc.queryForObject(
                "select indexdef from pg_indexes where indexname = 'tsunagu_task_read_grants'", String.class);
        assertThat(definition).contains("(resource_id_)").contains("resource_type_ = 7").contains("resource_type_ = 6")
                .contains("& 64");
    }

    /** A query, as Camunda's own, that reports the settings its connection has while it runs. */
    static final class PlanCacheMode extends AbstractQuery<PlanCacheMode, String> {

        private static final long serialVersionUID = 1L;

        PlanCacheMode(CommandExecutor executor) {
            super(executor);
        }

        @Override
        public long executeCount(CommandContext context) {
            return 1;
        }

        @Override
        public List<String> executeList(CommandContext context, Page page) {
            return List.of(of(context));
        }

        static String of(CommandContext context) {
            try (Statement statement = context.getDbSqlSession().getSqlSession().getConnection().createStatement();
                    ResultSet mode = statement.executeQuery("select current_setting('plan_cache_mode') || ' '"
                            + " || current_setting('parallel_setup_cost') || ' ' || current_setting('enable_material')")) {
                mode.next();
                return mode.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}

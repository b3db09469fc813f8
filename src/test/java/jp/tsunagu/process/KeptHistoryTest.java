package jp.tsunagu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagu.support.FlowDriver;

/**
 * The engine writes the history Cockpit, the reports and the audit need, and not the rest
 * (history level "tsunagu"); a database made at Camunda's FULL moves to it on the next start.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class KeptHistoryTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRequestLeavesItsInstancesTasksAndLastValuesButNoDetailsOrOperationLog() {
        assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel().getName())
                .isEqualTo(KeptHistory.NAME);
        assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
                .isEqualTo(String.valueOf(KeptHistory.ID));
        int auditBefore = count("audit_entry");
        String instance = new FlowDriver(engine).declinedRequestOfMutsu(LocalDate.now().plusDays(7));

        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count()).isOne();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("UserTask_Triage")
                .count()).isOne();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isEqualTo(2);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("declineReason")
                .singleResult().getValue()).isEqualTo("支援センターの相談窓口をご案内します。");
        // not written: every value change, Camunda's operation log, candidate links
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createUserOperationLogQuery().processInstanceId(instance).count()).isZero();
        history.createHistoricTaskInstanceQuery().processInstanceId(instance).list().forEach(task -> assertThat(
                history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).count()).isZero());
        // who did what is in our audit log instead: the start and the two completed tasks
        assertThat(count("audit_entry") - auditBefore).isEqualTo(3);
    }

    @Test
    void aDatabaseAtCamundasFullMovesToTheKeptLevelAndANewOneIsLeftToTheEngine() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:kept-history;DB_CLOSE_DELAY=-1", "sa", "")) {
            new V40__Kept_history_level().migrate(context(connection));
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64), VALUE_ varchar(300), REV_ integer)");
                statement.execute("insert into ACT_GE_PROPERTY values ('historyLevel', '3', 1)");
            }
            new V40__Kept_history_level().migrate(context(connection));
            try (Statement statement = connection.createStatement();
                    ResultSet level = statement.executeQuery(
                            "select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'")) {
                assertThat(level.next()).isTrue();
                assertThat(level.getString(1)).isEqualTo(String.valueOf(KeptHistory.ID));
            }
        }
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}

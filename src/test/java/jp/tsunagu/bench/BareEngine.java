package jp.tsunagu.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;

/**
 * Camunda 7 with no application code: a standalone engine at history FULL, no authorization
 * checks, no job executor (its timers are days away), on a database of its own, with the shape
 * of adviser-dispatch's main path (bench/bare-dispatch.bpmn, no listeners, no-op delegates).
 */
final class BareEngine implements AutoCloseable {

    static final String KEY = "bare-dispatch";

    private final ProcessEngine engine;
    private final String database;

    BareEngine(Postgres server, int connections) {
        String database = server.recreate("bare");
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(server.url(database))
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcUsername(server.user())
                .setJdbcPassword("")
                .setJdbcMaxActiveConnections(connections)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .setProcessEngineName("bare");
        this.engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("bench/bare-dispatch.bpmn").deploy();
        this.database = database;
    }

    String database() {
        return database;
    }

    ProcessEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }
}

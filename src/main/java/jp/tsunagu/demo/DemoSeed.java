package jp.tsunagu.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.report.ActivityQueries;
import jp.tsunagu.report.CollectionTexts;

/**
 * At start-up in the demo profile, a new database gets the seed's ten cases played through the
 * flows ({@link DemoSeedCases}), published in the collection by the center ({@link DemoCollection}),
 * and some work left open at today's date ({@link DemoOpenWork}). Once: the row of table
 * demo_seed says it was done, and a database that already holds instances is left alone.
 * {@code tsunagu.demo.seed=false} (TSUNAGU_DEMO_SEED) turns it off; the tests' profile does.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = DemoSeed.ENABLED, havingValue = "true")
public class DemoSeed implements SmartLifecycle {

    public static final String ENABLED = "tsunagu.demo.seed";
    static final String MARKER = "seed-000";

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);

    private final ProcessEngine engine;
    private final ChildCases cases;
    private final TransactionTemplate transaction;
    private final CollectionTexts texts;
    private final ActivityQueries activities;
    private final AuditLog audit;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    public DemoSeed(ProcessEngine engine, ChildCases cases, TransactionTemplate transaction, CollectionTexts texts,
            ActivityQueries activities, AuditLog audit, Clock clock, JdbcTemplate jdbc) {
        this.engine = engine;
        this.cases = cases;
        this.transaction = transaction;
        this.texts = texts;
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    private volatile boolean running;

    /**
     * Plays before the web server opens (a lower phase than Spring Boot's web server lifecycle):
     * the play moves the engine's clock, which is one for the whole JVM, so no request may be
     * served while it does.
     */
    @Override
    public void start() {
        playOnce();
        running = true;
    }

    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Plays the seed unless it was played before or the database holds instances; true if it
     * played. The marker row is written first: of two nodes starting on one new database, only
     * the one whose insert succeeds plays (the name is the table's primary key).
     */
    public boolean playOnce() {
        if (!claim()) {
            LOG.info("Demo data: the seed's cases were played before (or another node plays them); nothing to do.");
            return false;
        }
        if (engine.getHistoryService().createHistoricProcessInstanceQuery().count() > 0) {
            LOG.info("Demo data: the database already holds instances; the seed's cases are not played into it.");
            mark(0);
            return false;
        }
        long started = System.nanoTime();
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        // Timers fire when the played step says so, not when the job executor finds them due on a moved clock.
        boolean executorWasActive = executor != null && executor.isActive();
        if (executorWasActive) {
            executor.shutdown();
        }
        try {
            play();
        } finally {
            ClockUtil.reset();
            if (executorWasActive) {
                executor.start();
            }
        }
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        mark((int) instances);
        LOG.info("Demo data: the seed's ten cases and the open work played ({} instances) in {} ms.", instances,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private void play() {
        DemoSteps steps = new DemoSteps(engine, cases, transaction);
        Map<Integer, String> keys = new DemoSeedCases(steps).play();
        DemoCollection collection = new DemoCollection(texts, activities, audit, clock);
        steps.as(DemoAccounts.CENTER_USER, () -> {
            collection.write(keys);
            return null;
        });
        ClockUtil.reset();
        new DemoOpenWork(steps).play();
    }

    /** Writes the marker (instances -1 while playing); false if it was there already. */
    private boolean claim() {
        if (jdbc.queryForObject("select count(*) from demo_seed where name = ?", Integer.class, MARKER) > 0) {
            return false;
        }
        try {
            jdbc.update("insert into demo_seed (name, played_at, instances) values (?, ?, ?)", MARKER,
                    Timestamp.from(Instant.now()), -1);
            return true;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return false;
        }
    }

    private void mark(int instances) {
        jdbc.update("update demo_seed set played_at = ?, instances = ? where name = ?", Timestamp.from(Instant.now()),
                instances, MARKER);
    }
}

package jp.tsunagu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.TsunaguApplication;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.report.ActivityQueries;
import jp.tsunagu.report.CollectionTexts;

/**
 * The demo's seed is played once: a second start of the application on the same database (an H2
 * file, as the default run keeps it) finds the row of demo_seed and plays nothing again.
 */
class DemoSeedRestartTest {

    record Counts(long instances, long tasks, long activities, long marked, Instant played, Instant webServerUp) {
        Counts withoutTimes() {
            return new Counts(instances, tasks, activities, marked, null, null);
        }
    }

    @Test
    void aSecondStartOnTheSameDatabasePlaysNothingAgain(@TempDir Path directory) {
        String url = "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("tsunagu") + ";DB_CLOSE_ON_EXIT=FALSE";
        Counts first = startAndCount(url);
        assertThat(first.instances()).as("the ten cases and the open work").isGreaterThan(20);
        assertThat(first.activities()).as("the seed's 33 rows and the open work's records").isGreaterThanOrEqualTo(33);
        assertThat(first.marked()).as("the marker holds the instances played").isEqualTo(first.instances());
        assertThat(first.played()).as("played before the web server took requests (the engine clock moves while it plays)")
                .isBefore(first.webServerUp());

        Counts second = startAndCount(url);
        assertThat(second.withoutTimes()).isEqualTo(first.withoutTimes());
        assertThat(second.played()).as("not played again").isEqualTo(first.played());
    }

    /** Two nodes starting at once on one new database: the marker is claimed first, one plays. */
    @Test
    void ofTwoNodesStartingAtOnceOnlyOnePlays(@TempDir Path directory) throws Exception {
        String url = "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("tsunagu") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TsunaguApplication.class)
                .run(url, "--spring.profiles.active=test,demo", "--server.port=0", "--" + DemoSeed.ENABLED + "=false")) {
            Callable<Boolean> node = () -> newSeed(context).playOnce();
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> played = nodes.invokeAll(List.of(node, node));
                assertThat(List.of(played.get(0).get(), played.get(1).get())).containsExactlyInAnyOrder(true, false);
            } finally {
                nodes.shutdown();
            }
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long instances = context.getBean(ProcessEngine.class).getHistoryService()
                    .createHistoricProcessInstanceQuery().count();
            assertThat(instances).as("the cases were played once, not twice").isGreaterThan(20).isLessThan(60);
            assertThat(jdbc.queryForObject("select instances from demo_seed where name = ?", Long.class, DemoSeed.MARKER))
                    .isEqualTo(instances);
        }
    }

    private static DemoSeed newSeed(ConfigurableApplicationContext context) {
        return new DemoSeed(context.getBean(ProcessEngine.class), context.getBean(ChildCases.class),
                context.getBean(TransactionTemplate.class), context.getBean(CollectionTexts.class),
                context.getBean(ActivityQueries.class), context.getBean(AuditLog.class), context.getBean(Clock.class),
                context.getBean(JdbcTemplate.class));
    }

    private static Counts startAndCount(String url) {
        AtomicReference<Instant> webServerUp = new AtomicReference<>();
        ApplicationListener<WebServerInitializedEvent> listener = event -> webServerUp.set(Instant.now());
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TsunaguApplication.class)
                .listeners(listener).run(url, "--spring.profiles.active=test,demo", "--server.port=0", "--" + DemoSeed.ENABLED + "=true")) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            return new Counts(engine.getHistoryService().createHistoricProcessInstanceQuery().count(),
                    engine.getTaskService().createTaskQuery().count(),
                    jdbc.queryForObject("select count(*) from activity_record", Long.class),
                    jdbc.queryForObject("select instances from demo_seed where name = ?", Long.class, DemoSeed.MARKER),
                    jdbc.queryForObject("select played_at from demo_seed where name = ?", Timestamp.class, DemoSeed.MARKER)
                            .toInstant(),
                    webServerUp.get());
        }
    }
}

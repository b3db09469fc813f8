package jp.tsunagu.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import jp.tsunagu.support.AppNode;
import jp.tsunagu.support.DispatchWalk;
import jp.tsunagu.support.NodeRest;
import jp.tsunagu.support.TestPostgres;

/**
 * Nothing lost when the server dies: the real jar on PostgreSQL, 500 dispatch requests started
 * over REST and walked partway, SIGKILL while REST calls and jobs (feedback timeouts) are in
 * flight, a new start on the same database. Every instance and open task is still there, every
 * client that lost its answer sends its start again (same clientRequestId) and gets the one
 * instance, and every request runs to its end with no activity record or step twice.
 */
@Tag("crash")
class CrashRecoveryIT {

    static final int REQUESTS = 500;
    static final int WORKERS = 6;
    /** Feedback is left to its timeout: a steady stream of timer jobs while the walk goes on. */
    static final Map<String, String> ENVIRONMENT = AppNode.env(
            "TSUNAGU_DISPATCH_FEEDBACK_TIMEOUT", "PT3S",
            "TSUNAGU_JOB_LOCK_TIME_MILLIS", "10000",
            "CAMUNDA_BPM_JOBEXECUTION_MAXWAIT", "2000");

    final Map<Integer, String> acknowledgedStarts = new ConcurrentHashMap<>();
    final AtomicInteger acknowledgedSteps = new AtomicInteger();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger inFlightAtKill = new AtomicInteger(-1);

    @Test
    void killedWithRequestsAndJobsInFlightItLosesNothingAndFinishesEveryRequest() throws Exception {
        Instant began = Instant.now();
        TestPostgres.Database database = TestPostgres.newDatabase("tsunagu_crash_");
        try {
            Figures figures = run(database);
            System.out.printf("CrashRecoveryIT figures: %s, %d s%n", figures,
                    Duration.between(began, Instant.now()).toSeconds());
            Figures.write("crash-recovery", figures + ", seconds=" + Duration.between(began, Instant.now()).toSeconds());
        } finally {
            TestPostgres.drop(database);
        }
    }

    record Figures(int started, int stepsAcknowledgedBeforeKill, int httpInFlightAtKill, long instancesRunningAtKill,
            long openTasksAtKill, long jobsAtKill, long jobsLockedByDeadNode, long instancesRecovered,
            long tasksRecovered, int restartsAnsweredWithTheSameInstance, long instancesEnded) {

        static void write(String name, String line) throws java.io.IOException {
            java.nio.file.Path file = java.nio.file.Path.of("target", "reliability-figures", name + ".txt");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, line + System.lineSeparator());
        }
    }

    Figures run(TestPostgres.Database database) throws Exception {
        // --- before the crash: start all 500, then walk them in parallel until the kill --------
        AppNode first = AppNode.start("crash-1", database, ENVIRONMENT);
        NodeRest rest = new NodeRest(first);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        for (int n = 0; n < REQUESTS; n++) {
            int request = n;
            workers.submit(() -> {
                NodeRest.Answer started = call(() -> DispatchWalk.start(rest, request, "crash-" + request));
                if (started.status() == 200) {
                    acknowledgedStarts.put(request, (String) started.map().get("id"));
                }
            });
        }
        workers.shutdown();
        assertThat(workers.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        assertThat(acknowledgedStarts).hasSize(REQUESTS);

        // Request n is meant to go n % 4 steps (0: stays at triage); the kill comes halfway.
        List<int[]> plannedSteps = new ArrayList<>();
        for (int n = 0; n < REQUESTS; n++) {
            for (int step = 0; step < n % 4; step++) {
                plannedSteps.add(new int[] {n, step});
            }
        }
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService walkers = Executors.newFixedThreadPool(WORKERS);
        Map<Integer, Integer> stepsDone = new ConcurrentHashMap<>();
        List<String> surprises = Collections.synchronizedList(new ArrayList<>());
        for (int n = 0; n < REQUESTS; n++) {
            int request = n;
            walkers.submit(() -> {
                for (int step = 0; step < request % 4 && !killed.get(); step++) {
                    NodeRest.Answer answer = call(() -> DispatchWalk.step(rest, acknowledgedStarts.get(request), request));
                    if (answer == null || answer.status() != 204) {
                        if (!killed.get() && answer != null && answer.status() != 0) {
                            surprises.add(request + ": " + answer);
                        }
                        return;
                    }
                    stepsDone.merge(request, 1, Integer::sum);
                    acknowledgedSteps.incrementAndGet();
                }
            });
        }
        walkers.shutdown();
        int half = plannedSteps.size() / 2;
        while (acknowledgedSteps.get() < half) {
            AppNode.sleep(20);
        }
        inFlightAtKill.set(inFlight.get());
        first.kill();
        killed.set(true);
        int stepsBeforeKill = acknowledgedSteps.get();
        assertThat(walkers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(inFlightAtKill.get()).as("REST calls were in flight at the kill").isPositive();
        assertThat(surprises).as("only the kill interrupts the walk").isEmpty();

        // --- the dead node's database, as it is: nothing runs on it now ------------------------
        long runningAtKill;
        long jobsAtKill;
        long lockedAtKill;
        Set<String> openTasksAtKill;
        try (Connection db = connect(database)) {
            runningAtKill = count(db, "select count(*) from act_ru_execution where id_ = proc_inst_id_");
            jobsAtKill = count(db, "select count(*) from act_ru_job where handler_type_ <> 'history-cleanup'");
            lockedAtKill = count(db, "select count(*) from act_ru_job where lock_owner_ = 'crash-1' and lock_exp_time_ is not null");
            openTasksAtKill = strings(db, "select id_ from act_ru_task");
        }
        assertThat(jobsAtKill).as("timer jobs were pending or running at the kill").isPositive();

        // --- after the restart -----------------------------------------------------------------
        AppNode second = AppNode.start("crash-2", database, ENVIRONMENT);
        NodeRest again = new NodeRest(second);
        long recovered;
        long tasksRecovered;
        try (Connection db = connect(database)) {
            recovered = count(db, "select count(*) from act_hi_procinst where proc_def_key_ = 'adviser-dispatch'");
            assertThat(recovered).as("every instance is still there").isEqualTo(REQUESTS);
            // An open task of the kill is still open, or its request's feedback timeout ended it since.
            Set<String> stillOpenOrTimedOut = strings(db, """
                    select id_ from act_hi_taskinst where end_time_ is null
                       or (task_def_key_ = 'UserTask_Feedback' and delete_reason_ = 'deleted')""");
            assertThat(stillOpenOrTimedOut).as("every open task is still there").containsAll(openTasksAtKill);
            tasksRecovered = openTasksAtKill.size();
            for (Map.Entry<Integer, Integer> done : stepsDone.entrySet()) {
                long completed = count(db, "select count(*) from act_hi_taskinst where proc_inst_id_ = '"
                        + acknowledgedStarts.get(done.getKey()) + "' and end_time_ is not null and delete_reason_ = 'completed'");
                assertThat(completed).as("acknowledged steps of request " + done.getKey()).isGreaterThanOrEqualTo(done.getValue());
            }
        }

        // A client that is unsure sends its start again: the same instance, never a second one.
        AtomicInteger sameInstance = new AtomicInteger();
        inParallel(REQUESTS, n -> {
            NodeRest.Answer resent = DispatchWalk.start(again, n, "crash-" + n);
            assertThat(resent.status()).as(String.valueOf(resent.body())).isEqualTo(200);
            assertThat(resent.map().get("id")).isEqualTo(acknowledgedStarts.get(n));
            sameInstance.incrementAndGet();
        });

        // Every request to its end: walk what has a task, the feedback timeouts close the rest.
        finishAll(again);
        long ended;
        try (Connection db = connect(database)) {
            ended = count(db, """
                    select count(*) from act_hi_procinst where proc_def_key_ = 'adviser-dispatch'
                       and end_time_ is not null and end_act_id_ = 'EndEvent_Closed'""");
            assertThat(ended).isEqualTo(REQUESTS);
            assertThat(count(db, "select count(*) from act_hi_procinst")).as("no second instance of any request")
                    .isEqualTo(REQUESTS);
            assertThat(count(db, "select count(*) from dispatch_request")).isEqualTo(REQUESTS);
            assertThat(count(db, "select count(*) from activity_record")).as("one visit, one record").isEqualTo(REQUESTS);
            assertThat(strings(db, "select business_key from activity_record group by business_key having count(*) > 1"))
                    .as("no duplicate activity records").isEmpty();
            assertThat(strings(db, """
                    select proc_inst_id_ || ' ' || act_id_ from act_hi_actinst
                     group by proc_inst_id_, act_id_ having count(*) > 1"""))
                    .as("no step ran twice in any request").isEmpty();
            assertThat(count(db, "select count(*) from act_ru_job where handler_type_ <> 'history-cleanup'")).isZero();
            assertThat(count(db, "select count(*) from act_ru_incident")).isZero();
        } finally {
            second.close();
        }
        return new Figures(acknowledgedStarts.size(), stepsBeforeKill, inFlightAtKill.get(), runningAtKill,
                openTasksAtKill.size(), jobsAtKill, lockedAtKill, recovered, tasksRecovered, sameInstance.get(), ended);
    }

    /** Walks every unfinished request until none is left (the feedback timers end the last step). */
    void finishAll(NodeRest rest) throws InterruptedException {
        Map<String, Integer> numberOf = new HashMap<>();
        acknowledgedStarts.forEach((n, id) -> numberOf.put(id, n));
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until)) {
            NodeRest.Answer unfinished = rest.get("admin",
                    "/history/process-instance?processDefinitionKey=adviser-dispatch&unfinished=true&maxResults=1000");
            assertThat(unfinished.status()).isEqualTo(200);
            List<String> ids = unfinished.list().stream().map(instance -> (String) instance.get("id")).toList();
            if (ids.isEmpty()) {
                return;
            }
            inParallel(ids.size(), i -> {
                NodeRest.Answer answer = DispatchWalk.step(rest, ids.get(i), numberOf.get(ids.get(i)), false);
                // 409: a timer was faster; the next round sees where the request is now.
                assertThat(answer == null || answer.status() == 204 || answer.status() == 409)
                        .as(ids.get(i) + " " + (answer == null ? "" : answer.body())).isTrue();
            });
            AppNode.sleep(500);
        }
        throw new AssertionError("requests still unfinished after 4 minutes");
    }

    /** Runs work(0..count-1) on the workers and fails with the first failure. */
    static void inParallel(int count, java.util.function.IntConsumer work) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int item = i;
            done.add(pool.submit(() -> work.accept(item)));
        }
        pool.shutdown();
        for (var future : done) {
            try {
                future.get();
            } catch (java.util.concurrent.ExecutionException e) {
                pool.shutdownNow();
                throw new AssertionError(e.getCause());
            }
        }
    }

    NodeRest.Answer call(java.util.function.Supplier<NodeRest.Answer> request) {
        inFlight.incrementAndGet();
        try {
            return request.get();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    static Connection connect(TestPostgres.Database database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    static long count(Connection db, String sql) throws SQLException {
        try (var statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static Set<String> strings(Connection db, String sql) throws SQLException {
        Set<String> values = new HashSet<>();
        try (var statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}

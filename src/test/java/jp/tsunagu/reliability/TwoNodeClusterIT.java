package jp.tsunagu.reliability;

import static jp.tsunagu.reliability.CrashRecoveryIT.connect;
import static jp.tsunagu.reliability.CrashRecoveryIT.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import jp.tsunagu.support.AppNode;
import jp.tsunagu.support.DispatchWalk;
import jp.tsunagu.support.NodeRest;
import jp.tsunagu.support.TestPostgres;

/**
 * Two nodes, one database (a homogeneous Camunda cluster): requests are started on one node and
 * worked on the other, then a burst of timer jobs is run by both job executors; node A is killed
 * while it holds locked jobs and node B runs those jobs once A's locks expire. Every request ends
 * up with exactly one escalation task.
 */
@Tag("cluster")
class TwoNodeClusterIT {

    static final int REQUESTS = 200;
    static final long LOCK_MILLIS = 8_000;
    /** Jobs of the flows; the history cleanup job is always there and due at night. */
    static final String JOBS = "select count(*) from act_ru_job where handler_type_ <> 'history-cleanup'";
    /**
     * Acceptance due after 0 working days: triage creates a timer that is due at once
     * (Timer_AcceptanceOverdue → UserTask_Escalation). A short lock and acquisition wait, and
     * ten jobs per acquisition so that each node holds several jobs at any moment of the burst.
     */
    static Map<String, String> environment() {
        return AppNode.env(
                "TSUNAGU_DISPATCH_ACCEPTANCE_WORKING_DAYS", "0",
                "TSUNAGU_JOB_LOCK_TIME_MILLIS", String.valueOf(LOCK_MILLIS),
                "CAMUNDA_BPM_JOBEXECUTION_MAXWAIT", "1000",
                "CAMUNDA_BPM_JOBEXECUTION_MAXJOBSPERACQUISITION", "10");
    }

    /** A job node A held when it died, and when its lock was to expire. */
    record Held(String jobId, Instant lockExpires) {
    }

    @Test
    void whenOneNodeDiesHoldingJobsTheOtherFinishesThemAfterTheLockExpires() throws Exception {
        Instant began = Instant.now();
        TestPostgres.Database database = TestPostgres.newDatabase("tsunagu_cluster_");
        // One node first: it creates the schemas and deploys; the second joins a ready database.
        try (AppNode a = AppNode.start("node-a", database, environment());
                AppNode b = AppNode.start("node-b", database, environment())) {
            NodeRest onA = new NodeRest(a);
            NodeRest onB = new NodeRest(b);

            // Timer jobs wait (suspended) until all requests are triaged, then come due at once.
            Map<String, Object> suspend = new HashMap<>(Map.of("processDefinitionKey", "adviser-dispatch",
                    "suspended", true, "includeJobs", true));
            assertThat(onA.put("admin", "/job-definition/suspended", suspend).status()).isEqualTo(204);
            List<String> instances = new ArrayList<>();
            for (int n = 0; n < REQUESTS; n++) {
                NodeRest startOn = n % 2 == 0 ? onA : onB;
                NodeRest workOn = n % 2 == 0 ? onB : onA;
                NodeRest.Answer started = DispatchWalk.start(startOn, n, "cluster-" + n);
                assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(200);
                String id = (String) started.map().get("id");
                instances.add(id);
                NodeRest.Answer triaged = DispatchWalk.step(workOn, id, n);
                assertThat(triaged.status()).as(String.valueOf(triaged.body())).isEqualTo(204);
            }
            try (Connection db = connect(database)) {
                assertThat(count(db, "select count(*) from act_ru_job where suspension_state_ = 2")).isEqualTo(REQUESTS);
            }

            suspend.put("suspended", false);
            assertThat(onB.put("admin", "/job-definition/suspended", suspend).status()).isEqualTo(204);
            List<Held> held = awaitJobsLockedBy("node-a", database);
            a.kill();
            Instant killedAt = Instant.now();

            // B runs everything, A's jobs included once their locks have expired.
            try (Connection db = connect(database)) {
                Instant until = Instant.now().plus(Duration.ofMinutes(2));
                while (count(db, JOBS) > 0 && Instant.now().isBefore(until)) {
                    AppNode.sleep(250);
                }
                assertThat(count(db, JOBS)).as("no job left behind").isZero();
                int takenOver = 0;
                int finishedByABeforeItDied = 0;
                for (Held job : held) {
                    List<Object[]> runs = successes(db, job.jobId());
                    assertThat(runs).as("job " + job.jobId() + " ran exactly once").hasSize(1);
                    String host = (String) runs.get(0)[0];
                    Instant when = ((Timestamp) runs.get(0)[1]).toInstant();
                    if ("node-b".equals(host)) {
                        assertThat(when).as("B waited for A's lock").isAfterOrEqualTo(job.lockExpires().minusMillis(500));
                        takenOver++;
                    } else {
                        assertThat(host).isEqualTo("node-a");
                        assertThat(when).isBeforeOrEqualTo(killedAt);
                        finishedByABeforeItDied++;
                    }
                }
                assertThat(takenOver).as("jobs A held when it died, finished by B").isPositive();
                assertThat(count(db, "select count(*) from act_ru_task where task_def_key_ = 'UserTask_Escalation'"))
                        .as("every request escalated once").isEqualTo(REQUESTS);
                assertThat(count(db, """
                        select count(*) from (select proc_inst_id_ from act_hi_actinst
                         where act_id_ = 'Timer_AcceptanceOverdue' group by proc_inst_id_ having count(*) > 1) twice"""))
                        .as("no timer fired twice").isZero();
                assertThat(count(db, "select count(*) from act_ru_incident")).isZero();

                // Work goes on through the node that is left.
                for (int n = 0; n < 10; n++) {
                    assertThat(DispatchWalk.step(onB, instances.get(n), n).status()).isEqualTo(204);
                }
                long seconds = Duration.between(began, Instant.now()).toSeconds();
                String figures = "requests=" + REQUESTS + ", jobsHeldByKilledNode=" + held.size()
                        + ", jobsTakenOverByNodeB=" + takenOver + ", finishedByNodeABeforeKill=" + finishedByABeforeItDied
                        + ", lockMillis=" + LOCK_MILLIS + ", seconds=" + seconds;
                System.out.println("TwoNodeClusterIT figures: " + figures);
                CrashRecoveryIT.Figures.write("two-node-cluster", figures);
            }
        } finally {
            TestPostgres.drop(database);
        }
    }

    /** Polls until node A holds locked jobs of the burst; returns them as they stand. */
    static List<Held> awaitJobsLockedBy(String owner, TestPostgres.Database database) throws Exception {
        try (Connection db = connect(database)) {
            Instant until = Instant.now().plus(Duration.ofSeconds(60));
            while (Instant.now().isBefore(until)) {
                List<Held> held = new ArrayList<>();
                try (var statement = db.prepareStatement(
                        "select id_, lock_exp_time_ from act_ru_job where lock_owner_ = ? and lock_exp_time_ is not null")) {
                    statement.setString(1, owner);
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            held.add(new Held(rows.getString(1), rows.getTimestamp(2).toInstant()));
                        }
                    }
                }
                if (held.size() >= 3) {
                    return held;
                }
                AppNode.sleep(10);
            }
        }
        throw new AssertionError(owner + " never held jobs");
    }

    /** Successful runs of a job: host (node name) and time, from Camunda's job log. */
    static List<Object[]> successes(Connection db, String jobId) throws Exception {
        List<Object[]> runs = new ArrayList<>();
        try (var statement = db.prepareStatement(
                "select hostname_, timestamp_ from act_hi_job_log where job_id_ = ? and job_state_ = 2")) {
            statement.setString(1, jobId);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    runs.add(new Object[] {rows.getString(1), rows.getTimestamp(2)});
                }
            }
        }
        return runs;
    }
}

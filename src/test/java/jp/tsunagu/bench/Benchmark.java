package jp.tsunagu.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.TsunaguApplication;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.casework.MedicalCareItem;
import jp.tsunagu.casework.NewChildCase;

/**
 * The benchmark of issue 10 (docs/benchmarks.md): {@code ./mvnw -Pbench verify}. Starts the
 * application on PostgreSQL (profiles postgres and demo, a fresh database tsunagu_bench_app) in
 * this JVM, then measures the database's commit rate, what one lifecycle costs in commits, the
 * three flows' throughput and latency through the Java API and REST as the demo users with
 * authorization on, the bare engine on the same shape, Tasklist's queries over many open tasks,
 * start-up and memory. Writes target/bench/report.md and report.json.
 */
public final class Benchmark {

    /** Settings from system properties -Dbench.*; the defaults are the documented run. */
    record Settings(String host, int port, String user, int threads, int lifecycles, int warmup, int costLifecycles,
            int tasks, int repetitions, int pgbenchSeconds, Set<String> phases, boolean reuse, String database) {

        boolean runs(String phase) {
            return phases.contains(phase);
        }

        static Settings fromSystemProperties() {
            return new Settings(System.getProperty("bench.db.host", "127.0.0.1"),
                    Integer.getInteger("bench.db.port", 5432), System.getProperty("bench.db.user", "postgres"),
                    Integer.getInteger("bench.threads", 4), Integer.getInteger("bench.lifecycles", 600),
                    Integer.getInteger("bench.warmup", 30), Integer.getInteger("bench.costLifecycles", 40),
                    Integer.getInteger("bench.tasks", 100_000), Integer.getInteger("bench.repetitions", 40),
                    Integer.getInteger("bench.pgbenchSeconds", 20),
                    // for working on one part: e.g. -Dbench.phases=tasklist -Dbench.reuse=true keeps the
                    // database of the last run (and its open tasks) and measures the task list only
                    Set.of(System.getProperty("bench.phases", "flows,tasklist").split(",")),
                    Boolean.getBoolean("bench.reuse"), System.getProperty("bench.database", "app"));
        }
    }

    private final Settings settings;
    private final Postgres server;
    private final Report report = new Report();

    private Benchmark(Settings settings) {
        this.settings = settings;
        this.server = new Postgres(settings.host(), settings.port(), settings.user());
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        new Benchmark(settings).run();
        System.exit(0);
    }

    private void run() throws Exception {
        report.settings.put("threads", settings.threads());
        report.settings.put("lifecyclesPerRun", settings.lifecycles());
        report.settings.put("warmupLifecycles", settings.warmup());
        report.settings.put("openTasksTarget", settings.tasks());
        report.settings.put("repetitionsPerQuery", settings.repetitions());
        report.machine = Machine.describe(server);
        String appDatabase = settings.reuse() ? Postgres.PREFIX + settings.database() : server.recreate(settings.database());
        try (ConfigurableApplicationContext app = start(appDatabase)) {
            report.startupSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
            Postgres.sleep(5000);
            report.idle = Machine.memory();
            report.restart = Restart.measure(server, appDatabase);
            // queries get plans made with their values (CustomPlansOnPostgres); this is the rest
            report.settings.put("planCacheModeOutsideQueries", app.getBean(JdbcTemplate.class)
                    .queryForObject("show plan_cache_mode", String.class));
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            FlowPort javaApi = new JavaApiPort(engine, true);
            FlowPort rest = new RestPort(new Http(((WebServerApplicationContext) app).getWebServer().getPort()));
            Cases cases = new Cases(app);
            if (settings.runs("flows")) {
                flows(javaApi, rest, cases, appDatabase);
            } else if (settings.runs("dispatch")) {
                dispatchOnly(javaApi, appDatabase);
            }
            if (settings.runs("tasklist")) {
                taskListAtScale(javaApi, rest, cases, appDatabase);
            }
            report.afterRun = Machine.memory();
        }
        Targets.judge(report);
        Path directory = Path.of("target", "bench");
        report.write(directory);
        System.out.println(report.markdown());
        System.out.println("bench: written " + directory.toAbsolutePath().resolve("report.md"));
    }

    /** The physical limit, the bare engine and the four flows' lifecycles, through the Java API and REST. */
    private void flows(FlowPort javaApi, FlowPort rest, Cases cases, String appDatabase) {
        report.commitRate = CommitRate.measure(server, settings.pgbenchSeconds());
        System.out.printf("bench: commit rate %.0f/s (%s)%n", report.commitRate.commitsPerSecond(),
                report.commitRate.method());
        List<Place> places = Place.all();
        bareEngine();
        IntConsumer javaDispatch = dispatchFrom(javaApi, places);
        Load.run("warm-up Java API", settings.threads(), settings.warmup(), javaDispatch);
        Load.run("warm-up REST", settings.threads(), settings.warmup(), dispatchFrom(rest, places));
        report.costs.add(cost("Tsunagu adviser-dispatch (Java API)", appDatabase, javaDispatch));

        Latencies latencies = new Latencies();
        for (var way : List.of(new Way("Java API", javaApi), new Way("REST", rest))) {
            FlowPort dispatch = new TimedPort(way.port(), latencies, way.name() + " adviser-dispatch");
            if (way.port() == javaApi) {
                report.throughput.add(Load.run("Tsunagu adviser-dispatch, Java API, 1 thread", 1, settings.lifecycles(),
                        javaDispatch));
            }
            report.throughput.add(Load.run("Tsunagu adviser-dispatch, " + way.name(), settings.threads(),
                    settings.lifecycles(), dispatchFrom(dispatch, places)));
            FlowPort discharge = new TimedPort(way.port(), latencies, way.name() + " discharge-transition");
            report.throughput.add(Load.run("Tsunagu discharge-transition, " + way.name(), settings.threads(),
                    settings.lifecycles() / 2, n -> Lifecycles.discharge(discharge)));
            FlowPort evacuation = new TimedPort(way.port(), latencies, way.name() + " evacuation-plan");
            List<String> children = cases.hirosakiChildrenOfCoordTsugaru(settings.lifecycles() / 2);
            report.throughput.add(Load.run("Tsunagu evacuation-plan, " + way.name(), settings.threads(),
                    settings.lifecycles() / 2, n -> Lifecycles.evacuation(evacuation, children.get(n))));
            FlowPort regional = new TimedPort(way.port(), latencies, way.name() + " regional-activity");
            report.throughput.add(Load.run("Tsunagu regional-activity, " + way.name(), settings.threads(),
                    settings.lifecycles() / 2, n -> Lifecycles.regional(regional, places.get(n % places.size()))));
        }
        report.latencies.addAll(latencies.summaries().stream()
                .filter(s -> !s.operation().endsWith("task lookup") || s.operation().contains("dispatch")).toList());
    }

    /**
     * For working on the dispatch lifecycle's cost (-Dbench.phases=dispatch): the bare engine and
     * adviser-dispatch through the Java API only, no commit rate, REST or other flows.
     */
    private void dispatchOnly(FlowPort javaApi, String appDatabase) {
        bareEngine();
        IntConsumer javaDispatch = dispatchFrom(javaApi, Place.all());
        Load.run("warm-up Java API", settings.threads(), settings.warmup(), javaDispatch);
        report.costs.add(cost("Tsunagu adviser-dispatch (Java API)", appDatabase, javaDispatch));
        report.throughput.add(Load.run("Tsunagu adviser-dispatch, Java API, 1 thread", 1, settings.lifecycles(),
                javaDispatch));
        report.throughput.add(Load.run("Tsunagu adviser-dispatch, Java API", settings.threads(), settings.lifecycles(),
                javaDispatch));
    }

    /** The dispatch shape on a bare engine of its own: cost per lifecycle, then 1 and N threads. */
    private void bareEngine() {
        try (BareEngine bare = new BareEngine(server, settings.threads() + 2)) {
            FlowPort barePort = new JavaApiPort(bare.engine(), false);
            IntConsumer bareDispatch = n -> Lifecycles.dispatch(barePort, BareEngine.KEY, Lifecycles.MUTSU);
            Load.run("warm-up bare", settings.threads(), settings.warmup(), bareDispatch);
            report.costs.add(cost("bare engine dispatch shape", bare.database(), bareDispatch));
            report.throughput.add(Load.run("bare engine, dispatch shape, 1 thread", 1, settings.lifecycles(), bareDispatch));
            report.throughput.add(Load.run("bare engine, dispatch shape", settings.threads(), settings.lifecycles(),
                    bareDispatch));
        }
    }

    /** Lifecycle n of adviser-dispatch, requested from the 40 municipalities in turn. */
    private static IntConsumer dispatchFrom(FlowPort port, List<Place> places) {
        return n -> Lifecycles.dispatch(port, Lifecycles.DISPATCH, places.get(n % places.size()));
    }

    private record Way(String name, FlowPort port) {
    }

    /**
     * The discharge lifecycle's child goes home today (a home visit is recorded after the
     * discharge, and the benchmark's clock cannot move). With the default deadline (14 days before
     * the discharge) the conference-due timer would fall due at once and fire beside the steps of
     * the run; a deadline after the run keeps it waiting, as for a discharge announced weeks ahead.
     */
    private ConfigurableApplicationContext start(String database) {
        SpringApplication application = new SpringApplication(TsunaguApplication.class);
        return application.run("--spring.profiles.active=postgres,demo",
                "--spring.datasource.url=" + server.url(database), "--spring.datasource.username=" + server.user(),
                "--spring.datasource.password=", "--server.port=0", "--logging.level.root=WARN",
                "--logging.level.jp.tsunagu=WARN", "--tsunagu.discharge.conference-days-before=-30");
    }

    /** Commits and writing transactions per lifecycle, from pg_stat_database before and after, on one thread. */
    private Report.Cost cost(String name, String database, IntConsumer lifecycle) {
        Postgres.Counters before = server.settled(database);
        for (int n = 0; n < settings.costLifecycles(); n++) {
            lifecycle.accept(n);
        }
        Postgres.Counters after = server.settled(database);
        int count = settings.costLifecycles();
        Report.Cost cost = new Report.Cost(name, count, (after.commits() - before.commits()) / (double) count,
                (after.nextXid() - before.nextXid()) / (double) count);
        System.out.printf("bench: %s: %.1f commits, %.1f writing transactions per lifecycle%n", name,
                cost.commitsPerLifecycle(), cost.writingPerLifecycle());
        return cost;
    }

    /**
     * Open tasks up to the target, by copying real instances the flows made (TaskCloner), then
     * Tasklist's queries as a municipal officer (むつ市) and an adviser (下北), and the dashboard.
     */
    private void taskListAtScale(FlowPort javaApi, FlowPort rest, Cases cases, String database) throws Exception {
        List<String> templates = new ArrayList<>();
        templates.add(Lifecycles.dispatchToTriage(javaApi, Lifecycles.DISPATCH, Lifecycles.MUTSU));
        String atAcceptance = Lifecycles.dispatchToTriage(javaApi, Lifecycles.DISPATCH, Lifecycles.MUTSU);
        Lifecycles.step(javaApi, "center", atAcceptance, "UserTask_Triage", java.util.Map.of("triageDecision", "ADVISER"));
        templates.add(atAcceptance);
        templates.add(Lifecycles.dischargeToConfirmation(javaApi));
        templates.add(javaApi.start(Lifecycles.MUTSU.officer(), Lifecycles.EVACUATION, java.util.Map.of(
                "caseId", cases.mutsuChildOfCoordShimokita(), "municipalityCode", Lifecycles.MUTSU.code())));
        try (Connection connection = server.connect(database)) {
            TaskCloner cloner = new TaskCloner(connection, Place.all());
            long perSet = cloner.tasksOf(templates);
            long missing = settings.tasks() - cloner.openTasks();
            int copies = (int) Math.max(0, (missing + perSet - 1) / perSet);
            long started = System.nanoTime();
            report.openTasks = cloner.copy(templates, copies, 2000);
            report.taskGeneration = String.format("made by copying %d times, in SQL, the engine rows of %d real instances"
                    + " (%d open tasks: dispatch at triage and at acceptance, discharge at the municipality's"
                    + " confirmation, evacuation plan at the first meeting) with their identity links, grants and"
                    + " history, spread over the 40 municipalities and their regions, in %.0f s",
                    copies, templates.size(), perSet, (System.nanoTime() - started) / 1e9);
        }
        TaskListQueries queries = new TaskListQueries(((RestPort) rest).http(), settings.repetitions());
        for (String user : List.of("muni.022080", "adviser.shimokita")) {
            for (String filter : List.of("グループのタスク", "自分のタスク", "期限切れ")) {
                report.visibleCounts.put(user + " " + filter, queries.count(user, filter));
            }
        }
        report.taskList.addAll(queries.forUser("muni.022080", "municipality-022080"));
        report.taskList.addAll(queries.forUser("adviser.shimokita", "adviser-shimokita"));
        report.taskList.addAll(queries.dashboard());
    }

    /** Children's cases the evacuation lifecycles start from (the case is data the flows start from). */
    private static final class Cases {

        private final ChildCases cases;
        private final TransactionTemplate transaction;

        Cases(ConfigurableApplicationContext app) {
            this.cases = app.getBean(ChildCases.class);
            this.transaction = app.getBean(TransactionTemplate.class);
        }

        List<String> hirosakiChildrenOfCoordTsugaru(int count) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ids.add(open(Lifecycles.HIROSAKI.code(), "coord.tsugaru"));
            }
            return ids;
        }

        String mutsuChildOfCoordShimokita() {
            return open(Lifecycles.MUTSU.code(), "coord.shimokita");
        }

        private String open(String municipalityCode, String coordinator) {
            return transaction.execute(status -> {
                String id = cases.open(new NewChildCase("Bさん", YearMonth.of(2020, 4), municipalityCode,
                        Set.of(MedicalCareItem.VENTILATOR), 32)).getId();
                cases.assignCoordinator(id, coordinator);
                return id;
            });
        }
    }
}

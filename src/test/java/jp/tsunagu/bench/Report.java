package jp.tsunagu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.SerializationFeature;

/** Everything one run measured; written as target/bench/report.md and report.json. */
final class Report {

    /** Commits and writing transactions one lifecycle needed (pg_stat_database deltas). */
    record Cost(String name, int lifecycles, double commitsPerLifecycle, double writingPerLifecycle) {
    }

    /** A target of the issue and whether this run met it. */
    record Target(String target, String measured, boolean met) {
    }

    final Map<String, Object> settings = new LinkedHashMap<>();
    Machine.Description machine;
    double startupSeconds;
    Restart.Result restart;
    Machine.Memory idle;
    Machine.Memory afterRun;
    CommitRate.Result commitRate;
    final List<Cost> costs = new ArrayList<>();
    final List<Load.Throughput> throughput = new ArrayList<>();
    final List<Latencies.Summary> latencies = new ArrayList<>();
    long openTasks;
    String taskGeneration;
    final Map<String, Long> visibleCounts = new LinkedHashMap<>();
    final List<Latencies.Summary> taskList = new ArrayList<>();
    final List<Target> targets = new ArrayList<>();

    Load.Throughput throughput(String name) {
        return throughput.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    Cost cost(String name) {
        return costs.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    void write(Path directory) {
        try {
            Files.createDirectories(directory);
            Http.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(directory.resolve("report.json").toFile(), this.asMap());
            Files.writeString(directory.resolve("report.md"), markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("settings", settings);
        map.put("machine", machine);
        map.put("startupSeconds", startupSeconds);
        map.put("restart", restart);
        map.put("memoryIdle", idle);
        map.put("memoryAfterRun", afterRun);
        map.put("commitRate", commitRate);
        map.put("costPerLifecycle", costs);
        map.put("throughput", throughput);
        map.put("latencies", latencies);
        map.put("openTasks", openTasks);
        map.put("taskGeneration", taskGeneration);
        map.put("visibleCounts", visibleCounts);
        map.put("taskList", taskList);
        map.put("targets", targets);
        return map;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Tsunagu benchmark\n\n");
        md.append("Machine: ").append(machine.cores()).append(" cores (").append(machine.cpu()).append("), ")
                .append(machine.memoryMb()).append(" MB; ").append(machine.java()).append("; ").append(machine.postgres())
                .append("\n\nSettings: ").append(settings).append("\n\n");
        md.append("## Targets\n\n| target | measured | met |\n|---|---|---|\n");
        targets.forEach(t -> md.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ")
                .append(t.met() ? "yes" : "**no**").append(" |\n"));
        if (commitRate != null) {
            flows(md);
        }
        if (!taskList.isEmpty()) {
            md.append("\n## Task list at scale\n\n").append(openTasks).append(" open tasks; ").append(taskGeneration)
                    .append("\n\nWhat the users see: ").append(visibleCounts).append("\n\n");
            table(md, taskList, false);
        }
        md.append("\n## Start-up and memory\n\nTime to ready, first start on an empty database (creates the schema,"
                + " deploys, makes the demo accounts; JVM start to application ready): ").append(f(startupSeconds))
                .append(" s\n\nTime to ready, a new JVM on the existing database (process start to /actuator/health"
                        + " answering): ").append(f(restart.secondsToReady())).append(" s; its RSS when idle: ")
                .append(restart.idleRssMb()).append(" MB\n\n| when | heap used after GC (MB) | heap committed (MB) | heap max (MB) | RSS (MB) |\n|---|---|---|---|---|\n");
        Map<String, Machine.Memory> memory = new LinkedHashMap<>();
        memory.put("idle after start", idle);
        memory.put("after the run", afterRun);
        for (var entry : memory.entrySet()) {
            Machine.Memory m = entry.getValue();
            md.append("| ").append(entry.getKey()).append(" | ").append(m.heapUsedMb()).append(" | ")
                    .append(m.heapCommittedMb()).append(" | ").append(m.heapMaxMb()).append(" | ").append(m.rssMb()).append(" |\n");
        }
        return md.toString();
    }

    private void flows(StringBuilder md) {
        md.append("\n## Physical limit\n\nCommit rate: ").append(f(commitRate.commitsPerSecond())).append(" commits/s (")
                .append(commitRate.method()).append(")\n\n| lifecycle | measured over | commits / lifecycle | writing transactions"
                        + " / lifecycle | limit (commits/s ÷ writing) |\n|---|---|---|---|---|\n");
        costs.forEach(c -> md.append("| ").append(c.name()).append(" | ").append(c.lifecycles()).append(" | ")
                .append(f(c.commitsPerLifecycle())).append(" | ").append(f(c.writingPerLifecycle())).append(" | ")
                .append(f(commitRate.commitsPerSecond() / c.writingPerLifecycle())).append(" /s |\n"));
        md.append("\n## Throughput\n\n| run | threads | lifecycles | failed | seconds | lifecycles/s |\n|---|---|---|---|---|---|\n");
        throughput.forEach(t -> md.append("| ").append(t.name()).append(" | ").append(t.threads()).append(" | ")
                .append(t.lifecycles()).append(" | ").append(t.failures()).append(" | ").append(f(t.seconds())).append(" | ")
                .append(f(t.perSecond())).append(" |\n"));
        md.append("\n## Latency (ms) during the throughput runs\n\n");
        table(md, latencies, true);
    }

    private static void table(StringBuilder md, List<Latencies.Summary> rows, boolean tail) {
        md.append(tail ? "| operation | samples | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n"
                : "| query | samples | p50 | p95 |\n|---|---|---|---|\n");
        rows.forEach(r -> {
            md.append("| ").append(r.operation()).append(" | ").append(r.samples()).append(" | ").append(f(r.p50()))
                    .append(" | ").append(f(r.p95()));
            md.append(tail ? " | " + f(r.p99()) + " | " + f(r.max()) + " |\n" : " |\n");
        });
    }

    static String f(double value) {
        return String.format(value >= 100 ? "%.0f" : "%.1f", value);
    }
}

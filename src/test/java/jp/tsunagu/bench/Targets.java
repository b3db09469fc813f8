package jp.tsunagu.bench;

import java.util.Comparator;

/** The targets of issue 10, judged on one run's figures. */
final class Targets {

    private Targets() {
    }

    static void judge(Report report) {
        if (!report.throughput.isEmpty()) {
            judgeThroughput(report);
        }
        if (!report.taskList.isEmpty()) {
            Latencies.Summary worst = report.taskList.stream().filter(s -> s.operation().startsWith("muni."))
                    .max(Comparator.comparingDouble(Latencies.Summary::p95)).orElseThrow();
            report.targets.add(new Report.Target("municipal officer's Tasklist page and counts p95 ≤ 50 ms at "
                    + report.openTasks + " open tasks", "worst: " + worst.operation() + " p95 " + Report.f(worst.p95())
                    + " ms", worst.p95() <= 50));
        }
        report.targets.add(new Report.Target("start-up ≤ 20 s", Report.f(report.restart.secondsToReady())
                + " s for a new JVM on the existing database (first start on an empty one: "
                + Report.f(report.startupSeconds) + " s)", report.restart.secondsToReady() <= 20));
        report.targets.add(new Report.Target("heap ≤ 512 MB at idle", report.idle.heapUsedMb() + " MB used after GC ("
                + report.idle.heapCommittedMb() + " MB committed)", report.idle.heapUsedMb() <= 512));
    }

    private static void judgeThroughput(Report report) {
        Load.Throughput bare = report.throughput("bare engine, dispatch shape");
        for (String way : new String[] {"Java API", "REST"}) {
            if (report.throughput.stream().noneMatch(t -> t.name().equals("Tsunagu adviser-dispatch, " + way))) {
                continue; // a partial run (-Dbench.phases=dispatch) has no REST lifecycles
            }
            Load.Throughput ours = report.throughput("Tsunagu adviser-dispatch, " + way);
            double ratio = ours.perSecond() / bare.perSecond();
            report.targets.add(new Report.Target("dispatch throughput (" + way + ") ≥ 1.2 × bare engine at history FULL",
                    Report.f(ours.perSecond()) + " /s vs bare " + Report.f(bare.perSecond()) + " /s = " + String.format("%.2f", ratio)
                            + " ×", ratio >= 1.2));
        }
        if (report.commitRate == null) {
            return;
        }
        double limit = report.commitRate.commitsPerSecond()
                / report.cost("Tsunagu adviser-dispatch (Java API)").writingPerLifecycle();
        Load.Throughput javaApi = report.throughput("Tsunagu adviser-dispatch, Java API");
        double share = javaApi.perSecond() / limit;
        report.targets.add(new Report.Target("dispatch throughput ≥ 25 % of the commit-rate limit",
                Report.f(javaApi.perSecond()) + " /s of " + Report.f(limit) + " /s = " + Math.round(share * 100) + " %",
                share >= 0.25));
    }
}

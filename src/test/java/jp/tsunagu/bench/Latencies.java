package jp.tsunagu.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/** Wall-clock samples per named operation, from many threads; percentiles at the end. */
final class Latencies {

    /** Percentiles of one operation in milliseconds. */
    record Summary(String operation, int samples, double p50, double p95, double p99, double max) {
    }

    private final Map<String, ConcurrentLinkedQueue<Long>> samples = new ConcurrentHashMap<>();

    <T> T time(String operation, Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        record(operation, System.nanoTime() - started);
        return result;
    }

    void record(String operation, long nanos) {
        samples.computeIfAbsent(operation, name -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    List<Summary> summaries() {
        List<Summary> result = new ArrayList<>();
        new TreeMap<>(samples).forEach((operation, values) -> result.add(summarize(operation, values)));
        return result;
    }

    static Summary summarize(String operation, Iterable<Long> values) {
        List<Long> list = new ArrayList<>();
        values.forEach(list::add);
        long[] sorted = list.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Summary(operation, sorted.length, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest-rank percentile. */
    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6;
    }
}

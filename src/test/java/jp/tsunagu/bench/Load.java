package jp.tsunagu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/** Runs a number of lifecycles on N threads (simulated users) and measures lifecycles per second. */
final class Load {

    /** What one load run did: lifecycles done, failed, seconds and lifecycles per second. */
    record Throughput(String name, int threads, int lifecycles, int failures, double seconds, double perSecond,
            String firstFailure) {
    }

    private Load() {
    }

    /** Each call of {@code lifecycle} plays one full lifecycle; its argument is the lifecycle's number. */
    static Throughput run(String name, int threads, int lifecycles, IntConsumer lifecycle) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int n = next.getAndIncrement(); n < lifecycles; n = next.getAndIncrement()) {
                    try {
                        lifecycle.accept(n);
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e.toString());
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        int done = lifecycles - failures.get();
        Throughput result = new Throughput(name, threads, done, failures.get(), seconds, done / seconds,
                firstFailure.get());
        System.out.printf("bench: %-40s %2d threads %5d lifecycles %3d failed %7.1f s %7.1f /s%n", name, threads, done,
                failures.get(), seconds, result.perSecond());
        if (firstFailure.get() != null) {
            System.out.println("bench:   first failure: " + firstFailure.get());
        }
        return result;
    }
}

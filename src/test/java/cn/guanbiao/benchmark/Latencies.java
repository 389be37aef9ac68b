package cn.guanbiao.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/** Durations per step, recorded from many threads, read as percentiles in milliseconds. */
final class Latencies {

    record Summary(int count, double p50Ms, double p95Ms, double maxMs) {
    }

    private final Map<String, ConcurrentLinkedQueue<Long>> nanosByStep = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();

    /** Runs {@code action}, records how long it took under {@code step}, returns its result. */
    <T> T time(String step, Supplier<T> action) {
        long start = System.nanoTime();
        T result = action.get();
        record(step, System.nanoTime() - start);
        return result;
    }

    void time(String step, Runnable action) {
        time(step, () -> {
            action.run();
            return null;
        });
    }

    void record(String step, long nanos) {
        nanosByStep.computeIfAbsent(step, s -> {
            synchronized (order) {
                order.add(s);
            }
            return new ConcurrentLinkedQueue<>();
        }).add(nanos);
    }

    /** Steps in the order they were first recorded. */
    Map<String, Summary> summaries() {
        Map<String, Summary> summaries = new LinkedHashMap<>();
        synchronized (order) {
            order.forEach(step -> summaries.put(step, summary(step)));
        }
        return summaries;
    }

    Summary summary(String step) {
        long[] nanos = nanosByStep.getOrDefault(step, new ConcurrentLinkedQueue<>()).stream().mapToLong(Long::longValue)
                .sorted().toArray();
        if (nanos.length == 0) {
            return new Summary(0, 0, 0, 0);
        }
        return new Summary(nanos.length, millis(percentile(nanos, 0.50)), millis(percentile(nanos, 0.95)),
                millis(nanos[nanos.length - 1]));
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    @Override
    public String toString() {
        return Arrays.toString(summaries().entrySet().toArray());
    }
}

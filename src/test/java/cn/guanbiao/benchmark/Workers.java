package cn.guanbiao.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/** Client threads: items shared out to T threads, and waits for what the job executor does in the background. */
final class Workers {

    private static final Duration WAIT_LIMIT = Duration.ofMinutes(10);

    private Workers() {
    }

    /** Runs {@code item} for 0 … count−1 on {@code threads} threads; the first failure stops the others and is thrown. */
    static void forEach(int count, int threads, IntConsumer item) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        item.accept(i);
                    }
                }));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    next.set(count);
                    throw new IllegalStateException("A client thread failed: " + e.getCause(), e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Polls until {@code value} is not null (backing off from 2 to 20 ms); fails after ten minutes. */
    static <T> T await(String what, Supplier<T> value) {
        long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
        long pause = 2;
        while (true) {
            T result = value.get();
            if (result != null) {
                return result;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Gave up waiting for " + what);
            }
            sleep(pause);
            pause = Math.min(20, pause * 2);
        }
    }

    static void awaitTrue(String what, BooleanSupplier condition) {
        await(what, () -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

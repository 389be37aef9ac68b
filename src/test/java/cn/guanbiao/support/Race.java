package cn.guanbiao.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs actions on their own threads, released together by one latch, so that they really overlap (what two
 * people pressing "complete" at the same moment, or a timer firing as a request arrives, look like).
 */
public final class Race {

    private Race() {
    }

    /** The results in the order of the actions; an action that throws fails the race (catch what you expect). */
    @SafeVarargs
    public static <T> List<T> run(Callable<T>... actions) {
        return run(List.of(actions));
    }

    public static <T> List<T> run(List<Callable<T>> actions) {
        ExecutorService threads = Executors.newFixedThreadPool(actions.size());
        CountDownLatch ready = new CountDownLatch(actions.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> action : actions) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    start.await();
                    return action.call();
                }));
            }
            ready.await();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } catch (Exception e) {
            throw new AssertionError("Race did not finish cleanly", e);
        } finally {
            threads.shutdownNow();
        }
    }
}

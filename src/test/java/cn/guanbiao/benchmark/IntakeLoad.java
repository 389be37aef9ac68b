package cn.guanbiao.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.Applicants;

/**
 * The last days of a call: {@code clients} concurrent clients post valid applications (new units) for a fixed
 * time, each as fast as it is answered. The job executor works through what they start meanwhile.
 */
final class IntakeLoad {

    /**
     * {@code cpuBusy}: the share of all cores busy meanwhile, whoever used them; {@code jvmCpu}: the share this JVM
     * used (the application, its job executor and e-mail threads, and the clients); the rest was mostly PostgreSQL.
     */
    record Result(int clients, double seconds, long accepted, long refused, double perSec, double p50Ms, double p95Ms,
            double maxMs, double cpuBusy, double jvmCpu) {
    }

    private final ApiClient api;
    private final ApiClient admin;

    IntakeLoad(int port) {
        this.api = new ApiClient(port);
        this.admin = api.as("admin", LifecycleRun.ADMIN_PASSWORD);
    }

    Result run(int clients, double seconds) {
        String callId = LifecycleRun.openCall(admin, 1);
        Latencies latencies = new Latencies();
        AtomicLong refused = new AtomicLong();
        Machine.CpuTimes cpuBefore = Machine.CpuTimes.now();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        var application = Applicants.enterprise(callId);
                        long sent = System.nanoTime();
                        ApiClient.Response response = api.post("/api/applications", application);
                        if (response.status() == 201) {
                            latencies.record("intake", System.nanoTime() - sent);
                        } else {
                            refused.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Intake load with " + clients + " clients failed", e);
        } finally {
            pool.shutdownNow();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Machine.CpuTimes cpuAfter = Machine.CpuTimes.now();
        Latencies.Summary summary = latencies.summary("intake");
        return new Result(clients, round(elapsed), summary.count(), refused.get(), round(summary.count() / elapsed),
                summary.p50Ms(), summary.p95Ms(), summary.maxMs(), round(cpuAfter.busySince(cpuBefore)),
                round(cpuAfter.jvmSince(cpuBefore)));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

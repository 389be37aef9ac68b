package cn.guanbiao.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the machine and this JVM report about themselves (Linux /proc; zero where unknown). */
final class Machine {

    private Machine() {
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static double memoryGiB() {
        return kib(Path.of("/proc/meminfo"), "MemTotal:") / 1024.0 / 1024.0;
    }

    /** Peak resident set size of this JVM so far (VmHWM), in whole MiB. */
    static long peakRssMiB() {
        return Math.round(kib(Path.of("/proc/self/status"), "VmHWM:") / 1024.0);
    }

    /**
     * The time all cores spent busy and in all since boot ({@code /proc/stat}, in its clock ticks), and this JVM's CPU
     * time: two snapshots say how busy a phase kept the machine, and how much of it this JVM took.
     */
    record CpuTimes(long busyTicks, long allTicks, long jvmNanos, long wallNanos) {

        static CpuTimes now() {
            long jvm = jvmCpuNanos();
            try {
                // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest is part of user)
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                    busy += Long.parseLong(f[i]);
                }
                return new CpuTimes(busy, busy + Long.parseLong(f[4]) + Long.parseLong(f[5]), jvm, System.nanoTime());
            } catch (IOException | RuntimeException e) {
                return new CpuTimes(0, 0, jvm, System.nanoTime());
            }
        }

        /** The share of all cores that were busy since {@code before} (0 where unknown). */
        double busySince(CpuTimes before) {
            long all = allTicks - before.allTicks;
            return all <= 0 ? 0 : (double) (busyTicks - before.busyTicks) / all;
        }

        /** The share of all cores this JVM used since {@code before}. */
        double jvmSince(CpuTimes before) {
            long wall = wallNanos - before.wallNanos;
            return wall <= 0 ? 0 : (double) (jvmNanos - before.jvmNanos) / wall / cores();
        }
    }

    /** CPU time this JVM has used so far, all its threads. */
    static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The 1-minute load average, what else runs on the machine. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long kib(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}

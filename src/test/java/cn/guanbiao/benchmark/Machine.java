package cn.guanbiao.benchmark;

import java.io.IOException;
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

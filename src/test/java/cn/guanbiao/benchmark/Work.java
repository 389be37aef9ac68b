package cn.guanbiao.benchmark;

import java.lang.management.ManagementFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How much work a phase cost, which a busy machine disturbs far less than its wall time: CPU time of this JVM and,
 * on PostgreSQL, the database's committed transactions and rows written (pg_stat_database).
 */
record Work(long cpuNanos, long transactions, long rowsWritten) {

    static Work now(JdbcClient jdbc, boolean postgres) {
        long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        if (!postgres) {
            return new Work(cpu, 0, 0);
        }
        // other sessions publish their counts at most once a second
        Workers.sleep(1100);
        return jdbc.sql("SELECT xact_commit, tup_inserted + tup_updated + tup_deleted FROM pg_stat_database "
                        + "WHERE datname = current_database()")
                .query((rs, i) -> new Work(cpu, rs.getLong(1), rs.getLong(2))).single();
    }

    /** Per instance between {@code before} and this snapshot: CPU milliseconds, transactions, rows written. */
    PerInstance since(Work before, int instances) {
        return new PerInstance(Math.round((cpuNanos - before.cpuNanos) / 1e4 / instances) / 100.0,
                Math.round((transactions - before.transactions) * 10.0 / instances) / 10.0,
                Math.round((rowsWritten - before.rowsWritten) * 10.0 / instances) / 10.0);
    }

    record PerInstance(double cpuMs, double transactions, double rowsWritten) {
    }
}

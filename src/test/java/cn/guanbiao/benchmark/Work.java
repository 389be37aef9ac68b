package cn.guanbiao.benchmark;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How much work a phase cost, which a busy machine disturbs far less than its wall time: CPU time of this JVM and,
 * on PostgreSQL, the database's committed transactions and rows written (pg_stat_database), the rows written per
 * table, and the table scans per table (pg_stat_user_tables: sequential and index scans started, one per table a
 * query reads and one more per inner loop of a join), which count the reads as the rows count the writes.
 */
record Work(long cpuNanos, long transactions, long rowsWritten, Map<String, Long> rowsByTable,
        Map<String, Long> scansByTable) {

    static Work now(JdbcClient jdbc, boolean postgres) {
        long cpu = Machine.jvmCpuNanos();
        if (!postgres) {
            return new Work(cpu, 0, 0, Map.of(), Map.of());
        }
        // other sessions publish their counts at most once a second
        Workers.sleep(1100);
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Long> scans = new LinkedHashMap<>();
        jdbc.sql("SELECT relname, n_tup_ins + n_tup_upd + n_tup_del, seq_scan + COALESCE(idx_scan, 0) FROM pg_stat_user_tables")
                .query(rs -> {
                    rows.put(rs.getString(1), rs.getLong(2));
                    scans.put(rs.getString(1), rs.getLong(3));
                });
        return jdbc.sql("SELECT xact_commit, tup_inserted + tup_updated + tup_deleted FROM pg_stat_database "
                        + "WHERE datname = current_database()")
                .query((rs, i) -> new Work(cpu, rs.getLong(1), rs.getLong(2), rows, scans)).single();
    }

    /** Per instance between {@code before} and this snapshot: CPU milliseconds, transactions, rows written, scans. */
    PerInstance since(Work before, int instances) {
        Map<String, Double> scans = perTable(scansByTable, before.scansByTable, instances);
        return new PerInstance(Math.round((cpuNanos - before.cpuNanos) / 1e4 / instances) / 100.0,
                perInstance(transactions - before.transactions, instances),
                perInstance(rowsWritten - before.rowsWritten, instances),
                perTable(rowsByTable, before.rowsByTable, instances),
                Math.round(scans.values().stream().mapToDouble(Double::doubleValue).sum() * 10) / 10.0, scans);
    }

    /** The tables whose count grew, most first, per instance. */
    private static Map<String, Double> perTable(Map<String, Long> after, Map<String, Long> before, int instances) {
        Map<String, Double> byTable = new LinkedHashMap<>();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> byTable.put(e.getKey(), perInstance(e.getValue(), instances)));
        return byTable;
    }

    private static double perInstance(long count, int instances) {
        return Math.round(count * 10.0 / instances) / 10.0;
    }

    record PerInstance(double cpuMs, double transactions, double rowsWritten, Map<String, Double> rowsByTable,
            double tableScans, Map<String, Double> scansByTable) {
    }
}

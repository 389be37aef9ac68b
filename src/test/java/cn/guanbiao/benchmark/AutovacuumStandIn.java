package cn.guanbiao.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a production PostgreSQL does by itself and the CI servers here do not ({@code autovacuum = off} in their
 * configuration): without it the planner never learns how large the engine's tables have grown and plans every
 * query for empty ones, which is neither the production case nor stable. When the server's autovacuum is off, this
 * applies autovacuum's own rules with the server's own settings every {@code autovacuum_naptime}: a table is
 * vacuumed when its dead rows or its inserts since the last vacuum pass the thresholds, analyzed when its changes
 * since the last analysis do.
 */
final class AutovacuumStandIn implements AutoCloseable {

    record Result(String serverAutovacuum, int rounds, int vacuums, int analyzes) {
    }

    private static final String DUE = """
            SELECT s.relname,
                   s.n_dead_tup > v.threshold + v.scale * greatest(c.reltuples, 0)
                     OR s.n_ins_since_vacuum > v.ins_threshold + v.ins_scale * greatest(c.reltuples, 0) AS vacuum,
                   s.n_mod_since_analyze > v.analyze_threshold + v.analyze_scale * greatest(c.reltuples, 0) AS analyze
            FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid,
                 (SELECT current_setting('autovacuum_vacuum_threshold')::float8 AS threshold,
                         current_setting('autovacuum_vacuum_scale_factor')::float8 AS scale,
                         current_setting('autovacuum_vacuum_insert_threshold')::float8 AS ins_threshold,
                         current_setting('autovacuum_vacuum_insert_scale_factor')::float8 AS ins_scale,
                         current_setting('autovacuum_analyze_threshold')::float8 AS analyze_threshold,
                         current_setting('autovacuum_analyze_scale_factor')::float8 AS analyze_scale) v
            """;

    private final String url;
    private final String serverAutovacuum;
    private final ScheduledExecutorService schedule;
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger vacuums = new AtomicInteger();
    private final AtomicInteger analyzes = new AtomicInteger();

    private AutovacuumStandIn(String url, String serverAutovacuum, long naptimeSeconds) {
        this.url = url;
        this.serverAutovacuum = serverAutovacuum;
        if ("on".equals(serverAutovacuum)) {
            this.schedule = null;
        } else {
            this.schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "autovacuum-stand-in");
                thread.setDaemon(true);
                return thread;
            });
            schedule.scheduleWithFixedDelay(this::round, naptimeSeconds, naptimeSeconds, TimeUnit.SECONDS);
        }
    }

    /** Started on the benchmark's PostgreSQL database; does nothing when the server runs autovacuum itself. */
    static AutovacuumStandIn start(String url) {
        try (Connection connection = connect(url); Statement statement = connection.createStatement();
                ResultSet settings = statement.executeQuery(
                        "SELECT current_setting('autovacuum'), "
                                + "extract(epoch FROM current_setting('autovacuum_naptime')::interval)::bigint")) {
            settings.next();
            String autovacuum = settings.getString(1);
            long naptime = settings.getLong(2);
            System.out.println("benchmark: the server's autovacuum is " + autovacuum
                    + ("on".equals(autovacuum) ? "" : "; vacuuming and analyzing by its rules every " + naptime + " s"));
            return new AutovacuumStandIn(url, autovacuum, naptime);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the autovacuum settings of " + url, e);
        }
    }

    /**
     * Before a measure that reads what the phase before it wrote (Tasklist after the intake): one round now, as
     * autovacuum would have run within its naptime. Nothing when the server runs autovacuum itself.
     */
    void catchUp() {
        if (schedule != null) {
            try {
                schedule.submit(this::round).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    Result result() {
        return new Result(serverAutovacuum, rounds.get(), vacuums.get(), analyzes.get());
    }

    private void round() {
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            List<String> commands = new ArrayList<>();
            try (ResultSet due = statement.executeQuery(DUE)) {
                while (due.next()) {
                    boolean vacuum = due.getBoolean("vacuum");
                    boolean analyze = due.getBoolean("analyze");
                    if (vacuum || analyze) {
                        String table = "\"" + due.getString("relname") + "\"";
                        commands.add(vacuum && analyze ? "VACUUM (ANALYZE) " + table : (vacuum ? "VACUUM " : "ANALYZE ") + table);
                        vacuums.addAndGet(vacuum ? 1 : 0);
                        analyzes.addAndGet(analyze ? 1 : 0);
                    }
                }
            }
            for (String command : commands) {
                statement.execute(command);
            }
            rounds.incrementAndGet();
        } catch (SQLException e) {
            System.out.println("benchmark: autovacuum stand-in: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }
}

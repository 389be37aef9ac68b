package cn.guanbiao.benchmark;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Year;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import cn.guanbiao.application.CreditCode;

/**
 * Brings the finished {@code award-application} instances in history up to a target without running them: the
 * applications the lifecycle has paid are copied, their complete history ({@code act_hi_*} and the history's
 * {@code act_ge_bytearray} rows) and their own rows, each copy with new ids, a new application number
 * {@code GB-<year>-NNNNNN} of one of the seven years before this one, a new unit (credit code) and tracking token,
 * and new invoice numbers. A copied id is the old one with its last 12 characters, the node of the time-based UUID
 * that ends every engine id, replaced by the copy's number ({@code c00000000042}): ids keep their length, and
 * activity instance ids ({@code Gateway_DistrictDecision:<uuid>}) leave no room in 64 characters for a suffix.
 * Set-based: the sources are staged once, then every chunk of copies is one {@code INSERT … SELECT} per table
 * joined to the chunk's copy list. Runs on PostgreSQL and H2.
 */
final class FinishedHistoryFill {

    record Result(long target, long finishedBefore, long copied, int sources, double seconds) {
    }

    private static final int CHUNK = 5_000;
    private static final String COPIES = "bench_fill_copy";
    private static final String SOURCES = "bench_fill_source";
    private static final String STAGED = "bench_fill_";
    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Every history table of a process instance, with the column that names the instance. */
    private static final List<String[]> HISTORY = List.of(
            new String[] {"act_hi_procinst", "proc_inst_id_"},
            new String[] {"act_hi_actinst", "root_proc_inst_id_"},
            new String[] {"act_hi_taskinst", "root_proc_inst_id_"},
            new String[] {"act_hi_varinst", "root_proc_inst_id_"},
            new String[] {"act_hi_detail", "root_proc_inst_id_"},
            new String[] {"act_hi_identitylink", "root_proc_inst_id_"},
            new String[] {"act_hi_op_log", "root_proc_inst_id_"},
            // the call decision's message correlation jobs log the instance without a root
            new String[] {"act_hi_job_log", "process_instance_id_"},
            new String[] {"act_hi_incident", "root_proc_inst_id_"},
            new String[] {"act_hi_decinst", "root_proc_inst_id_"},
            new String[] {"act_hi_dec_in", "root_proc_inst_id_"},
            new String[] {"act_hi_dec_out", "root_proc_inst_id_"},
            new String[] {"act_hi_comment", "root_proc_inst_id_"},
            new String[] {"act_hi_attachment", "root_proc_inst_id_"},
            new String[] {"act_hi_ext_task_log", "root_proc_inst_id_"},
            new String[] {"act_ge_bytearray", "root_proc_inst_id_"});

    /** History columns holding ids of rows that are copied with the instance: each gets the copy's node. */
    private static final Set<String> COPIED_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_",
            "process_instance_id_", "execution_id_", "act_inst_id_", "parent_act_inst_id_", "task_id_", "parent_task_id_",
            "var_inst_id_", "bytearray_id_", "dec_inst_id_", "root_dec_inst_id_", "job_id_", "job_exception_stack_id_",
            "error_details_id_", "cause_incident_id_", "root_cause_incident_id_", "operation_id_", "call_proc_inst_id_",
            "super_process_instance_id_", "content_id_", "ext_task_id_", "external_task_id_");

    /** The application's own tables, parents first. */
    private static final List<String> APPLICATION = List.of("application", "fee_item", "prior_award", "ip_indicators",
            "application_event", "review_decision", "ledger_entry", "public_notice", "objection", "mail_outbox",
            "attachment", "performance_evaluation");

    private final DataSource dataSource;
    private final boolean postgres;
    private final SecureRandom random = new SecureRandom();

    FinishedHistoryFill(DataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
    }

    Result fillTo(long target) {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long finished = count(connection, "SELECT COUNT(*) FROM act_hi_procinst "
                    + "WHERE proc_def_key_ = 'award-application' AND end_time_ IS NOT NULL");
            long needed = target - finished;
            if (needed <= 0) {
                return new Result(target, finished, 0, 0, 0);
            }
            dropWorkTables(connection);
            List<String[]> sources = stageSources(connection);
            if (sources.isEmpty()) {
                throw new IllegalStateException("No paid application with finished history to copy");
            }
            List<String> inserts = inserts(connection);
            execute(connection, "CREATE TABLE " + COPIES + " (old_pi VARCHAR(64), old_no VARCHAR(30), old_code VARCHAR(18), "
                    + "old_token VARCHAR(64), node VARCHAR(12), new_no VARCHAR(30), new_code VARCHAR(18), new_token VARCHAR(64))");
            connection.commit();
            for (long done = 0; done < needed; done += CHUNK) {
                execute(connection, "DELETE FROM " + COPIES);
                // numbered after every finished instance there is, so that a second fill numbers on
                writeCopyList(connection, sources, finished + done + 1, Math.min(CHUNK, needed - done));
                for (String insert : inserts) {
                    execute(connection, insert);
                }
                connection.commit();
                System.out.printf("benchmark: history fill %d of %d copies (%.0f s)%n", Math.min(done + CHUNK, needed),
                        needed, (System.nanoTime() - start) / 1e9);
            }
            dropWorkTables(connection);
            connection.commit();
            connection.setAutoCommit(true);
            execute(connection, "ANALYZE");
            return new Result(target, finished, needed, sources.size(), Math.round((System.nanoTime() - start) / 1e7) / 100.0);
        } catch (SQLException e) {
            throw new IllegalStateException("History fill failed", e);
        }
    }

    /** The paid applications with a finished instance, and their rows, staged once. */
    private List<String[]> stageSources(Connection connection) throws SQLException {
        execute(connection, "CREATE TABLE " + SOURCES + " AS SELECT a.process_instance_id AS old_pi, a.application_no AS old_no, "
                + "a.credit_code AS old_code, a.tracking_token AS old_token FROM application a "
                + "JOIN act_hi_procinst p ON p.proc_inst_id_ = a.process_instance_id "
                + "WHERE a.status = 'PAID' AND p.end_time_ IS NOT NULL");
        for (String[] table : HISTORY) {
            execute(connection, "CREATE TABLE " + STAGED + table[0] + " AS SELECT * FROM " + table[0]
                    + " WHERE " + table[1] + " IN (SELECT old_pi FROM " + SOURCES + ")");
        }
        for (String table : APPLICATION) {
            execute(connection, "CREATE TABLE " + STAGED + table + " AS SELECT * FROM " + table
                    + " WHERE application_no IN (SELECT old_no FROM " + SOURCES + ")");
        }
        List<String[]> sources = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT old_pi, old_no, old_code, old_token FROM " + SOURCES
                        + " ORDER BY old_no")) {
            while (rows.next()) {
                sources.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)});
            }
        }
        connection.commit();
        return sources;
    }

    /** Copies number {@code first} … {@code first + count - 1}, each of the sources in turn. */
    private void writeCopyList(Connection connection, List<String[]> sources, long first, long count) throws SQLException {
        int thisYear = Year.now().getValue();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + COPIES + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long n = first; n < first + count; n++) {
                String[] source = sources.get((int) ((n - 1) % sources.size()));
                for (int i = 0; i < 4; i++) {
                    insert.setString(i + 1, source[i]);
                }
                insert.setString(5, "c%011d".formatted(n));
                // seven years take turns, so that a million copies still fit six digits
                insert.setString(6, "GB-%d-%06d".formatted(thisYear - 7 + (n - 1) % 7, (n - 1) / 7 + 1));
                insert.setString(7, creditCode(n));
                insert.setString(8, token());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<String> inserts(Connection connection) throws SQLException {
        List<String> inserts = new ArrayList<>();
        for (String[] table : HISTORY) {
            List<String> columns = columns(connection, table[0]).stream().map(c -> c[0]).toList();
            inserts.add(insert(table[0], columns, columns.stream().map(this::historyValue).toList(), "s." + table[1] + " = m.old_pi"));
        }
        for (String table : APPLICATION) {
            List<String[]> columns = columns(connection, table).stream()
                    .filter(column -> !"YES".equals(column[1])).toList(); // identity columns number themselves
            inserts.add(insert(table, columns.stream().map(c -> c[0]).toList(),
                    columns.stream().map(c -> applicationValue(c[0])).toList(), "s.application_no = m.old_no"));
        }
        return inserts;
    }

    private static String insert(String table, List<String> columns, List<String> values, String join) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                + " FROM " + STAGED + table + " s JOIN " + COPIES + " m ON " + join;
    }

    private String historyValue(String column) {
        if (COPIED_IDS.contains(column)) {
            return newId("s." + column);
        }
        return switch (column) {
            case "business_key_" -> "m.new_no";
            // variables and decision inputs that hold the application number or the credit code
            case "text_" -> "CASE WHEN s.text_ = m.old_no THEN m.new_no WHEN s.text_ = m.old_code THEN m.new_code ELSE s.text_ END";
            default -> "s." + column;
        };
    }

    private String applicationValue(String column) {
        return switch (column) {
            case "application_no" -> "m.new_no";
            case "credit_code" -> "m.new_code";
            case "tracking_token" -> "m.new_token";
            case "process_instance_id" -> newId("s." + column);
            case "invoice_no" -> "s.invoice_no || '-' || m.node";
            case "id" -> postgres ? "CAST(gen_random_uuid() AS VARCHAR)" : "CAST(RANDOM_UUID() AS VARCHAR)";
            // the e-mails name the application and link to its status page with the token
            case "subject", "html_body", "text_body" ->
                    "REPLACE(REPLACE(s." + column + ", m.old_no, m.new_no), m.old_token, m.new_token)";
            default -> "s." + column;
        };
    }

    private static String newId(String column) {
        return "LEFT(" + column + ", LENGTH(" + column + ") - 12) || m.node";
    }

    /** Name (lower case) and whether it is an identity column, of every column of the table. */
    private static List<String[]> columns(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String name = metadata.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rows = metadata.getColumns(null, connection.getSchema(), name, null)) {
            while (rows.next()) {
                columns.add(new String[] {rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        rows.getString("IS_AUTOINCREMENT")});
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("No table " + table);
        }
        return columns;
    }

    /** A valid unified social credit code of a unit of its own for copy {@code n}: n in base 31 on the code's alphabet. */
    private static String creditCode(long n) {
        char[] first17 = "91500000000000000".toCharArray();
        for (int i = first17.length - 1; n > 0; i--, n /= CREDIT_CODE_ALPHABET.length()) {
            first17[i] = CREDIT_CODE_ALPHABET.charAt((int) (n % CREDIT_CODE_ALPHABET.length()));
        }
        return CreditCode.withCheckCharacter(new String(first17));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void dropWorkTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>(List.of(COPIES, SOURCES));
        HISTORY.forEach(table -> tables.add(STAGED + table[0]));
        APPLICATION.forEach(table -> tables.add(STAGED + table));
        for (String table : tables) {
            execute(connection, "DROP TABLE IF EXISTS " + table);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

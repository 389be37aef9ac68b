package cn.guanbiao.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the nodes left in their shared PostgreSQL database, read with plain JDBC from outside. */
public final class NodeDatabase {

    private final String url;

    public NodeDatabase(String url) {
        this.url = url;
    }

    public String url() {
        return url;
    }

    public Map<String, Long> statusesOfCall(String callId) {
        Map<String, Long> statuses = new TreeMap<>();
        query("SELECT status, COUNT(*) FROM application WHERE call_id = ? GROUP BY status",
                rs -> statuses.put(rs.getString(1), rs.getLong(2)), callId);
        return statuses;
    }

    public long ledgerRows(String callId) {
        return number("SELECT COUNT(*) FROM ledger_entry WHERE call_id = ?", callId).longValue();
    }

    /** Applications with more than one payment: must stay empty. */
    public List<String> paidMoreThanOnce() {
        List<String> numbers = new ArrayList<>();
        query("SELECT application_no FROM ledger_entry WHERE kind = 'PAYMENT' GROUP BY application_no HAVING COUNT(*) > 1",
                rs -> numbers.add(rs.getString(1)));
        return numbers;
    }

    public BigDecimal ledgerSum(String callId) {
        return (BigDecimal) number("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE call_id = ?", callId);
    }

    public BigDecimal paidOfCall(String callId) {
        return (BigDecimal) number("SELECT paid FROM award_call WHERE call_id = ?", callId);
    }

    public List<String> mailIds() {
        List<String> ids = new ArrayList<>();
        query("SELECT id FROM mail_outbox", rs -> ids.add(rs.getString(1)));
        return ids;
    }

    public long unsentMails() {
        return number("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL").longValue();
    }

    /** Asynchronous continuations not yet done (fund releases, e-mails, ...); timers not counted. */
    public List<String> pendingContinuations() {
        List<String> ids = new ArrayList<>();
        query("SELECT id_ FROM act_ru_job WHERE type_ = 'message'", rs -> ids.add(rs.getString(1)));
        return ids;
    }

    public long incidents() {
        return number("SELECT COUNT(*) FROM act_ru_incident").longValue();
    }

    /** Successful job executions per node (Camunda's job log names the node by its configured hostname). */
    public Map<String, Long> successfulJobsByNode() {
        Map<String, Long> counts = new TreeMap<>();
        query("SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY hostname_",
                rs -> counts.put(rs.getString(1), rs.getLong(2)));
        return counts;
    }

    /** The node that executed the job successfully, or null. */
    public String executedBy(String jobId) {
        List<String> hosts = new ArrayList<>();
        query("SELECT hostname_ FROM act_hi_job_log WHERE job_id_ = ? AND job_state_ = 2", rs -> hosts.add(rs.getString(1)), jobId);
        return hosts.isEmpty() ? null : hosts.get(0);
    }

    private Number number(String sql, Object... params) {
        List<Number> result = new ArrayList<>();
        query(sql, rs -> result.add((Number) rs.getObject(1)), params);
        return result.get(0);
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, Row row, Object... params) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

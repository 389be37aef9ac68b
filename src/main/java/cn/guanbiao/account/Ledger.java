package cn.guanbiao.account;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The money that moved. One PAYMENT row per application, ever (unique key). */
@Repository
public class Ledger {

    public enum Kind { PAYMENT, RECOVERY }

    public record Entry(String applicationNo, String callId, String creditCode, Kind kind, BigDecimal amount,
            LocalDateTime bookedAt, String bookedBy) {
    }

    private final JdbcClient jdbc;

    public Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Books the entry; false when this application already has one of this kind (a re-run). */
    public boolean book(Entry entry) {
        try {
            jdbc.sql("INSERT INTO ledger_entry (application_no, call_id, credit_code, kind, amount, booked_at, booked_by) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(entry.applicationNo(), entry.callId(), entry.creditCode(), entry.kind().name(), entry.amount(),
                            entry.bookedAt(), entry.bookedBy())
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyBooked) {
            return false;
        }
    }

    public enum RecoveryResult { BOOKED, ALREADY_BOOKED, EXCEEDS_PAYMENT }

    /**
     * Books money paid back for an application: never more than was paid for it, and once, so a unit's balance
     * (payments − recoveries) can never go below zero, whatever runs concurrently. A re-run finds the row and
     * books nothing (without tripping the unique key, which would spoil a PostgreSQL transaction).
     */
    public RecoveryResult bookRecovery(String applicationNo, BigDecimal amount, LocalDateTime at, String bookedBy) {
        if (recovery(applicationNo).isPresent()) {
            return RecoveryResult.ALREADY_BOOKED;
        }
        try {
            int booked = jdbc.sql("INSERT INTO ledger_entry (application_no, call_id, credit_code, kind, amount, booked_at, booked_by) "
                            + "SELECT application_no, call_id, credit_code, 'RECOVERY', ?, ?, ? FROM ledger_entry "
                            + "WHERE application_no = ? AND kind = 'PAYMENT' AND amount >= ?")
                    .params(amount, at, bookedBy, applicationNo, amount)
                    .update();
            return booked == 1 ? RecoveryResult.BOOKED : RecoveryResult.EXCEEDS_PAYMENT;
        } catch (DuplicateKeyException concurrentlyBooked) {
            return RecoveryResult.ALREADY_BOOKED;
        }
    }

    public Optional<Entry> recovery(String applicationNo) {
        return jdbc.sql("SELECT application_no, call_id, credit_code, kind, amount, booked_at, booked_by FROM ledger_entry "
                        + "WHERE application_no = ? AND kind = 'RECOVERY'")
                .param(applicationNo).query(Entry.class).optional();
    }

    public Optional<Entry> payment(String applicationNo) {
        return jdbc.sql("SELECT application_no, call_id, credit_code, kind, amount, booked_at, booked_by FROM ledger_entry "
                        + "WHERE application_no = ? AND kind = 'PAYMENT'")
                .param(applicationNo).query(Entry.class).optional();
    }

    /** Net paid to a unit by this programme: payments minus recoveries. */
    public BigDecimal paidTo(String creditCode) {
        return jdbc.sql("SELECT COALESCE(SUM(CASE WHEN kind = 'PAYMENT' THEN amount ELSE -amount END), 0) "
                        + "FROM ledger_entry WHERE credit_code = ?")
                .param(creditCode).query(BigDecimal.class).single();
    }

    /**
     * Everything this programme has ever paid a unit, before a moment (null: up to now), except for one application:
     * recoveries are not subtracted (a recovery does not give a unit its "once" back, R4) unless an administrator
     * restored the unit's account for that application ({@code account_restoration}).
     */
    public BigDecimal paymentsTo(String creditCode, String exceptApplicationNo, LocalDateTime before) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE credit_code = ? AND kind = 'PAYMENT' "
                        + "AND application_no <> ? AND booked_at < ? "
                        + "AND application_no NOT IN (SELECT application_no FROM account_restoration)")
                .params(creditCode, exceptApplicationNo, before == null ? LocalDateTime.of(9999, 1, 1, 0, 0) : before)
                .query(BigDecimal.class).single();
    }

    /** Every entry of a unit, oldest first. */
    public List<Entry> of(String creditCode) {
        return jdbc.sql("SELECT application_no, call_id, credit_code, kind, amount, booked_at, booked_by FROM ledger_entry "
                        + "WHERE credit_code = ? ORDER BY booked_at, id")
                .param(creditCode)
                .query((rs, i) -> new Entry(rs.getString("application_no"), rs.getString("call_id"), rs.getString("credit_code"),
                        Kind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"), rs.getTimestamp("booked_at").toLocalDateTime(),
                        rs.getString("booked_by")))
                .list();
    }

    public List<String> paidApplicationsOf(String creditCode) {
        return jdbc.sql("SELECT application_no FROM ledger_entry WHERE credit_code = ? AND kind = 'PAYMENT'")
                .param(creditCode).query(String.class).list();
    }
}

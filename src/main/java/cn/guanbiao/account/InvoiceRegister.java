package cn.guanbiao.account;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.guanbiao.application.ApplicationForm;
import cn.guanbiao.application.AuditStage;
import cn.guanbiao.application.FeeKind;
import cn.guanbiao.platform.DatabaseProduct;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one register of invoices across all units (R4: each invoice counted once, ever). An application claims the
 * invoices it names; its payment consumes them; its end without payment releases them. The register decides whom an
 * invoice counts for ({@link #holdings}):
 * <ul>
 * <li>the only unit that claims it (in an application in progress or paid);</li>
 * <li>nobody while two units claim it and nobody has ruled whose it is ({@code disputed}): a person decides
 * ({@link #rule}), with a reason;</li>
 * <li>an invoice a payment consumed stays the paying unit's: a later claim by another unit never counts.</li>
 * </ul>
 * Every change of an invoice takes its row's lock, in the order of the keys, so that two claims, a claim and a
 * payment, or a claim and a ruling of the same invoice happen one after the other, whatever runs at once.
 */
@Repository
public class InvoiceRegister {

    public enum ClaimState { ACTIVE, CONSUMED, RELEASED }

    /** One invoice of a unit's account, as its earliest live claim wrote it. */
    public record Holding(String invoiceKey, String invoiceNo, BigDecimal amount, int cycle, AuditStage stage, FeeKind kind,
            String applicationNo, ClaimState state, LocalDateTime claimedAt, Standing standing, String otherUnit) {
    }

    /** Whom an invoice a unit claims counts for. */
    public enum Standing {
        /** The unit's: no other unit claims it, or a ruling gave it to the unit. */
        HELD,
        /** Two units claim it and nobody has ruled: it counts for neither. */
        DISPUTED,
        /** Another unit holds it (a ruling, or the other unit's payment consumed it): it never counts for this one. */
        OTHER_UNITS
    }

    private final JdbcClient jdbc;
    private final DatabaseProduct database;

    public InvoiceRegister(JdbcClient jdbc, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /**
     * The application's claims become the invoices of its form: new ones claimed, those no longer named released.
     * Runs in the caller's transaction (the intake's or the correction's).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(String applicationNo, String creditCode, List<ApplicationForm.Fee> fees, LocalDateTime at) {
        Map<String, ApplicationForm.Fee> named = new TreeMap<>();
        fees.forEach(fee -> named.putIfAbsent(InvoiceKeys.of(fee.invoiceNo()), fee));
        Set<String> before = Set.copyOf(jdbc.sql("SELECT invoice_key FROM invoice_claim WHERE application_no = ? AND state = 'ACTIVE'")
                .param(applicationNo).query(String.class).list());
        TreeMap<String, Boolean> touched = new TreeMap<>();
        named.keySet().forEach(key -> touched.put(key, true));
        before.stream().filter(key -> !named.containsKey(key)).forEach(key -> touched.put(key, false));
        for (Map.Entry<String, Boolean> key : touched.entrySet()) {
            lock(key.getKey(), at);
            if (key.getValue()) {
                ApplicationForm.Fee fee = named.get(key.getKey());
                jdbc.sql("DELETE FROM invoice_claim WHERE invoice_key = ? AND application_no = ?").params(key.getKey(), applicationNo)
                        .update();
                jdbc.sql("INSERT INTO invoice_claim (invoice_key, application_no, credit_code, invoice_no, amount, cycle, stage, kind, "
                                + "state, claimed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)")
                        .params(key.getKey(), applicationNo, creditCode, fee.invoiceNo(), fee.amount(), fee.cycle(),
                                fee.stage().name(), fee.kind().name(), at)
                        .update();
            } else {
                jdbc.sql("UPDATE invoice_claim SET state = 'RELEASED' WHERE invoice_key = ? AND application_no = ?")
                        .params(key.getKey(), applicationNo).update();
            }
            settle(key.getKey(), at);
        }
    }

    /** The application ended without payment (rejected, not funded): its claims no longer count for anyone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(String applicationNo, LocalDateTime at) {
        for (String key : keysOf(applicationNo, ClaimState.ACTIVE)) {
            lock(key, at);
            jdbc.sql("UPDATE invoice_claim SET state = 'RELEASED' WHERE invoice_key = ? AND application_no = ?")
                    .params(key, applicationNo).update();
            settle(key, at);
        }
    }

    /**
     * The application was paid: the invoices it holds are used up by this payment, for good (a recovery does not give
     * them back); the rest of its claims stay as they are.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void consume(String applicationNo, LocalDateTime at) {
        for (String key : keysOf(applicationNo, ClaimState.ACTIVE)) {
            lock(key, at);
            jdbc.sql("UPDATE invoice_claim SET state = 'CONSUMED' WHERE invoice_key = ? AND application_no = ?")
                    .params(key, applicationNo).update();
            jdbc.sql("UPDATE invoice_register SET consumed_by = ?, updated_at = ? WHERE invoice_key = ? AND consumed_by IS NULL "
                            + "AND holder = (SELECT credit_code FROM invoice_claim WHERE invoice_key = ? AND application_no = ?)")
                    .params(applicationNo, at, key, key, applicationNo).update();
        }
    }

    /**
     * Holds the application's invoices until the transaction ends, so that nothing changes whom they count for between
     * a payment's last look at the account and its consumption of them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockClaimsOf(String applicationNo, LocalDateTime at) {
        keysOf(applicationNo, ClaimState.ACTIVE).forEach(key -> lock(key, at));
    }

    /**
     * An administrator restored a unit's account for a recovered application: its invoices no longer count as used.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void restore(String applicationNo, LocalDateTime at) {
        for (String key : keysOf(applicationNo, ClaimState.CONSUMED)) {
            lock(key, at);
            jdbc.sql("UPDATE invoice_claim SET state = 'RELEASED' WHERE invoice_key = ? AND application_no = ?")
                    .params(key, applicationNo).update();
            jdbc.sql("UPDATE invoice_register SET consumed_by = NULL WHERE invoice_key = ? AND consumed_by = ?")
                    .params(key, applicationNo).update();
            settle(key, at);
        }
    }

    /** A ruling on a disputed invoice, as kept for the audit. */
    public record Ruling(String invoiceKey, String holder, String reason, String decidedBy, LocalDateTime decidedAt) {
    }

    /** The units that claim an invoice in an application in progress or paid. */
    public List<String> claimantsOf(String invoiceNo) {
        return jdbc.sql("SELECT DISTINCT credit_code FROM invoice_claim WHERE invoice_key = ? AND state <> 'RELEASED' ORDER BY credit_code")
                .param(InvoiceKeys.of(invoiceNo)).query(String.class).list();
    }

    public List<Ruling> rulingsOf(String invoiceNo) {
        return jdbc.sql("SELECT invoice_key, holder, reason, decided_by, decided_at FROM invoice_ruling WHERE invoice_key = ? "
                        + "ORDER BY decided_at, id")
                .param(InvoiceKeys.of(invoiceNo))
                .query((rs, i) -> new Ruling(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime()))
                .list();
    }

    /** A person decided whose a disputed invoice is: it counts for that unit from now on, and never for the others. */
    @Transactional
    public void rule(String invoiceNo, String holder, String reason, String decidedBy, LocalDateTime at) {
        String key = InvoiceKeys.of(invoiceNo);
        lock(key, at);
        jdbc.sql("UPDATE invoice_register SET holder = ?, disputed = FALSE, updated_at = ? WHERE invoice_key = ?")
                .params(holder, at, key).update();
        jdbc.sql("INSERT INTO invoice_ruling (invoice_key, holder, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)")
                .params(key, holder, reason, decidedBy, at).update();
    }

    /** Every invoice a unit has claimed in an application in progress or paid, with whom it counts for. */
    public List<Holding> holdings(String creditCode) {
        Map<String, Holding> byKey = new LinkedHashMap<>();
        jdbc.sql("SELECT c.invoice_key, c.invoice_no, c.amount, c.cycle, c.stage, c.kind, c.application_no, c.state, c.claimed_at, "
                        + "r.holder, "
                        + "r.disputed, (SELECT MIN(o.credit_code) FROM invoice_claim o WHERE o.invoice_key = c.invoice_key "
                        + "AND o.credit_code <> c.credit_code AND o.state <> 'RELEASED') AS other_unit "
                        + "FROM invoice_claim c JOIN invoice_register r ON r.invoice_key = c.invoice_key "
                        + "WHERE c.credit_code = ? AND c.state <> 'RELEASED' ORDER BY c.claimed_at, c.application_no")
                .param(creditCode)
                .query(rs -> {
                    String holder = rs.getString("holder");
                    Standing standing = creditCode.equals(holder) ? Standing.HELD
                            : rs.getBoolean("disputed") ? Standing.DISPUTED : Standing.OTHER_UNITS;
                    String otherUnit = rs.getString("other_unit");
                    byKey.putIfAbsent(rs.getString("invoice_key"), new Holding(rs.getString("invoice_key"),
                            rs.getString("invoice_no"), rs.getBigDecimal("amount"), rs.getInt("cycle"),
                            AuditStage.valueOf(rs.getString("stage")), FeeKind.valueOf(rs.getString("kind")),
                            rs.getString("application_no"), ClaimState.valueOf(rs.getString("state")),
                            rs.getTimestamp("claimed_at").toLocalDateTime(), standing,
                            otherUnit != null ? otherUnit : holder));
                });
        return new ArrayList<>(byKey.values());
    }

    /** The unit an invoice counts for, if any. */
    public Optional<String> holderOf(String invoiceNo) {
        return jdbc.sql("SELECT holder FROM invoice_register WHERE invoice_key = ?").param(InvoiceKeys.of(invoiceNo))
                .query(String.class).optional();
    }

    private List<String> keysOf(String applicationNo, ClaimState state) {
        return jdbc.sql("SELECT invoice_key FROM invoice_claim WHERE application_no = ? AND state = ? ORDER BY invoice_key")
                .params(applicationNo, state.name()).query(String.class).list();
    }

    /** The invoice's row, created if it is new, locked until the transaction ends. */
    private void lock(String key, LocalDateTime at) {
        if (database.isPostgres()) {
            jdbc.sql("INSERT INTO invoice_register (invoice_key, disputed, updated_at) VALUES (?, FALSE, ?) "
                    + "ON CONFLICT (invoice_key) DO NOTHING").params(key, at).update();
        } else {
            try {
                jdbc.sql("INSERT INTO invoice_register (invoice_key, disputed, updated_at) VALUES (?, FALSE, ?)").params(key, at)
                        .update();
            } catch (DuplicateKeyException claimedBefore) {
                // another transaction created it first (H2 keeps the transaction usable after a failed statement)
            }
        }
        jdbc.sql("SELECT invoice_key FROM invoice_register WHERE invoice_key = ? FOR UPDATE").param(key).query(String.class)
                .single();
    }

    /**
     * Whom the invoice counts for after its claims changed: kept by its ruling or its payment; else the one unit that
     * claims it, nobody while two do (disputed), nobody when none does.
     */
    private void settle(String key, LocalDateTime at) {
        Map<String, Object> row = jdbc.sql("SELECT holder, consumed_by FROM invoice_register WHERE invoice_key = ?").param(key)
                .query().singleRow();
        if (row.get("consumed_by") != null || hasRuling(key)) {
            return;
        }
        List<String> claimants = jdbc.sql("SELECT DISTINCT credit_code FROM invoice_claim WHERE invoice_key = ? AND state <> 'RELEASED'")
                .param(key).query(String.class).list().stream().sorted(Comparator.naturalOrder()).collect(Collectors.toList());
        String holder = claimants.size() == 1 ? claimants.get(0) : null;
        // a paid application whose invoice was disputed at its payment: the invoice is its unit's for good once the
        // dispute ends, as if it had been consumed then
        String paid = holder == null ? null : jdbc.sql("SELECT MIN(application_no) FROM invoice_claim WHERE invoice_key = ? "
                + "AND credit_code = ? AND state = 'CONSUMED'").params(key, holder).query(String.class).optional().orElse(null);
        jdbc.sql("UPDATE invoice_register SET holder = ?, disputed = ?, consumed_by = ?, updated_at = ? WHERE invoice_key = ?")
                .params(holder, claimants.size() > 1, paid, at, key).update();
    }

    private boolean hasRuling(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM invoice_ruling WHERE invoice_key = ?").param(key).query(Long.class).single() > 0;
    }
}

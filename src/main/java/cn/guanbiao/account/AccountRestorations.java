package cn.guanbiao.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator takes a recovered award out of the unit's account, with a reason (e.g. an award recovered in
 * error): its payment no longer counts as received and its invoices no longer as used. Without such a record a
 * recovery gives the unit no "once" back (R4). Each is kept with who and when.
 */
@Service
public class AccountRestorations {

    public record Restoration(String applicationNo, String reason, String decidedBy, LocalDateTime decidedAt) {
    }

    /** Why a restoration is refused, or the restoration. */
    public static class NotRestorableException extends RuntimeException {
        NotRestorableException(String message) {
            super(message);
        }
    }

    private final JdbcClient jdbc;
    private final InvoiceRegister invoices;
    private final Clock clock;

    AccountRestorations(JdbcClient jdbc, InvoiceRegister invoices, Clock clock) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.clock = clock;
    }

    @Transactional
    public Restoration restore(String applicationNo, String reason, String decidedBy) {
        long recovered = jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE application_no = ? AND kind = 'RECOVERY'")
                .param(applicationNo).query(Long.class).single();
        if (recovered == 0) {
            throw new NotRestorableException("申请 " + applicationNo + " 没有已追回的奖励，不能恢复其奖励账户");
        }
        if (jdbc.sql("SELECT COUNT(*) FROM account_restoration WHERE application_no = ?").param(applicationNo)
                .query(Long.class).single() > 0) {
            throw new NotRestorableException("申请 " + applicationNo + " 的奖励账户已经恢复过");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("INSERT INTO account_restoration (application_no, reason, decided_by, decided_at) VALUES (?, ?, ?, ?)")
                .params(applicationNo, reason, decidedBy, now).update();
        invoices.restore(applicationNo, now);
        return new Restoration(applicationNo, reason, decidedBy, now);
    }

    public List<Restoration> all() {
        return jdbc.sql("SELECT application_no, reason, decided_by, decided_at FROM account_restoration ORDER BY decided_at")
                .query((rs, i) -> new Restoration(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime()))
                .list();
    }
}

package cn.guanbiao.notice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Objections (异议) to a proposed award, raised by anyone during the notice period. */
@Repository
public class Objections {

    public record Objection(long id, String applicationNo, String reason, String contact, LocalDateTime receivedAt,
            String status, String decidedBy, LocalDateTime decidedAt, String decisionComment) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public Objections(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public void add(String applicationNo, String reason, String contact, LocalDateTime receivedAt) {
        jdbc.sql("INSERT INTO objection (application_no, reason, contact, received_at, status) VALUES (?, ?, ?, ?, 'OPEN')")
                .params(applicationNo, reason, contact, receivedAt).update();
    }

    public List<Objection> of(String applicationNo) {
        return jdbc.sql("SELECT id, application_no, reason, contact, received_at, status, decided_by, decided_at, "
                        + "decision_comment FROM objection WHERE application_no = ? ORDER BY id")
                .param(applicationNo).query(Objection.class).list();
    }

    /** Records the decision on every objection still open. */
    public void decideOpen(String applicationNo, boolean upheld, String decidedBy, String comment) {
        jdbc.sql("UPDATE objection SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ? "
                        + "WHERE application_no = ? AND status = 'OPEN'")
                .params(upheld ? "UPHELD" : "DISMISSED", decidedBy, LocalDateTime.now(clock), comment, applicationNo).update();
    }
}

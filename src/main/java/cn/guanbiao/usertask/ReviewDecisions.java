package cn.guanbiao.usertask;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who decided what on an application, when, and why: the audit trail of the reviews (R7). */
@Repository
public class ReviewDecisions {

    public record Decision(String applicationNo, String taskKey, String taskName, String userId, ReviewOutcome outcome,
            String comment, LocalDateTime decidedAt) {
    }

    private final JdbcClient jdbc;

    public ReviewDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(Decision d) {
        jdbc.sql("INSERT INTO review_decision (application_no, task_key, task_name, user_id, outcome, comment, decided_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(d.applicationNo(), d.taskKey(), d.taskName(), d.userId(), d.outcome().name(), d.comment(), d.decidedAt())
                .update();
    }

    public List<Decision> of(String applicationNo) {
        return jdbc.sql("SELECT application_no, task_key, task_name, user_id, outcome, comment, decided_at FROM review_decision "
                        + "WHERE application_no = ? ORDER BY id")
                .param(applicationNo).query(Decision.class).list();
    }
}

package cn.guanbiao.usertask;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviewers marked as related to a unit (回避): they may not decide on that unit's applications. */
@Repository
public class ReviewerRelations {

    public record Relation(String userId, String creditCode, String reason, LocalDateTime recordedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public ReviewerRelations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(String userId, String creditCode, String reason) {
        try {
            jdbc.sql("INSERT INTO reviewer_relation (user_id, credit_code, reason, recorded_at) VALUES (?, ?, ?, ?)")
                    .params(userId, creditCode, reason, LocalDateTime.now(clock)).update();
        } catch (DuplicateKeyException alreadyMarked) {
            jdbc.sql("UPDATE reviewer_relation SET reason = ? WHERE user_id = ? AND credit_code = ?")
                    .params(reason, userId, creditCode).update();
        }
    }

    public boolean isRelated(String userId, String creditCode) {
        return jdbc.sql("SELECT COUNT(*) FROM reviewer_relation WHERE user_id = ? AND credit_code = ?")
                .params(userId, creditCode).query(Integer.class).single() > 0;
    }

    public List<Relation> of(String creditCode) {
        return jdbc.sql("SELECT user_id, credit_code, reason, recorded_at FROM reviewer_relation WHERE credit_code = ?")
                .param(creditCode).query(Relation.class).list();
    }
}

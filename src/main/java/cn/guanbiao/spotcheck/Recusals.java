package cn.guanbiao.spotcheck;

import java.util.Map;
import java.util.TreeMap;

import cn.guanbiao.usertask.ReviewerRelations;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who must stand aside (回避) from inspecting a unit: anyone who decided on one of its applications (review_decision)
 * and anyone marked as related to it (reviewer_relation). Read at the draw and again when an inspection is claimed
 * or completed, since a relation may be declared after the draw.
 */
@Component
public class Recusals {

    private final JdbcClient jdbc;
    private final ReviewerRelations relations;

    public Recusals(JdbcClient jdbc, ReviewerRelations relations) {
        this.jdbc = jdbc;
        this.relations = relations;
    }

    /** User id → why they stand aside, for the unit with this credit code. */
    public Map<String, String> of(String creditCode) {
        Map<String, String> reasons = new TreeMap<>();
        jdbc.sql("SELECT DISTINCT d.user_id, d.application_no, d.task_name FROM review_decision d "
                        + "JOIN application a ON a.application_no = d.application_no "
                        + "WHERE a.credit_code = ? AND d.user_id IS NOT NULL ORDER BY d.application_no, d.task_name")
                .param(creditCode)
                .query((RowCallbackHandler) rs -> add(reasons, rs.getString("user_id"),
                        "曾参与该单位申请 " + rs.getString("application_no") + " 的" + rs.getString("task_name")));
        relations.of(creditCode).forEach(relation -> add(reasons, relation.userId(), "与该单位存在关联：" + relation.reason()));
        return reasons;
    }

    public boolean isRecused(String userId, String creditCode) {
        return userId != null && of(creditCode).containsKey(userId);
    }

    private static void add(Map<String, String> reasons, String userId, String reason) {
        reasons.merge(userId, reason, (earlier, later) -> earlier + "；" + later);
    }
}

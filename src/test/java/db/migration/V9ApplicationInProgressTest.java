package db.migration;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;

import cn.guanbiao.support.PreviousRelease;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migration V9 on a database of the previous release (the project's own migrations up to V8, the applications of
 * its units as that release left them): every unit with applications in progress gets its row, the oldest one; a
 * unit that simultaneous submissions left with several is reported ({@link PreviousRelease}: H2, or on the PostgreSQL
 * run a database of its own).
 */
@ExtendWith(OutputCaptureExtension.class)
class V9ApplicationInProgressTest {

    private PreviousRelease release;
    private JdbcClient jdbc;

    @BeforeEach
    void databaseOfThePreviousRelease() {
        release = PreviousRelease.schemaOf2026_12_07("guanbiao_v9_upgrade");
        jdbc = release.jdbc();
        jdbc.sql("INSERT INTO award_call (call_id, call_year, opens_at, closes_at, budget, status, created_at) "
                        + "VALUES ('CALL-2025-01', 2025, ?, ?, 1000000, 'OPEN', ?)")
                .params(at(1), at(30), at(0)).update();
    }

    @AfterEach
    void dropIt() throws SQLException {
        release.close();
    }

    @Test
    void eachUnitWithAnApplicationInProgressGetsItsRowAndOneWithSeveralIsReported(CapturedOutput output) {
        // given: unit A one application in review (and an earlier paid one); unit B three in progress, submitted at once
        // in the old release (the oldest in review), and a rejected one; unit C only ended ones
        application("GB-2025-000001", "91500112A00000000A", "PAID", 1);
        application("GB-2025-000002", "91500112A00000000A", "IN_REVIEW", 5);
        application("GB-2025-000003", "91500112B00000000B", "REJECTED", 2);
        application("GB-2025-000005", "91500112B00000000B", "SUBMITTED", 7);
        application("GB-2025-000004", "91500112B00000000B", "IN_REVIEW", 7);
        application("GB-2025-000006", "91500112B00000000B", "AWAITING_DECISION", 8);
        application("GB-2025-000007", "91500112C00000000C", "NOT_FUNDED", 3);
        application("GB-2025-000008", "91500112C00000000C", "RECOVERED", 4);

        // when
        release.migrateTo("9");

        // then: one row per unit with anything in progress, its oldest (by time, then number)
        Map<String, String> rows = new TreeMap<>();
        jdbc.sql("SELECT credit_code, application_no FROM application_in_progress")
                .query(rs -> {
                    rows.put(rs.getString(1), rs.getString(2));
                });
        assertThat(rows).containsExactly(
                Map.entry("91500112A00000000A", "GB-2025-000002"),
                Map.entry("91500112B00000000B", "GB-2025-000004"));
        // and: unit B's others are named for an administrator
        assertThat(output.getOut()).contains("Unit 91500112B00000000B has 3 applications in progress",
                "GB-2025-000004 holds", "[GB-2025-000005, GB-2025-000006]", "请管理员核查");
        assertThat(output.getOut()).doesNotContain("Unit 91500112A00000000A", "Unit 91500112C00000000C");
    }

    @Test
    void afterTheMigrationTheDatabaseRefusesASecondApplicationInProgressOfAUnit() {
        // given
        application("GB-2025-000001", "91500112A00000000A", "IN_REVIEW", 1);
        release.migrateTo("9");
        application("GB-2025-000002", "91500112A00000000A", "SUBMITTED", 2);

        // when / then
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO application_in_progress (credit_code, application_no) "
                + "VALUES ('91500112A00000000A', 'GB-2025-000002')").update())
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    /** A row as the previous release wrote it, submitted {@code day} days into the call. */
    private void application(String no, String creditCode, String status, int day) {
        jdbc.sql("INSERT INTO application (application_no, call_id, org_name, credit_code, applicant_type, district_code, "
                        + "standard, certificate_no, certificate_issued_on, certificate_expires_on, certification_body, "
                        + "audit_stage, honours, contact_name, contact_email, contact_phone, status, status_reason, "
                        + "tracking_token, process_instance_id, submitted_at, updated_at) "
                        + "VALUES (?, 'CALL-2025-01', '重庆测试科技有限公司', ?, 'ENTERPRISE', '500112', 'GB/T 29490-2023', "
                        + "'165IP1', DATE '2025-01-02', DATE '2028-01-01', '中知（北京）认证有限公司', 'INITIAL', "
                        + "'MUNICIPAL_ADVANTAGE', '张三', 'zhangsan@example.com', NULL, ?, NULL, ?, NULL, ?, ?)")
                .params(no, creditCode, status, "token-" + no, at(day), at(day)).update();
    }

    private static LocalDateTime at(int day) {
        return LocalDateTime.of(2025, 3, 1, 9, 0).plusDays(day);
    }
}

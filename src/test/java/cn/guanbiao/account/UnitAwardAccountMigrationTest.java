package cn.guanbiao.account;

import java.util.List;
import java.util.Map;

import cn.guanbiao.support.PreviousRelease;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading a database of the release of 2026-12-07 (fixture {@code release-2026-12-07}) builds every unit's award
 * account from the applications it holds, by the rules the account is kept by (V12, V13).
 */
class UnitAwardAccountMigrationTest {

    @Test
    void theAccountOfEveryUnitIsBuiltFromItsApplications() throws Exception {
        try (PreviousRelease release = PreviousRelease.dataOf2026_12_07("guanbiao_account_upgrade")) {
            // when
            release.migrateTo(null);

            // then: the paid invoice is the paying unit's for good, also against its full-width spelling by another unit
            JdbcClient jdbc = release.jdbc();
            assertThat(register(jdbc, "INV20260001")).containsEntry("HOLDER", "91500112FIXTURE001")
                    .containsEntry("CONSUMED_BY", "GB-2026-900001");
            assertThat(claimState(jdbc, "INV20260001", "GB-2026-900003")).isEqualTo("ACTIVE");
            // the rejected application's claim is released; the consulting fee is registered, never counted
            assertThat(claimState(jdbc, "INV20260002", "GB-2026-900002")).isEqualTo("RELEASED");
            assertThat(register(jdbc, "INV20260002")).containsEntry("HOLDER", null);
            // the recovered application's invoice stays consumed
            assertThat(register(jdbc, "INV20260006")).containsEntry("CONSUMED_BY", "GB-2026-900006");
            // both applications the old release let one unit have in progress hold their invoices
            assertThat(register(jdbc, "INV20260004")).containsEntry("HOLDER", "91500106FIXTURE003");
            assertThat(register(jdbc, "INV20260005")).containsEntry("HOLDER", "91500106FIXTURE003");
            // the declared district award is the unit's, once
            assertThat(jdbc.sql("SELECT credit_code, award_level, amount FROM declared_award").query().listOfRows())
                    .singleElement().satisfies(row -> {
                        assertThat(lower(row)).containsEntry("credit_code", "91500112FIXTURE001").containsEntry("award_level", "DISTRICT");
                        assertThat(new java.math.BigDecimal(lower(row).get("amount").toString())).isEqualByComparingTo("10000");
                    });
        }
    }

    private static Map<String, Object> register(JdbcClient jdbc, String key) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT holder, consumed_by FROM invoice_register WHERE invoice_key = ?").param(key)
                .query().listOfRows();
        assertThat(rows).as("register row of %s", key).hasSize(1);
        Map<String, Object> row = new java.util.HashMap<>();
        rows.get(0).forEach((column, value) -> row.put(column.toUpperCase(), value));
        return row;
    }

    private static String claimState(JdbcClient jdbc, String key, String applicationNo) {
        return jdbc.sql("SELECT state FROM invoice_claim WHERE invoice_key = ? AND application_no = ?").params(key, applicationNo)
                .query(String.class).single();
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> lower = new java.util.HashMap<>();
        row.forEach((column, value) -> lower.put(column.toLowerCase(), value));
        return lower;
    }
}

package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Table {@code application_in_progress}: the unit's one application in progress, held by the database (issue 20;
 * see {@code cn.guanbiao.application.ApplicationsInProgress}). Filled for the applications already in progress: a unit
 * has at most one, but an earlier release let simultaneous submissions through, so a unit may have several. Then the
 * oldest (submitted first) holds the row, the others are logged for an administrator and stay as they are (their
 * reviews go on; when the oldest ends, the next one takes the row over, so the unit cannot apply while any is open).
 * Java, not SQL, for that report; its SQL is the same on H2 and PostgreSQL.
 */
public class V9__application_in_progress extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V9__application_in_progress.class);

    /** {@code ApplicationStatus.ACTIVE} as it was when this migration was written (a migration does not change). */
    static final List<String> IN_PROGRESS = List.of("SUBMITTED", "IN_REVIEW", "RETURNED_FOR_CORRECTION", "CREDIT_CHECK",
            "AWAITING_DECISION", "IN_PUBLIC_NOTICE", "APPROVED_FOR_PAYMENT");

    @Override
    public void migrate(Context context) throws SQLException {
        migrate(context.getConnection());
    }

    /** Creates and fills the table; answers the units with more than one application in progress, oldest first. */
    static Map<String, List<String>> migrate(Connection connection) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE application_in_progress ("
                    + "credit_code VARCHAR(18) PRIMARY KEY, "
                    + "application_no VARCHAR(30) NOT NULL UNIQUE REFERENCES application (application_no))");
        }
        Map<String, List<String>> inProgressByUnit = new LinkedHashMap<>();
        String statuses = String.join(", ", IN_PROGRESS.stream().map(s -> "'" + s + "'").toList());
        try (Statement query = connection.createStatement();
                ResultSet rs = query.executeQuery("SELECT credit_code, application_no FROM application WHERE status IN ("
                        + statuses + ") ORDER BY credit_code, submitted_at, application_no")) {
            while (rs.next()) {
                inProgressByUnit.computeIfAbsent(rs.getString(1), code -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO application_in_progress (credit_code, application_no) VALUES (?, ?)")) {
            for (Map.Entry<String, List<String>> unit : inProgressByUnit.entrySet()) {
                insert.setString(1, unit.getKey());
                insert.setString(2, unit.getValue().get(0));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, List<String>> several = new LinkedHashMap<>();
        inProgressByUnit.forEach((unit, applications) -> {
            if (applications.size() > 1) {
                several.put(unit, applications);
                log.warn("Unit {} has {} applications in progress (simultaneous submissions before V9): {} holds the unit's "
                        + "one application in progress, {} should be checked by an administrator / 单位 {} 有 {} 件在办申请"
                        + "（V9 之前同时提交所致）：保留最早的 {}，其余 {} 请管理员核查", unit, applications.size(),
                        applications.get(0), applications.subList(1, applications.size()), unit, applications.size(),
                        applications.get(0), applications.subList(1, applications.size()));
            }
        });
        log.info("V9: {} units with an application in progress, {} of them with more than one",
                inProgressByUnit.size(), several.size());
        return several;
    }
}

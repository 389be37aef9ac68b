package cn.guanbiao.complaint;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What was found against certification bodies (000_… 二(四)19), listed for the report to the national office,
 * which keeps the filing list of bodies by it (004_… 二(一)). One finding per source case, so a re-run adds nothing.
 */
@Repository
public class CertificationBodyFindings {

    /** Where the finding came from: a complaint (its reference number) or a spot check. */
    public enum Source { COMPLAINT, SPOT_CHECK }

    public record Finding(long id, String certificationBody, Source source, String sourceRef, String findings,
            String recordedBy, LocalDateTime recordedAt) {
    }

    private static final String COLUMNS = "id, certification_body, source, source_ref, findings, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    public CertificationBodyFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the finding; false when this source case already recorded one (or the body is unknown). Checked in
     * the statement, not by catching the unique key's error, which would leave a PostgreSQL transaction unusable;
     * two concurrent runs still meet the unique key, and the loser's job is retried and then finds the row.
     */
    public boolean record(String certificationBody, Source source, String sourceRef, String findings, String recordedBy,
            LocalDateTime recordedAt) {
        return jdbc.sql("INSERT INTO certification_body_finding (certification_body, source, source_ref, findings, recorded_by, "
                        + "recorded_at) SELECT name, ?, ?, ?, ?, ? FROM certification_body WHERE name = ? AND NOT EXISTS "
                        + "(SELECT 1 FROM certification_body_finding WHERE source = ? AND source_ref = ?)")
                .params(source.name(), sourceRef, findings, recordedBy, recordedAt, certificationBody, source.name(), sourceRef)
                .update() == 1;
    }

    /** Every finding, by body, oldest first within a body. */
    public List<Finding> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification_body_finding ORDER BY certification_body, recorded_at, id")
                .query(Finding.class).list();
    }

    public List<Finding> of(String certificationBody) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification_body_finding WHERE certification_body = ? "
                        + "ORDER BY recorded_at, id")
                .param(certificationBody).query(Finding.class).list();
    }
}

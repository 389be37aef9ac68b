package cn.guanbiao.reference;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What was found against certification bodies (000_… 二(四)19: no on-site audit, shortened audit, coaching its own
 * clients, kickbacks, faked qualifications), by a spot check or a confirmed complaint: kept against the body and
 * listed for the report to the national office, which keeps the filing list of bodies by it (004_… 二(一)).
 */
@Repository
public class CertificationBodyFindings {

    /** Where the finding came from: a spot-check campaign or a complaint (its reference number). */
    public enum Source { SPOT_CHECK, COMPLAINT }

    /** {@code issue}: what was wrong, in a line; {@code findings}: what the inspector or official wrote. */
    public record Finding(long id, String certificationBody, Source source, String sourceRef, String applicationNo,
            String issue, String findings, String recordedBy, LocalDateTime recordedAt) {
    }

    private static final String COLUMNS =
            "id, certification_body, source, source_ref, application_no, issue, findings, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    public CertificationBodyFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the finding once per source case (and application); false when it is there already or the body is not
     * in the register. Checked in the statement rather than by catching the unique key's error, which would leave a
     * PostgreSQL transaction unusable; two concurrent runs still meet the unique key and the loser's job is retried.
     */
    public boolean record(String certificationBody, Source source, String sourceRef, String applicationNo, String issue,
            String findings, String recordedBy, LocalDateTime recordedAt) {
        return jdbc.sql("INSERT INTO certification_body_finding (certification_body, source, source_ref, application_no, issue, "
                        + "findings, recorded_by, recorded_at) SELECT name, ?, ?, ?, ?, ?, ?, ? FROM certification_body "
                        + "WHERE name = ? AND NOT EXISTS (SELECT 1 FROM certification_body_finding "
                        + "WHERE source = ? AND source_ref = ? AND COALESCE(application_no, '-') = ?)")
                .params(source.name(), sourceRef, applicationNo, issue, findings, recordedBy, recordedAt, certificationBody,
                        source.name(), sourceRef, applicationNo == null ? "-" : applicationNo)
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

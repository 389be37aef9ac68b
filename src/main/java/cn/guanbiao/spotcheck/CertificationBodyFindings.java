package cn.guanbiao.spotcheck;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What spot checks found about certification bodies (000_… 二(四)19): kept against the body and listed for the
 * report to the national office, which keeps the filing list of bodies up to date with it (004_… 二(一)).
 */
@Repository
public class CertificationBodyFindings {

    public record Finding(String certificationBody, String applicationNo, String campaignNo, String finding, String details,
            String recordedBy, LocalDateTime recordedAt) {
    }

    private static final String COLUMNS = "certification_body, application_no, campaign_no, finding, details, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    public CertificationBodyFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the finding once per unit and campaign; a re-run of the step changes nothing. (Checked before the
     * insert rather than by catching the unique key: on PostgreSQL a failed statement spoils the engine's transaction.)
     */
    public void record(Finding finding) {
        boolean recorded = jdbc.sql("SELECT COUNT(*) FROM certification_body_finding WHERE campaign_no = ? AND application_no = ?")
                .params(finding.campaignNo(), finding.applicationNo()).query(Integer.class).single() > 0;
        if (!recorded) {
            jdbc.sql("INSERT INTO certification_body_finding (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(finding.certificationBody(), finding.applicationNo(), finding.campaignNo(), finding.finding(),
                            finding.details(), finding.recordedBy(), finding.recordedAt())
                    .update();
        }
    }

    /** Every finding, by body, then oldest first. */
    public List<Finding> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification_body_finding ORDER BY certification_body, recorded_at, id")
                .query(Finding.class).list();
    }

    public List<Finding> of(String certificationBody) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM certification_body_finding WHERE certification_body = ? ORDER BY recorded_at, id")
                .param(certificationBody).query(Finding.class).list();
    }
}

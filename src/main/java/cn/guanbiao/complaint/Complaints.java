package cn.guanbiao.complaint;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import cn.guanbiao.platform.Sequences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The complaint table: what came in, who verified it when, and what it found. */
@Repository
public class Complaints {

    private static final String COLUMNS = "reference_no, subject, application_no, certification_body, content, contact_name, "
            + "contact_email, contact_phone, received_at, status, findings, decided_by, decided_at, "
            + "recovery_process_instance_id, process_instance_id";

    private final JdbcClient jdbc;
    private final Sequences sequences;

    public Complaints(JdbcClient jdbc, Sequences sequences) {
        this.jdbc = jdbc;
        this.sequences = sequences;
    }

    /** {@code TS-2026-000001}: 投诉 (TS), the year, a number from a database sequence. */
    String nextReferenceNo(int year) {
        return "TS-%d-%06d".formatted(year, sequences.next("complaint_seq"));
    }

    void insert(String referenceNo, ComplaintForm form, LocalDateTime receivedAt) {
        jdbc.sql("INSERT INTO complaint (reference_no, subject, application_no, certification_body, content, contact_name, "
                        + "contact_email, contact_phone, received_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(referenceNo, form.subject().name(), form.applicationNo(), form.certificationBody(), form.content(),
                        form.contactName(), form.contactEmail(), form.contactPhone(), receivedAt,
                        ComplaintStatus.IN_VERIFICATION.name())
                .update();
    }

    void setProcessInstanceId(String referenceNo, String processInstanceId) {
        jdbc.sql("UPDATE complaint SET process_instance_id = ? WHERE reference_no = ?")
                .params(processInstanceId, referenceNo).update();
    }

    /** The verification's outcome, attributable to the official who decided (R7). */
    void decide(String referenceNo, ComplaintStatus status, String findings, String decidedBy, LocalDateTime decidedAt) {
        jdbc.sql("UPDATE complaint SET status = ?, findings = ?, decided_by = ?, decided_at = ? WHERE reference_no = ?")
                .params(status.name(), findings, decidedBy, decidedAt, referenceNo).update();
    }

    void setRecovery(String referenceNo, String recoveryProcessInstanceId) {
        jdbc.sql("UPDATE complaint SET recovery_process_instance_id = ? WHERE reference_no = ?")
                .params(recoveryProcessInstanceId, referenceNo).update();
    }

    public Optional<Complaint> find(String referenceNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint WHERE reference_no = ?").param(referenceNo)
                .query(Complaint.class).optional();
    }

    public Complaint get(String referenceNo) {
        return find(referenceNo).orElseThrow(() -> new IllegalStateException("No complaint " + referenceNo));
    }

    /** Newest first. */
    public List<Complaint> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint ORDER BY received_at DESC, reference_no DESC")
                .query(Complaint.class).list();
    }

    /** The complaints about an application, oldest first (shown to its reviewers). */
    public List<Complaint> about(String applicationNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM complaint WHERE application_no = ? ORDER BY received_at, reference_no")
                .param(applicationNo).query(Complaint.class).list();
    }

    public int count() {
        return jdbc.sql("SELECT COUNT(*) FROM complaint").query(Integer.class).single();
    }
}

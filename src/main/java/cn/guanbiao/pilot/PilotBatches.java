package cn.guanbiao.pilot;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The yearly batches of each district, their proposal and list, and who decided on them. */
@Repository
public class PilotBatches {

    public enum Status { SELECTING, APPROVING, APPROVED, NOTHING_TO_SELECT }

    public record Batch(String batchNo, int pilotYear, String districtCode, LocalDate deadline, Status status,
            int eligibleCount, int proposedCount, String adjustmentReason, String openedBy, LocalDateTime openedAt,
            LocalDateTime approvedAt, String processInstanceId) {
    }

    public record Entry(String batchNo, String creditCode, boolean proposed, boolean selected, String contactName,
            String contactPhone, String contactEmail) {
    }

    public record Decision(String batchNo, String taskKey, String userId, String outcome, String comment,
            LocalDateTime decidedAt) {
    }

    private static final String COLUMNS = "batch_no, pilot_year, district_code, deadline, status, eligible_count, "
            + "proposed_count, adjustment_reason, opened_by, opened_at, approved_at, process_instance_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    public PilotBatches(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static String batchNo(int year, String districtCode) {
        return "PB-" + year + "-" + districtCode;
    }

    public Optional<Batch> find(String batchNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pilot_batch WHERE batch_no = ?").param(batchNo).query(Batch.class).optional();
    }

    public List<Batch> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pilot_batch ORDER BY pilot_year, district_code").query(Batch.class).list();
    }

    /** Batches of the district not yet decided, of any year. */
    List<Batch> undecided(String districtCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM pilot_batch WHERE district_code = ? AND status IN ('SELECTING', 'APPROVING')")
                .param(districtCode).query(Batch.class).list();
    }

    void open(String batchNo, int year, String districtCode, LocalDate deadline, String openedBy) {
        jdbc.sql("INSERT INTO pilot_batch (batch_no, pilot_year, district_code, deadline, status, eligible_count, proposed_count, "
                        + "opened_by, opened_at) VALUES (?, ?, ?, ?, 'SELECTING', 0, 0, ?, ?)")
                .params(batchNo, year, districtCode, deadline, openedBy, LocalDateTime.now(clock)).update();
    }

    void processStarted(String batchNo, String processInstanceId) {
        jdbc.sql("UPDATE pilot_batch SET process_instance_id = ? WHERE batch_no = ?").params(processInstanceId, batchNo).update();
    }

    /** The proposal: replaces any earlier one of the batch. */
    void propose(String batchNo, int eligible, List<String> proposed, List<String> selectable) {
        jdbc.sql("DELETE FROM pilot_batch_entry WHERE batch_no = ?").param(batchNo).update();
        for (String code : selectable) {
            boolean isProposed = proposed.contains(code);
            jdbc.sql("INSERT INTO pilot_batch_entry (batch_no, credit_code, proposed, selected) VALUES (?, ?, ?, ?)")
                    .params(batchNo, code, isProposed, isProposed).update();
        }
        jdbc.sql("UPDATE pilot_batch SET eligible_count = ?, proposed_count = ?, status = ? WHERE batch_no = ?")
                .params(eligible, proposed.size(), selectable.isEmpty() ? Status.NOTHING_TO_SELECT.name() : Status.SELECTING.name(),
                        batchNo)
                .update();
    }

    public List<Entry> entries(String batchNo) {
        return jdbc.sql("SELECT batch_no, credit_code, proposed, selected, contact_name, contact_phone, contact_email "
                        + "FROM pilot_batch_entry WHERE batch_no = ? ORDER BY credit_code")
                .param(batchNo).query(Entry.class).list();
    }

    public List<Entry> selected(String batchNo) {
        return entries(batchNo).stream().filter(Entry::selected).toList();
    }

    void select(String batchNo, String creditCode, boolean selected, String contactName, String contactPhone, String contactEmail) {
        jdbc.sql("UPDATE pilot_batch_entry SET selected = ?, contact_name = ?, contact_phone = ?, contact_email = ? "
                        + "WHERE batch_no = ? AND credit_code = ?")
                .params(selected, contactName, contactPhone, contactEmail, batchNo, creditCode).update();
    }

    void listSent(String batchNo, String adjustmentReason) {
        jdbc.sql("UPDATE pilot_batch SET status = 'APPROVING', adjustment_reason = ? WHERE batch_no = ?")
                .params(adjustmentReason, batchNo).update();
    }

    void returned(String batchNo) {
        jdbc.sql("UPDATE pilot_batch SET status = 'SELECTING' WHERE batch_no = ?").param(batchNo).update();
    }

    void approved(String batchNo) {
        jdbc.sql("UPDATE pilot_batch SET status = 'APPROVED', approved_at = ? WHERE batch_no = ? AND approved_at IS NULL")
                .params(LocalDateTime.now(clock), batchNo).update();
    }

    void decide(String batchNo, String taskKey, String userId, String outcome, String comment) {
        jdbc.sql("INSERT INTO pilot_batch_decision (batch_no, task_key, user_id, outcome, comment, decided_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(batchNo, taskKey, userId, outcome, comment, LocalDateTime.now(clock)).update();
    }

    public List<Decision> decisions(String batchNo) {
        return jdbc.sql("SELECT batch_no, task_key, user_id, outcome, comment, decided_at FROM pilot_batch_decision "
                        + "WHERE batch_no = ? ORDER BY decided_at, id")
                .param(batchNo).query(Decision.class).list();
    }
}

package cn.guanbiao.application;

import java.time.Clock;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.guanbiao.platform.Sequences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The application table and its fee items and prior awards: the source of truth for an application. */
@Repository
public class Applications {

    private static final String COLUMNS = "application_no, call_id, org_name, credit_code, applicant_type, district_code, "
            + "standard, certificate_no, certificate_issued_on, certificate_expires_on, certification_body, audit_stage, "
            + "honours, contact_name, contact_email, contact_phone, status, status_reason, award_amount, reserved_amount, "
            + "tracking_token, submitted_at, process_instance_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Sequences sequences;
    private final IpIndicatorRecords indicators;
    private final TrackingTokens tokens;
    private final Clock clock;

    public Applications(JdbcClient jdbc, JdbcTemplate batches, Sequences sequences, IpIndicatorRecords indicators,
            TrackingTokens tokens, Clock clock) {
        this.batches = batches;
        this.indicators = indicators;
        this.tokens = tokens;
        this.clock = clock;
        this.jdbc = jdbc;
        this.sequences = sequences;
    }

    public String nextApplicationNo(int year) {
        long next = sequences.next("application_seq");
        return "GB-%d-%06d".formatted(year, next);
    }

    /** A new application, its process already started: status SUBMITTED for {@code reason}. */
    public void insert(String applicationNo, ApplicationForm form, String trackingToken, String processInstanceId,
            String reason, LocalDateTime submittedAt) {
        jdbc.sql("INSERT INTO application (application_no, call_id, org_name, credit_code, applicant_type, district_code, "
                        + "standard, certificate_no, certificate_issued_on, certificate_expires_on, certification_body, "
                        + "audit_stage, honours, contact_name, contact_email, contact_phone, status, status_reason, "
                        + "tracking_token, process_instance_id, submitted_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(applicationNo, form.callId(), form.orgName(), form.creditCode(), form.applicantType().name(),
                        form.districtCode(), form.standard(), form.certificateNo(), form.certificateIssuedOn(),
                        form.certificateExpiresOn(), form.certificationBody(), form.auditStage().name(),
                        joinHonours(form.honours()), form.contactName(), form.contactEmail(), form.contactPhone(),
                        ApplicationStatus.SUBMITTED.name(), reason, trackingToken, processInstanceId, submittedAt,
                        submittedAt)
                .update();
        insertItems(applicationNo, form);
    }

    /** Replaces what the applicant submitted (a correction); status and history stay. */
    public void replaceForm(String applicationNo, ApplicationForm form) {
        jdbc.sql("UPDATE application SET org_name = ?, credit_code = ?, applicant_type = ?, district_code = ?, standard = ?, "
                        + "certificate_no = ?, certificate_issued_on = ?, certificate_expires_on = ?, certification_body = ?, "
                        + "audit_stage = ?, honours = ?, contact_name = ?, contact_email = ?, contact_phone = ?, updated_at = ? "
                        + "WHERE application_no = ?")
                .params(form.orgName(), form.creditCode(), form.applicantType().name(), form.districtCode(), form.standard(),
                        form.certificateNo(), form.certificateIssuedOn(), form.certificateExpiresOn(),
                        form.certificationBody(), form.auditStage().name(), joinHonours(form.honours()),
                        form.contactName(), form.contactEmail(), form.contactPhone(), LocalDateTime.now(clock), applicationNo)
                .update();
        jdbc.sql("DELETE FROM fee_item WHERE application_no = ?").param(applicationNo).update();
        jdbc.sql("DELETE FROM prior_award WHERE application_no = ?").param(applicationNo).update();
        indicators.delete(applicationNo, IpIndicatorRecords.Kind.BASELINE);
        insertItems(applicationNo, form);
    }

    public void updateStatus(String applicationNo, ApplicationStatus status, String reason) {
        jdbc.sql("UPDATE application SET status = ?, status_reason = ?, updated_at = ? WHERE application_no = ?")
                .params(status.name(), reason, LocalDateTime.now(clock), applicationNo).update();
    }

    public void updateAwardAmount(String applicationNo, BigDecimal amount) {
        jdbc.sql("UPDATE application SET award_amount = ? WHERE application_no = ?").params(amount, applicationNo).update();
    }

    public void updateReservedAmount(String applicationNo, BigDecimal amount) {
        jdbc.sql("UPDATE application SET reserved_amount = ? WHERE application_no = ?").params(amount, applicationNo).update();
    }

    /** The reserved amount of many applications at once (one JDBC batch: a call decides thousands together). */
    public void updateReservedAmounts(Map<String, BigDecimal> amountByApplicationNo) {
        List<Object[]> rows = amountByApplicationNo.entrySet().stream()
                .map(e -> new Object[] {e.getValue(), e.getKey()}).toList();
        batches.batchUpdate("UPDATE application SET reserved_amount = ? WHERE application_no = ?", rows);
    }

    /** Application number → its award-application process instance, for the applications of a call in a status. */
    public Map<String, String> processInstancesOfCall(String callId, ApplicationStatus status) {
        Map<String, String> instances = new HashMap<>();
        jdbc.sql("SELECT application_no, process_instance_id FROM application WHERE call_id = ? AND status = ?")
                .params(callId, status.name())
                .query(rs -> {
                    instances.put(rs.getString(1), rs.getString(2));
                });
        return instances;
    }

    public Optional<Application> find(String applicationNo) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM application WHERE application_no = ?").param(applicationNo)
                .query((rs, i) -> row(rs)).optional()
                .map(row -> withItems(row, fees(applicationNo), priorAwards(applicationNo),
                        indicators.find(applicationNo, IpIndicatorRecords.Kind.BASELINE).orElse(null)));
    }

    public String creditCode(String applicationNo) {
        return jdbc.sql("SELECT credit_code FROM application WHERE application_no = ?").param(applicationNo)
                .query(String.class).optional()
                .orElseThrow(missing(applicationNo));
    }

    public Optional<String> orgName(String applicationNo) {
        return jdbc.sql("SELECT org_name FROM application WHERE application_no = ?").param(applicationNo)
                .query(String.class).optional();
    }

    /** What a status e-mail needs of an application: whom it goes to, the award it names, the status page's token. */
    public record Addressee(String orgName, String contactName, String contactEmail, BigDecimal awardAmount,
            String trackingToken) {
    }

    public Addressee addressee(String applicationNo) {
        return jdbc.sql("SELECT org_name, contact_name, contact_email, award_amount, tracking_token FROM application "
                        + "WHERE application_no = ?").param(applicationNo)
                .query((rs, i) -> new Addressee(rs.getString("org_name"), rs.getString("contact_name"),
                        rs.getString("contact_email"), rs.getBigDecimal("award_amount"), rs.getString("tracking_token")))
                .optional().orElseThrow(missing(applicationNo));
    }

    /** The application if {@code token} is its tracking token: a wrong or missing token looks like an unknown number. */
    public Optional<Application> findTracked(String applicationNo, String token) {
        return find(applicationNo).filter(a -> tokens.matches(a.trackingToken(), token));
    }

    public Application get(String applicationNo) {
        return find(applicationNo).orElseThrow(missing(applicationNo));
    }

    /** Locks the row until the end of the transaction: serialises concurrent changes of one application. */
    public Application lock(String applicationNo) {
        jdbc.sql("SELECT application_no FROM application WHERE application_no = ? FOR UPDATE").param(applicationNo)
                .query(String.class).single();
        return get(applicationNo);
    }

    /** What a call's ranking reads of each of its applications: a few columns, however many apply. */
    public record CallEntry(String applicationNo, String orgName, String creditCode, String certificationBody,
            HonourLevel honourLevel, LocalDateTime submittedAt, BigDecimal awardAmount) {
    }

    public List<CallEntry> entriesOfCall(String callId, ApplicationStatus status) {
        return jdbc.sql("SELECT application_no, org_name, credit_code, certification_body, honours, submitted_at, "
                        + "award_amount FROM application WHERE call_id = ? AND status = ?")
                .params(callId, status.name())
                .query((rs, i) -> new CallEntry(rs.getString("application_no"), rs.getString("org_name"),
                        rs.getString("credit_code"), rs.getString("certification_body"),
                        HonourLevel.highestOf(splitHonours(rs.getString("honours"))),
                        rs.getObject("submitted_at", LocalDateTime.class), rs.getBigDecimal("award_amount")))
                .list();
    }

    public List<String> numbersOfCall(String callId) {
        return jdbc.sql("SELECT application_no FROM application WHERE call_id = ? ORDER BY application_no")
                .param(callId).query(String.class).list();
    }

    public int countOfCall(String callId, java.util.Collection<ApplicationStatus> statuses) {
        List<String> names = statuses.stream().map(Enum::name).toList();
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE call_id = :callId AND status IN (:statuses)")
                .param("callId", callId).param("statuses", names).query(Integer.class).single();
    }

    /** Other applications of the same unit, oldest first. */
    public List<Application> ofUnit(String creditCode, String exceptApplicationNo) {
        return list("WHERE credit_code = ? AND application_no <> ?", "ORDER BY submitted_at, application_no",
                creditCode, exceptApplicationNo);
    }

    /**
     * The applications {@code where} selects, with their fee items, prior awards and baseline indicators in one query
     * each for all of them (not three more per application). A call's ranking reads {@link #entriesOfCall} instead.
     */
    private List<Application> list(String where, String orderBy, Object... params) {
        List<Application> rows = jdbc.sql("SELECT " + COLUMNS + " FROM application " + where + " " + orderBy)
                .params(params).query((rs, i) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        String numbers = "SELECT application_no FROM application " + where;
        Map<String, List<ApplicationForm.Fee>> fees = new HashMap<>();
        jdbc.sql("SELECT application_no, invoice_no, amount, cycle, stage, kind FROM fee_item WHERE application_no IN ("
                        + numbers + ") ORDER BY application_no, position").params(params)
                .query(rs -> {
                    fees.computeIfAbsent(rs.getString("application_no"), no -> new ArrayList<>()).add(fee(rs));
                });
        Map<String, List<ApplicationForm.PriorAward>> priorAwards = new HashMap<>();
        jdbc.sql("SELECT application_no, award_level, amount, award_year, document_no FROM prior_award WHERE application_no IN (" + numbers
                        + ") ORDER BY application_no, position").params(params)
                .query(rs -> {
                    priorAwards.computeIfAbsent(rs.getString("application_no"), no -> new ArrayList<>()).add(priorAward(rs));
                });
        Map<String, IpIndicators> baselines = new HashMap<>();
        jdbc.sql("SELECT application_no, patents_filed, patents_granted, ip_staff, training_hours, risk_warnings "
                        + "FROM ip_indicators WHERE kind = 'BASELINE' AND application_no IN (" + numbers + ")").params(params)
                .query(rs -> {
                    baselines.put(rs.getString("application_no"), new IpIndicators(rs.getInt("patents_filed"),
                            rs.getInt("patents_granted"), rs.getInt("ip_staff"), rs.getInt("training_hours"),
                            rs.getInt("risk_warnings")));
                });
        return rows.stream().map(row -> withItems(row, fees.getOrDefault(row.applicationNo(), List.of()),
                priorAwards.getOrDefault(row.applicationNo(), List.of()), baselines.get(row.applicationNo()))).toList();
    }

    /** The application's own row, its form without the items kept in other tables (see {@link #withItems}). */
    private static Application row(ResultSet rs) throws SQLException {
        ApplicationForm form = new ApplicationForm(
                rs.getString("call_id"), rs.getString("org_name"), rs.getString("credit_code"),
                ApplicantType.valueOf(rs.getString("applicant_type")), rs.getString("district_code"),
                rs.getString("standard"), rs.getString("certificate_no"),
                rs.getObject("certificate_issued_on", LocalDate.class),
                rs.getObject("certificate_expires_on", LocalDate.class),
                rs.getString("certification_body"), AuditStage.valueOf(rs.getString("audit_stage")),
                splitHonours(rs.getString("honours")), List.of(), List.of(),
                rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone"), null);
        return new Application(rs.getString("application_no"), form, ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"), rs.getBigDecimal("award_amount"), rs.getBigDecimal("reserved_amount"),
                rs.getString("tracking_token"), rs.getObject("submitted_at", LocalDateTime.class),
                rs.getString("process_instance_id"));
    }

    private static Application withItems(Application row, List<ApplicationForm.Fee> fees,
            List<ApplicationForm.PriorAward> priorAwards, IpIndicators baseline) {
        return row.withForm(row.form().withItems(fees, priorAwards, baseline));
    }

    private static Supplier<IllegalStateException> missing(String applicationNo) {
        return () -> new IllegalStateException("No application " + applicationNo);
    }

    private List<ApplicationForm.Fee> fees(String applicationNo) {
        return jdbc.sql("SELECT invoice_no, amount, cycle, stage, kind FROM fee_item WHERE application_no = ? ORDER BY position")
                .param(applicationNo).query((rs, i) -> fee(rs)).list();
    }

    private List<ApplicationForm.PriorAward> priorAwards(String applicationNo) {
        return jdbc.sql("SELECT award_level, amount, award_year, document_no FROM prior_award WHERE application_no = ? ORDER BY position")
                .param(applicationNo).query((rs, i) -> priorAward(rs)).list();
    }

    private static ApplicationForm.Fee fee(ResultSet rs) throws SQLException {
        return new ApplicationForm.Fee(rs.getString("invoice_no"), rs.getBigDecimal("amount"), rs.getInt("cycle"),
                AuditStage.valueOf(rs.getString("stage")), FeeKind.valueOf(rs.getString("kind")));
    }

    private static ApplicationForm.PriorAward priorAward(ResultSet rs) throws SQLException {
        int year = rs.getInt("award_year");
        return new ApplicationForm.PriorAward(AwardLevel.valueOf(rs.getString("award_level")), rs.getBigDecimal("amount"),
                rs.wasNull() ? null : year, rs.getString("document_no"));
    }

    private void insertItems(String applicationNo, ApplicationForm form) {
        for (int i = 0; i < form.certificationFees().size(); i++) {
            ApplicationForm.Fee fee = form.certificationFees().get(i);
            jdbc.sql("INSERT INTO fee_item (application_no, position, invoice_no, amount, cycle, stage, kind) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(applicationNo, i, fee.invoiceNo(), fee.amount(), fee.cycle(), fee.stage().name(), fee.kind().name())
                    .update();
        }
        for (int i = 0; i < form.priorAwards().size(); i++) {
            ApplicationForm.PriorAward award = form.priorAwards().get(i);
            jdbc.sql("INSERT INTO prior_award (application_no, position, award_level, amount, award_year, document_no) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(applicationNo, i, award.level().name(), award.amount(), award.year(), award.documentNo()).update();
        }
        if (form.ipIndicators() != null) {
            indicators.save(applicationNo, IpIndicatorRecords.Kind.BASELINE, form.ipIndicators());
        }
    }

    private static String joinHonours(List<Honour> honours) {
        return honours.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static List<Honour> splitHonours(String honours) {
        return honours == null || honours.isBlank() ? List.of()
                : Arrays.stream(honours.split(",")).map(Honour::valueOf).toList();
    }
}

package cn.guanbiao.pilot;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each piloted enterprise's steps (003_… 三(三)) and its yearly data (三(四)). */
@Repository
public class PilotParticipations {

    public record Participation(String creditCode, String batchNo, int pilotYear, LocalDate assessedOn,
            LocalDate learningDoneOn, String evaluationAgency, String evaluationGrade, LocalDate gradedOn,
            String processInstanceId) {
    }

    /** Money in yuan (two decimals). */
    public record AnnualReport(String creditCode, int dataYear, int inventionApplications, int inventionGrants, int ipStaff,
            BigDecimal rdExpense, String note, String recordedBy, LocalDateTime recordedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public PilotParticipations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static String businessKey(int year, String creditCode) {
        return "PP-" + year + "-" + creditCode;
    }

    /** False when the enterprise already takes part (a second list cannot pilot it twice). */
    boolean begin(String creditCode, String batchNo, int year) {
        return jdbc.sql("INSERT INTO pilot_participation (credit_code, batch_no, pilot_year) SELECT ?, ?, ? FROM pilot_enterprise "
                        + "WHERE credit_code = ? AND NOT EXISTS (SELECT 1 FROM pilot_participation WHERE credit_code = ?)")
                .params(creditCode, batchNo, year, creditCode, creditCode).update() == 1;
    }

    void processStarted(String creditCode, String processInstanceId) {
        jdbc.sql("UPDATE pilot_participation SET process_instance_id = ? WHERE credit_code = ?").params(processInstanceId, creditCode)
                .update();
    }

    public Optional<Participation> find(String creditCode) {
        return jdbc.sql("SELECT credit_code, batch_no, pilot_year, assessed_on, learning_done_on, evaluation_agency, "
                        + "evaluation_grade, graded_on, process_instance_id FROM pilot_participation WHERE credit_code = ?")
                .param(creditCode).query(Participation.class).optional();
    }

    void assessed(String creditCode, LocalDate on, String user) {
        jdbc.sql("UPDATE pilot_participation SET assessed_on = ?, recorded_by = ? WHERE credit_code = ?").params(on, user, creditCode)
                .update();
    }

    void learningDone(String creditCode, LocalDate on, String user) {
        jdbc.sql("UPDATE pilot_participation SET learning_done_on = ?, recorded_by = ? WHERE credit_code = ?")
                .params(on, user, creditCode).update();
    }

    void graded(String creditCode, String agency, String grade, LocalDate on, String user) {
        jdbc.sql("UPDATE pilot_participation SET evaluation_agency = ?, evaluation_grade = ?, graded_on = ?, recorded_by = ? "
                        + "WHERE credit_code = ?")
                .params(agency, grade, on, user, creditCode).update();
    }

    /** One report per enterprise and data year; a second record of the same year replaces the first. */
    void report(AnnualReport r) {
        jdbc.sql("DELETE FROM pilot_annual_report WHERE credit_code = ? AND data_year = ?").params(r.creditCode(), r.dataYear()).update();
        jdbc.sql("INSERT INTO pilot_annual_report (credit_code, data_year, invention_applications, invention_grants, ip_staff, "
                        + "rd_expense, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.creditCode(), r.dataYear(), r.inventionApplications(), r.inventionGrants(), r.ipStaff(), r.rdExpense(),
                        r.note(), r.recordedBy(), LocalDateTime.now(clock))
                .update();
    }

    public List<AnnualReport> reports(String creditCode) {
        return jdbc.sql("SELECT credit_code, data_year, invention_applications, invention_grants, ip_staff, rd_expense, note, "
                        + "recorded_by, recorded_at FROM pilot_annual_report WHERE credit_code = ? ORDER BY data_year")
                .param(creditCode).query(AnnualReport.class).list();
    }

    /** Every report of a data year (all years when null), by district and enterprise: for the review export. */
    public List<AnnualReport> reportsOf(Integer dataYear) {
        return jdbc.sql("SELECT r.credit_code, r.data_year, r.invention_applications, r.invention_grants, r.ip_staff, r.rd_expense, "
                        + "r.note, r.recorded_by, r.recorded_at FROM pilot_annual_report r JOIN pilot_enterprise e "
                        + "ON e.credit_code = r.credit_code WHERE (CAST(? AS INTEGER) IS NULL OR r.data_year = ?) "
                        + "ORDER BY e.district_code, r.credit_code, r.data_year")
                .params(dataYear, dataYear).query(AnnualReport.class).list();
    }
}

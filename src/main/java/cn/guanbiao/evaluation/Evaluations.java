package cn.guanbiao.evaluation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The performance evaluation of each paid award (R9): requested, reported or flagged as overdue, scored. */
@Repository
public class Evaluations {

    public enum Status { REPORT_REQUESTED, REPORTED, OVERDUE, EVALUATED }

    public record Evaluation(String applicationNo, Status status, LocalDate reportDueOn, Integer score, String grade,
            String comment, String evaluatedBy) {
    }

    private final JdbcClient jdbc;

    public Evaluations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void requestReport(String applicationNo, LocalDate dueOn) {
        jdbc.sql("DELETE FROM performance_evaluation WHERE application_no = ?").param(applicationNo).update();
        jdbc.sql("INSERT INTO performance_evaluation (application_no, status, report_due_on) VALUES (?, ?, ?)")
                .params(applicationNo, Status.REPORT_REQUESTED.name(), dueOn).update();
    }

    public void reported(String applicationNo, LocalDateTime at) {
        jdbc.sql("UPDATE performance_evaluation SET status = ?, reported_at = ? WHERE application_no = ?")
                .params(Status.REPORTED.name(), at, applicationNo).update();
    }

    public void flagOverdue(String applicationNo, LocalDateTime at) {
        jdbc.sql("UPDATE performance_evaluation SET status = ?, flagged_at = ? WHERE application_no = ?")
                .params(Status.OVERDUE.name(), at, applicationNo).update();
    }

    public void evaluated(String applicationNo, int score, String grade, String comment, String by, LocalDateTime at) {
        jdbc.sql("UPDATE performance_evaluation SET status = ?, score = ?, grade = ?, comment = ?, evaluated_by = ?, "
                        + "evaluated_at = ? WHERE application_no = ?")
                .params(Status.EVALUATED.name(), score, grade, comment, by, at, applicationNo).update();
    }

    public Optional<Evaluation> find(String applicationNo) {
        return jdbc.sql("SELECT application_no, status, report_due_on, score, grade, comment, evaluated_by "
                        + "FROM performance_evaluation WHERE application_no = ?")
                .param(applicationNo).query(Evaluation.class).optional();
    }
}

package cn.guanbiao.application;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The timeline an applicant sees: every status change with its time, reason and, where a person decided, who. */
@Repository
public class ApplicationEvents {

    public record Event(LocalDateTime occurredAt, ApplicationStatus status, String actor, String detail) {
        public String statusLabel() {
            return status.label();
        }
    }

    private final JdbcClient jdbc;

    public ApplicationEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String applicationNo, ApplicationStatus status, String actor, String detail, LocalDateTime at) {
        jdbc.sql("INSERT INTO application_event (application_no, occurred_at, status, actor, detail) VALUES (?, ?, ?, ?, ?)")
                .params(applicationNo, at, status.name(), actor, detail).update();
    }

    public List<Event> of(String applicationNo) {
        return jdbc.sql("SELECT occurred_at, status, actor, detail FROM application_event WHERE application_no = ? ORDER BY id")
                .param(applicationNo).query(Event.class).list();
    }
}

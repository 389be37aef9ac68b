package cn.guanbiao.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails are written here in the transaction of the change they report and delivered by process
 * {@code mail-delivery}: a rolled-back step sends nothing, and a failing SMTP server is retried with backoff
 * and shows up as an incident in Cockpit instead of losing the mail or rolling the process back.
 */
@Service
public class MailOutbox {

    public static final String DELIVERY_PROCESS = "mail-delivery";
    public static final String MAIL_ID = "mailId";

    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public MailOutbox(JdbcClient jdbc, RuntimeService runtimeService, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public String queue(String applicationNo, String recipient, String subject, String html, String text) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO mail_outbox (id, application_no, recipient, subject, html_body, text_body, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, applicationNo, recipient, subject, html, text, LocalDateTime.now(clock)).update();
        runtimeService.startProcessInstanceByKey(DELIVERY_PROCESS, applicationNo,
                Variables.createVariables().putValue(MAIL_ID, id));
        return id;
    }

    public Optional<OutgoingMail> unsent(String id) {
        return jdbc.sql("SELECT id, recipient, subject, html_body, text_body FROM mail_outbox WHERE id = ? AND sent_at IS NULL")
                .param(id)
                .query((rs, i) -> new OutgoingMail(rs.getString("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("html_body"), rs.getString("text_body")))
                .optional();
    }

    public void markSent(String id) {
        jdbc.sql("UPDATE mail_outbox SET sent_at = ? WHERE id = ?").params(LocalDateTime.now(clock), id).update();
    }
}

package cn.guanbiao.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails are written here in the transaction of the change they report: a rolled-back step sends nothing. Once it
 * commits, {@link AfterCommitMailSender} sends each right away. What that attempt cannot send (the server fails, or
 * the node dies first) is handed to process {@code mail-delivery}, which retries with backoff and shows an incident
 * in Cockpit instead of losing the mail. An e-mail is sent at least once; the row says when and by which node.
 */
@Service
public class MailOutbox {

    public static final String DELIVERY_PROCESS = "mail-delivery";
    public static final String MAIL_ID = MailDeliveryVariables.MAIL_ID;

    private final JdbcClient jdbc;
    private final ProcessEngine engine;
    private final RuntimeService runtimeService;
    private final ApplicationEventPublisher events;
    private final MailSettings settings;
    private final Clock clock;
    private final ObjectProvider<MailDocuments> documents;

    public MailOutbox(JdbcClient jdbc, ProcessEngine engine, ApplicationEventPublisher events, MailSettings settings,
            Clock clock, ObjectProvider<MailDocuments> documents) {
        this.documents = documents;
        this.jdbc = jdbc;
        this.engine = engine;
        this.runtimeService = engine.getRuntimeService();
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Published in the transaction that queued the mail; {@link AfterCommitMailSender} hears of it after the commit. */
    record Queued(String id) {
    }

    @Transactional
    public String queue(String applicationNo, String recipient, String subject, String html, String text) {
        return queue(applicationNo, recipient, subject, html, text, null);
    }

    /** As above, with the official document the mail carries ({@link MailDocuments}), made when it is sent. */
    @Transactional
    public String queue(String applicationNo, String recipient, String subject, String html, String text,
            String document) {
        String id = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime handedOver = settings.sendAfterCommit() ? null : now;
        jdbc.sql("INSERT INTO mail_outbox (id, application_no, recipient, subject, html_body, text_body, created_at, "
                        + "handed_over_at, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, applicationNo, recipient, subject, html, text, now, handedOver, document).update();
        if (settings.sendAfterCommit()) {
            events.publishEvent(new Queued(id));
        } else {
            startDelivery(id, applicationNo);
        }
        return id;
    }

    public Optional<OutgoingMail> unsent(String id) {
        return jdbc.sql("SELECT id, application_no, recipient, subject, html_body, text_body, document FROM mail_outbox "
                        + "WHERE id = ? AND sent_at IS NULL")
                .param(id)
                .query((rs, i) -> new OutgoingMail(rs.getString("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("html_body"), rs.getString("text_body"),
                        attachments(rs.getString("application_no"), rs.getString("document"))))
                .optional();
    }

    private List<MailAttachment> attachments(String applicationNo, String document) {
        if (applicationNo == null || document == null) {
            return List.of();
        }
        MailDocuments maker = documents.getIfAvailable();
        return maker == null ? List.of() : maker.attachment(applicationNo, document).stream().toList();
    }

    /** Takes the mail for sending right away: false when it is sent, handed over or already being sent. */
    boolean claim(String id) {
        return jdbc.sql("UPDATE mail_outbox SET claimed_at = ? WHERE id = ? AND sent_at IS NULL AND handed_over_at IS NULL "
                        + "AND claimed_at IS NULL")
                .params(LocalDateTime.now(clock), id).update() == 1;
    }

    /** Records the mail as sent, by this node (its name in Camunda's job log). */
    void markSent(String id) {
        String node = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHostname();
        jdbc.sql("UPDATE mail_outbox SET sent_at = ?, sent_by = ? WHERE id = ?")
                .params(LocalDateTime.now(clock), node, id).update();
    }

    /** After a failed attempt: process {@code mail-delivery} retries the mail, unless it is sent or handed over. */
    @Transactional
    public boolean handOver(String id) {
        return startDeliveryIfTaken(id, jdbc.sql("UPDATE mail_outbox SET handed_over_at = ? WHERE id = ? AND sent_at IS NULL "
                        + "AND handed_over_at IS NULL")
                .params(LocalDateTime.now(clock), id).update());
    }

    /** The mails still unsent, neither queued nor claimed since {@code cutoff}, oldest first. */
    List<String> staleSince(LocalDateTime cutoff) {
        return jdbc.sql("SELECT id FROM mail_outbox WHERE sent_at IS NULL AND handed_over_at IS NULL AND created_at < ? "
                        + "AND (claimed_at IS NULL OR claimed_at < ?) ORDER BY created_at")
                .params(cutoff, cutoff).query(String.class).list();
    }

    /** As {@link #handOver}, if the mail is still stale: of the nodes that sweep at once, one hands it over. */
    @Transactional
    public boolean handOverIfStale(String id, LocalDateTime cutoff) {
        return startDeliveryIfTaken(id, jdbc.sql("UPDATE mail_outbox SET handed_over_at = ? WHERE id = ? AND sent_at IS NULL "
                        + "AND handed_over_at IS NULL AND (claimed_at IS NULL OR claimed_at < ?)")
                .params(LocalDateTime.now(clock), id, cutoff).update());
    }

    /** {@code taken}: rows the hand-over's conditional update changed; one means this node hands the mail over. */
    private boolean startDeliveryIfTaken(String id, int taken) {
        if (taken == 0) {
            return false;
        }
        startDelivery(id);
        return true;
    }

    private void startDelivery(String id) {
        String applicationNo = jdbc.sql("SELECT application_no FROM mail_outbox WHERE id = ?").param(id)
                .query(String.class).optional().orElse(null);
        startDelivery(id, applicationNo);
    }

    private void startDelivery(String id, String applicationNo) {
        runtimeService.startProcessInstanceByKey(DELIVERY_PROCESS, applicationNo,
                Variables.createVariables().putValue(MAIL_ID, id));
    }
}

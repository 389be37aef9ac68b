package cn.guanbiao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * As configured for operation ({@code app.mail.send-after-commit=true}): an e-mail is sent as soon as its transaction
 * commits, without a process instance; what cannot be sent so goes to process {@code mail-delivery}, at once after a
 * failure, or through the sweep when its node never got to it.
 */
@AwardSpringTest
@TestPropertySource(properties = "app.mail.send-after-commit=true")
class MailSentAfterCommitTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup());

    @Autowired MailOutbox outbox;
    @Autowired AfterCommitMailSender sender;
    @Autowired StaleMailSweep sweep;
    @Autowired MailSettings settings;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired Clock clock;

    @BeforeEach
    void nothingStaleFromOtherTests() {
        jdbc.sql("UPDATE mail_outbox SET handed_over_at = created_at WHERE sent_at IS NULL AND handed_over_at IS NULL")
                .update();
    }

    @Test
    void mailIsSentRightAfterItsTransactionCommitsWithoutAProcessInstance() throws Exception {
        // when
        String id = outbox.queue("GB-2026-900001", "applicant@example.com", "主题", "<p>正文</p>", "正文");
        sender.awaitIdle(WAIT);

        // then
        assertThat(receivedMailIds()).containsExactly(id);
        assertThat(jdbc.sql("SELECT sent_by FROM mail_outbox WHERE id = ? AND sent_at IS NOT NULL").param(id)
                .query(String.class).single()).isEqualTo(engineHostname());
        assertThat(deliveries(id)).isZero();
    }

    @Test
    void nothingIsSentWhenTheTransactionRollsBack() throws Exception {
        // when
        String id = transaction.execute(status -> {
            String queued = outbox.queue("GB-2026-900002", "applicant@example.com", "主题", "<p>正文</p>", "正文");
            status.setRollbackOnly();
            return queued;
        });
        sender.awaitIdle(WAIT);

        // then
        assertThat(receivedMailIds()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(deliveries(id)).isZero();
    }

    @Test
    void aFailedAttemptIsHandedToMailDeliveryAtOnce() throws Exception {
        // given: nothing listens where the mail server should be
        int original = mailSender.getPort();
        String id;
        try (ServerSocket closed = new ServerSocket(0)) {
            mailSender.setPort(closed.getLocalPort());
            closed.close();

            // when
            id = outbox.queue("GB-2026-900003", "applicant@example.com", "主题", "<p>正文</p>", "正文");
            sender.awaitIdle(WAIT);
        } finally {
            mailSender.setPort(original);
        }

        // then: unsent, and mail-delivery has it (its retries, then an incident, as MailDeliveryProcessTest shows)
        assertThat(outbox.unsent(id)).isPresent();
        assertThat(deliveries(id)).isOne();
        assertThat(outbox.handOver(id)).as("handed over once only").isFalse();

        // when: its job runs with the server back
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(MailOutbox.DELIVERY_PROCESS).variableValueEquals(MailOutbox.MAIL_ID, id)
                .singleResult().getId();
        engine.getManagementService().executeJob(
                engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult().getId());

        // then
        assertThat(outbox.unsent(id)).isEmpty();
        assertThat(receivedMailIds()).containsExactly(id);
    }

    @Test
    void theSweepHandsOverWhatNobodySentAndNothingElse() {
        // given: mails as a dead node, a busy one and the other paths leave them
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime longAgo = now.minus(settings.handOverAfter()).minusMinutes(1);
        String neverClaimed = row(longAgo, null, null, null);
        String diedWhileSending = row(longAgo, longAgo, null, null);
        String beingSentNow = row(longAgo, now.minusSeconds(5), null, null);
        String justQueued = row(now, null, null, null);
        String sent = row(longAgo, longAgo, null, longAgo);
        String handedOver = row(longAgo, null, longAgo, null);

        // when
        int first = sweep.sweep();
        int second = sweep.sweep();

        // then
        assertThat(first).isEqualTo(2);
        assertThat(second).isZero();
        assertThat(deliveries(neverClaimed)).isOne();
        assertThat(deliveries(diedWhileSending)).isOne();
        for (String untouched : List.of(beingSentNow, justQueued, sent, handedOver)) {
            assertThat(deliveries(untouched)).as(untouched).isZero();
        }
    }

    @Test
    void nodesSweepingAtOnceHandEachMailOverOnce() throws Exception {
        // given
        LocalDateTime longAgo = LocalDateTime.now(clock).minus(settings.handOverAfter()).minusMinutes(1);
        List<String> stale = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            stale.add(row(longAgo, null, null, null));
        }

        // when: four sweeps at the same moment, as four nodes would
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        List<Future<Integer>> sweeps;
        try {
            sweeps = nodes.invokeAll(List.<Callable<Integer>>of(sweep::sweep, sweep::sweep, sweep::sweep, sweep::sweep));
        } finally {
            nodes.shutdown();
        }

        // then
        int handedOver = 0;
        for (Future<Integer> each : sweeps) {
            handedOver += each.get();
        }
        assertThat(handedOver).isEqualTo(stale.size());
        assertThat(stale).allSatisfy(id -> assertThat(deliveries(id)).isOne());
    }

    private String row(LocalDateTime created, LocalDateTime claimed, LocalDateTime handedOver, LocalDateTime sentAt) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO mail_outbox (id, application_no, recipient, subject, html_body, text_body, created_at, "
                        + "claimed_at, handed_over_at, sent_at) VALUES (?, 'GB-2026-900009', 'a@example.com', '主题', "
                        + "'<p>正文</p>', '正文', ?, ?, ?, ?)")
                .params(id, created, claimed, handedOver, sentAt).update();
        return id;
    }

    private long deliveries(String mailId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MailOutbox.DELIVERY_PROCESS)
                .variableValueEquals(MailOutbox.MAIL_ID, mailId).count();
    }

    private String engineHostname() {
        return ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getHostname();
    }

    private static List<String> receivedMailIds() {
        return Arrays.stream(smtp.getReceivedMessages()).map(MailSentAfterCommitTest::mailId).toList();
    }

    private static String mailId(MimeMessage message) {
        try {
            return message.getHeader(MimeMessages.MAIL_ID_HEADER)[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

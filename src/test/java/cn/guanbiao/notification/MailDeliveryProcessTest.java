package cn.guanbiao.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Every status change e-mails the applicant in Chinese, over a real SMTP conversation (GreenMail). */
@AwardSpringTest
class MailDeliveryProcessTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup());

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired MailOutbox outbox;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired JdbcClient jdbc;

    /** The failedJobRetryTimeCycle of Task_SendMail in mail-delivery.bpmn. */
    static final List<Duration> RETRY_CYCLE = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4));

    String callId;

    @BeforeEach
    void openCall() {
        AbstractAssertions.init(engine);
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void applicantReceivesAChineseMailForEachStatusChange() throws Exception {
        // given
        var json = Applicants.enterprise(callId);
        json.put("contactEmail", "applicant-" + System.nanoTime() + "@example.com");
        String no = driver.submit(json).applicationNo();

        // when
        int delivered = driver.deliverMails(no);

        // then: SUBMITTED and IN_REVIEW
        assertThat(delivered).isGreaterThanOrEqualTo(2);
        MimeMessage[] received = smtp.getReceivedMessagesForDomain("example.com");
        assertThat(Arrays.stream(received).filter(m -> addressedTo(m, json.get("contactEmail").asText())))
                .extracting(MimeMessage::getSubject)
                .anySatisfy(subject -> assertThat(subject).contains(no).contains("已受理"))
                .anySatisfy(subject -> assertThat(subject).contains(no).contains("审核"));
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
    }

    @Test
    void failingSmtpServerIsRetriedThenShowsAsAnIncidentAndNothingIsLost() throws Exception {
        // given: the SMTP server is down when the mail is sent
        smtp.stop();
        var json = Applicants.enterprise(callId);
        String no = driver.submit(json).applicationNo();
        ManagementService management = engine.getManagementService();
        String delivery = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(MailOutbox.DELIVERY_PROCESS).processInstanceBusinessKey(no).list().get(0).getId();
        Job job = management.createJobQuery().processInstanceId(delivery).singleResult();

        // when: the first attempt fails, and so does the last retry
        assertThatThrownBy(() -> management.executeJob(job.getId()));
        Job retried = management.createJobQuery().jobId(job.getId()).singleResult();
        management.setJobRetries(job.getId(), 1);
        assertThatThrownBy(() -> management.executeJob(job.getId()));

        // then: the process was not rolled back, the mail waits in the outbox, Cockpit shows an incident
        assertThat(retried.getRetries()).isGreaterThan(0);
        assertThat(retried.getDuedate()).isAfter(new java.util.Date());
        assertThat(engine.getRuntimeService().createIncidentQuery()
                .processInstanceId(job.getProcessInstanceId()).count()).isEqualTo(1);
        assertThat(driver.process(no).getId()).isNotNull();
        assertThat(outbox.unsent(MailDeliveryVariables.of(engine.getRuntimeService()
                .getVariables(job.getProcessInstanceId())).mailId())).isPresent();

        // when: the server is back and an administrator retries the incident
        smtp.start();
        management.setJobRetries(job.getId(), 1);
        management.executeJob(job.getId());

        // then: sent; its attempts stay in history (failed ones, the successful one, the incident), cleaned up in 180 days
        assertThat(smtp.getReceivedMessages()).isNotEmpty();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count())
                .isZero();
        var history = engine.getHistoryService();
        assertThat(history.createHistoricIncidentQuery().processInstanceId(delivery).singleResult().getRemovalTime())
                .isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(179))));
        assertThat(history.createHistoricJobLogQuery().processInstanceId(delivery).failureLog().count()).isEqualTo(2);
        assertThat(history.createHistoricJobLogQuery().processInstanceId(delivery).successLog().count())
                .as("the successful attempt: which node sent it, when").isOne();
        assertThat(history.createHistoricJobLogQuery().processInstanceId(delivery).creationLog().count())
                .as("routine history of mail-delivery is not kept").isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(delivery).count()).isZero();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // a send that hangs fails here instead of blocking the build
    void hangingSmtpServerTimesOutIsRetriedWithBackoffThenShowsAsAnIncidentAndIsDeliveredWhenBack() throws Exception {
        ManagementService management = engine.getManagementService();
        String mailId;
        String jobId;
        try (HangingSmtpServer hanging = HangingSmtpServer.start(); SmtpAim aim = aimSmtpAt(hanging.port())) {
            // given: the SMTP server accepts connections and never answers
            String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
            mailId = applicantMail(no, "已受理");
            jobId = deliveryJob(mailId).getId();
            Date now = Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS));
            ClockUtil.setCurrentTime(now);

            // when: every attempt runs into the read timeout; each failure puts the job off by the next interval
            List<Integer> retriesLeft = new ArrayList<>();
            List<Duration> backoff = new ArrayList<>();
            for (int attempt = 0; attempt < RETRY_CYCLE.size(); attempt++) {
                assertThatThrownBy(() -> management.executeJob(jobId)).isInstanceOf(MailDeliveryException.class);
                Job retried = management.createJobQuery().jobId(jobId).singleResult();
                retriesLeft.add(retried.getRetries());
                backoff.add(Duration.between(now.toInstant(), retried.getDuedate().toInstant()));
                assertThat(management.createJobQuery().jobId(jobId).executable().count())
                        .as("not due before its backoff has passed").isZero();
                now = retried.getDuedate();
                ClockUtil.setCurrentTime(now);
                assertThat(management.createJobQuery().jobId(jobId).executable().count()).as("due after it").isOne();
            }
            assertThatThrownBy(() -> management.executeJob(jobId)).isInstanceOf(MailDeliveryException.class);

            // then: retried on the BPMN's cycle, then an incident as Cockpit shows it; the mail still waits
            assertThat(backoff).containsExactlyElementsOf(RETRY_CYCLE);
            assertThat(retriesLeft).containsExactly(5, 4, 3, 2, 1);
            assertThat(hanging.connections()).isEqualTo(RETRY_CYCLE.size() + 1);
            Job failed = management.createJobQuery().jobId(jobId).singleResult();
            assertThat(failed.getRetries()).isZero();
            Incident incident = engine.getRuntimeService().createIncidentQuery()
                    .processInstanceId(failed.getProcessInstanceId()).singleResult();
            assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
            assertThat(incident.getConfiguration()).isEqualTo(jobId);
            assertThat(incident.getIncidentMessage()).contains(mailId).contains("发送失败").contains("timed out");
            assertThat(outbox.unsent(mailId)).isPresent();
        } finally {
            ClockUtil.reset();
        }

        // when: the server is back and an administrator retries the incident, as Cockpit does
        management.setJobRetries(jobId, 1);
        management.executeJob(jobId);

        // then
        assertThat(outbox.unsent(mailId)).isEmpty();
        assertThat(jdbc.sql("SELECT sent_at FROM mail_outbox WHERE id = ?").param(mailId).query(Object.class).single())
                .isNotNull();
        assertThat(engine.getRuntimeService().createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                .configuration(jobId).count()).isZero();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryProcessTest::mailId)).containsExactly(mailId);
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void applicationMovesOnWhileTheSmtpServerHangs() throws Exception {
        String no;
        try (HangingSmtpServer hanging = HangingSmtpServer.start(); SmtpAim aim = aimSmtpAt(hanging.port())) {
            // given: an application at DistrictReview, and its first e-mail stuck on a server that does not answer
            no = driver.submit(Applicants.enterprise(callId)).applicationNo();
            String jobId = deliveryJob(applicantMail(no, "已受理")).getId();
            CompletableFuture<Void> hangingSend = CompletableFuture.runAsync(
                    () -> engine.getManagementService().executeJob(jobId));
            assertThat(hanging.awaitConnection(30)).as("the send reached the hanging server").isTrue();

            // when: the district reviewer decides meanwhile
            driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "材料齐全"));

            // then: the application went on; its mails wait in the outbox; the stuck send failed on its own timeout
            assertThat(driver.process(no)).isWaitingAt("DepartmentReview");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE application_no = ? AND sent_at IS NULL")
                    .param(no).query(Integer.class).single()).isGreaterThanOrEqualTo(3);
            assertThatThrownBy(hangingSend::join).hasCauseInstanceOf(MailDeliveryException.class);
            assertThat(engine.getManagementService().createJobQuery().jobId(jobId).singleResult().getRetries())
                    .isEqualTo(5);
        }
        driver.deliverMails(no);
    }

    /** Points the context's mail sender at another port until closed (then back at GreenMail). */
    private SmtpAim aimSmtpAt(int port) {
        int original = mailSender.getPort();
        mailSender.setPort(port);
        return () -> mailSender.setPort(original);
    }

    interface SmtpAim extends AutoCloseable {
        @Override
        void close();
    }

    private String applicantMail(String applicationNo, String subjectPart) {
        return jdbc.sql("SELECT id FROM mail_outbox WHERE application_no = ? AND recipient = 'zhangsan@example.com' "
                        + "AND subject LIKE ?")
                .params(applicationNo, "%" + subjectPart + "%").query(String.class).single();
    }

    private Job deliveryJob(String mailId) {
        String instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(MailOutbox.DELIVERY_PROCESS).variableValueEquals(MailOutbox.MAIL_ID, mailId)
                .singleResult().getId();
        return engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    }

    private static String mailId(MimeMessage message) {
        try {
            return message.getHeader(MimeMessages.MAIL_ID_HEADER)[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

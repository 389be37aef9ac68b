package cn.guanbiao.notification;

import java.util.Arrays;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every status change e-mails the applicant in Chinese, over a real SMTP conversation (GreenMail). */
@AwardSpringTest
class MailDeliveryProcessTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup());

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired MailOutbox outbox;

    String callId;

    @BeforeEach
    void openCall() {
        AbstractAssertions.init(engine);
        callId = driver.openCall("1000000").callId();
        driver.deliverMails();
        smtp.reset();
    }

    @Test
    void applicantReceivesAChineseMailForEachStatusChange() throws Exception {
        // given
        var json = Applicants.enterprise(callId);
        json.put("contactEmail", "applicant-" + System.nanoTime() + "@example.com");
        String no = driver.submit(json).applicationNo();

        // when
        int delivered = driver.deliverMails();

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
        assertThat(outbox.unsent(engine.getRuntimeService()
                .getVariable(job.getProcessInstanceId(), MailOutbox.MAIL_ID).toString())).isPresent();

        // when: the server is back and an administrator retries the incident
        smtp.start();
        management.setJobRetries(job.getId(), 1);
        management.executeJob(job.getId());

        // then
        assertThat(smtp.getReceivedMessages()).isNotEmpty();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count())
                .isZero();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

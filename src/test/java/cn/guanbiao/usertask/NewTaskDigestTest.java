package cn.guanbiao.usertask;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.guanbiao.calendar.WorkingDays;
import cn.guanbiao.notification.MailOutbox;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.TestSmtp;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officials hear of new tasks in one e-mail each working morning (the default), or one per task (immediate mode, the
 * shared test context's); reminders and escalations go at once either way. The mode is switched here on the shared
 * context's {@link NewTaskMails} and put back after each test.
 */
@AwardSpringTest
class NewTaskDigestTest {

    private static final String DISTRICT_GROUP = "district-500112";
    private static final String DISTRICT_REVIEWER = "reviewer-500112@guanbiao.example";
    private static final String DIGEST_SUBJECT = "新的审核任务汇总";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup());

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired JdbcClient jdbc;
    @Autowired NewTaskMails newTaskMails;
    @Autowired NewTaskDigest digest;
    @Autowired WorkingDays workingDays;

    String callId;

    @BeforeEach
    void startAfterTheTasksOfEarlierTests() {
        callId = driver.openCall("1000000").callId();
        // in immediate mode a run only moves the covered span on: the next digest lists only this test's tasks
        newTaskMails.switchTo(NewTaskMails.Mode.IMMEDIATE);
        assertThat(digest.run(dayAfterLastDigest(true))).isZero();
        newTaskMails.switchTo(NewTaskMails.Mode.DIGEST);
    }

    @AfterEach
    void backToTheSharedContextsMode() {
        newTaskMails.switchTo(NewTaskMails.Mode.IMMEDIATE);
    }

    @Test
    void inDigestModeANewTaskMailsNobodyAndTheMorningDigestListsItOncePerMember() throws MessagingException {
        // given: a second member in the group, for the time of this test
        IdentityService identity = engine.getIdentityService();
        User colleague = identity.newUser("digest-colleague");
        colleague.setFirstName("李娜");
        colleague.setEmail("digest-colleague@guanbiao.example");
        identity.saveUser(colleague);
        identity.createMembership(colleague.getId(), DISTRICT_GROUP);
        try {
            digestListsTheNewTasksOncePerMember();
        } finally {
            identity.deleteUser(colleague.getId());
        }
    }

    private void digestListsTheNewTasksOncePerMember() throws MessagingException {
        String first = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String second = driver.submit(Applicants.enterprise(callId)).applicationNo();
        assertThat(mailsAbout(first)).as("no mail per task").noneMatch(s -> s.contains("新的审核任务"));

        // when
        int queued = digest.run(dayAfterLastDigest(true));

        // then: one mail per member of the group, listing both tasks
        List<String> members = emailsOfMembers(DISTRICT_GROUP);
        assertThat(members).contains(DISTRICT_REVIEWER, "digest-colleague@guanbiao.example");
        List<String> digests = digestsSinceAndListing(first);
        assertThat(digests).hasSize(members.size()).containsExactlyInAnyOrderElementsOf(members);
        assertThat(queued).isGreaterThanOrEqualTo(members.size());
        String text = jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? AND subject LIKE ? AND text_body LIKE ?")
                .params(DISTRICT_REVIEWER, "%" + DIGEST_SUBJECT + "%", "%" + first + "%").query(String.class).single();
        assertThat(text).contains(first, second, "区县初审", "办理期限", "/camunda/app/tasklist/default/#/?task=");

        // and delivered through mail-delivery like every other mail
        deliverDigestTo(DISTRICT_REVIEWER, first);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains(DIGEST_SUBJECT).contains("共2项");
        assertThat(Arrays.stream(received[0].getAllRecipients()).map(Object::toString)).containsExactly(DISTRICT_REVIEWER);

        // when: the next working day's digest, with no task created since
        assertThat(digest.run(dayAfterLastDigest(true))).isZero();
        assertThat(digestsSinceAndListing(first)).hasSize(members.size());
    }

    @Test
    void theDigestOfADayGoesOutOnce() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        LocalDate day = dayAfterLastDigest(true);
        assertThat(digest.run(day)).isPositive();

        // when: that day again (another node, or a second run)
        driver.submit(Applicants.enterprise(callId));
        int again = digest.run(day);

        // then
        assertThat(again).isZero();
        assertThat(digestsSinceAndListing(no)).hasSize(emailsOfMembers(DISTRICT_GROUP).size());
    }

    @Test
    void inImmediateModeEachNewTaskIsMailedAtOnceAndTheDigestSendsNothing() {
        // given
        newTaskMails.switchTo(NewTaskMails.Mode.IMMEDIATE);

        // when
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();

        // then
        assertThat(mailsTo(no, DISTRICT_REVIEWER)).anySatisfy(s -> assertThat(s).contains("新的审核任务").contains("区县初审"));
        assertThat(digest.run(dayAfterLastDigest(true))).isZero();
        assertThat(digestsSinceAndListing(no)).isEmpty();
    }

    @Test
    void inDigestModeRemindersAndEscalationsStillGoAtOnce() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        ProcessInstance instance = driver.process(no);

        // when
        driver.fireTimer(instance.getId(), "Event_DistrictReviewDueSoon");
        driver.fireTimer(instance.getId(), "Event_DistrictReviewOverdue");

        // then
        assertThat(mailsTo(no, DISTRICT_REVIEWER)).anySatisfy(s -> assertThat(s).contains("即将到期"))
                .noneSatisfy(s -> assertThat(s).contains("新的审核任务"));
        assertThat(mailsTo(no, "municipal@guanbiao.example")).anySatisfy(s -> assertThat(s).contains("已逾期"));
    }

    @Test
    void noDigestOnADayOffAndTheNextWorkingDayListsItsTasks() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        LocalDate dayOff = dayAfterLastDigest(false);

        // when
        int onTheDayOff = digest.run(dayOff);

        // then
        assertThat(onTheDayOff).isZero();
        assertThat(digestsSinceAndListing(no)).isEmpty();
        assertThat(digest.run(dayAfterLastDigest(true))).isPositive();
        assertThat(digestsSinceAndListing(no)).hasSize(emailsOfMembers(DISTRICT_GROUP).size());
    }

    /** Mail rows written for one application's whole life, to 已拨付, in each mode (docs/performance.md). */
    @Test
    void theDigestWritesFewerMailRowsPerApplication() {
        // given
        newTaskMails.switchTo(NewTaskMails.Mode.IMMEDIATE);
        long immediate = mailRowsOf(driver.pay(Applicants::enterprise));
        newTaskMails.switchTo(NewTaskMails.Mode.DIGEST);

        // when
        long digestMode = mailRowsOf(driver.pay(Applicants::enterprise));

        // then
        System.out.printf("mail_outbox rows per application to 已拨付: immediate %d, digest %d%n", immediate, digestMode);
        assertThat(digestMode).isLessThan(immediate);
    }

    /** The next working day (or day off) after the last digest's, or after today before the first one. */
    private LocalDate dayAfterLastDigest(boolean working) {
        LocalDate last = jdbc.sql("SELECT last_run_on FROM new_task_digest WHERE id = 1").query(LocalDate.class).optional()
                .orElse(null);
        LocalDate day = (last == null || last.isBefore(workingDays.today()) ? workingDays.today() : last).plusDays(1);
        while (workingDays.isWorkingDay(day) != working) {
            day = day.plusDays(1);
        }
        return day;
    }

    private List<String> emailsOfMembers(String group) {
        return engine.getIdentityService().createUserQuery().memberOfGroup(group).list().stream().map(User::getEmail)
                .filter(e -> e != null && !e.isBlank()).toList();
    }

    /** Recipients of the digests that list the application. */
    private List<String> digestsSinceAndListing(String applicationNo) {
        return jdbc.sql("SELECT recipient FROM mail_outbox WHERE application_no IS NULL AND subject LIKE ? AND text_body LIKE ?")
                .params("%" + DIGEST_SUBJECT + "%", "%" + applicationNo + "%").query(String.class).list();
    }

    private void deliverDigestTo(String recipient, String listing) {
        String mailId = jdbc.sql("SELECT id FROM mail_outbox WHERE recipient = ? AND subject LIKE ? AND text_body LIKE ?")
                .params(recipient, "%" + DIGEST_SUBJECT + "%", "%" + listing + "%").query(String.class).single();
        ProcessInstance delivery = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(MailOutbox.DELIVERY_PROCESS).variableValueEquals(MailOutbox.MAIL_ID, mailId).singleResult();
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(delivery.getId()).executable().list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    private long mailRowsOf(String applicationNo) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE application_no = ?").param(applicationNo).query(Long.class).single();
    }

    private List<String> mailsAbout(String applicationNo) {
        return jdbc.sql("SELECT subject FROM mail_outbox WHERE application_no = ?").param(applicationNo).query(String.class).list();
    }

    private List<String> mailsTo(String caseNo, String recipient) {
        return jdbc.sql("SELECT subject FROM mail_outbox WHERE application_no = ? AND recipient = ?")
                .params(caseNo, recipient).query(String.class).list();
    }
}

package cn.guanbiao.complaint;

import cn.guanbiao.platform.CommonVariables;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.recovery.FundRecoveries;
import cn.guanbiao.recovery.RecoveryVariables;
import cn.guanbiao.reference.CertificationBodyFindings;
import cn.guanbiao.usertask.DueDates;
import cn.guanbiao.usertask.ReviewerRelations;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.TestSmtp;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * complaint-handling: the municipal office verifies each complaint within its due date; confirmed about an award →
 * fund-recovery, confirmed about a body → a finding against it; the complainant who left an address is told.
 */
@AwardSpringTest
class ComplaintHandlingProcessTest {

    private static final String TASK = ComplaintVariables.TASK_KEY;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup());

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired ComplaintFixtures fixtures;
    @Autowired ComplaintIntake intake;
    @Autowired Complaints complaints;
    @Autowired CertificationBodyFindings findings;
    @Autowired FundRecoveries recoveries;
    @Autowired ReviewerRelations relations;
    @Autowired DueDates dueDates;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @Test
    void complaintWaitsForVerificationByTheMunicipalOfficeWithItsDueDate() {
        // when
        String ref = intake.submit(ComplaintFixtures.aboutBody(Applicants.APPROVED_BODY)).referenceNo();

        // then
        ProcessInstance instance = fixtures.process(ref);
        assertThat(instance).isWaitingAt(TASK);
        Task task = driver.task(ref, TASK);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("municipal-ip-office");
        assertThat(task.getDueDate()).isEqualTo(dueDates.of(TASK));
        assertThat(dueDates.getDueWorkingDays()).containsEntry(TASK, 15);
        assertThat(timer(instance, "Event_ComplaintVerificationOverdue").getDuedate()).isEqualTo(task.getDueDate());
        assertThat(timer(instance, "Event_ComplaintVerificationDueSoon").getDuedate()).isEqualTo(dueDates.reminderOf(TASK))
                .isBefore(task.getDueDate());
        assertThat(mailsTo(ref, "municipal@guanbiao.example")).anySatisfy(s -> assertThat(s).contains("新的审核任务").contains("投诉核查"));
    }

    @Test
    void confirmedComplaintAboutAnAwardStartsItsRecoveryWithTheComplaintAsSource() {
        // given
        String applicationNo = fixtures.paidAward();
        String ref = intake.submit(ComplaintFixtures.aboutAward(applicationNo)).referenceNo();

        // when
        driver.complete(ref, TASK, "municipal", Map.of("decision", "CONFIRMED", "findings", "经现场核实，审核当天该单位停工，审核记录系代写。"));

        // then
        assertThat(fixtures.process(ref)).hasPassedInOrder(TASK, "Gateway_AwardPaid", "Task_StartRecovery", "Task_NotifyComplainant")
                .hasNotPassed("Task_RecordBodyFinding", "Task_RejectUnpaidAward").isEnded();
        ProcessInstance recovery = recoveries.running(applicationNo).orElseThrow();
        assertThat(recovery).isWaitingAt("RecoveryDecision").variables()
                .containsEntry(CommonVariables.APPLICATION_NO, applicationNo)
                .containsEntry(RecoveryVariables.SOURCE, "COMPLAINT")
                .containsEntry(RecoveryVariables.SOURCE_REF, ref)
                .containsEntry(CommonVariables.FINDINGS, "经现场核实，审核当天该单位停工，审核记录系代写。");
        assertThat(recovery.getBusinessKey()).isEqualTo(applicationNo);
        assertThat(complaints.get(ref).recoveryProcessInstanceId()).isEqualTo(recovery.getId());
        assertThat(complaints.get(ref).status()).isEqualTo(ComplaintStatus.CONFIRMED);
    }

    @Test
    void secondConfirmedComplaintAboutTheSameAwardJoinsTheRecoveryUnderWay() {
        // given
        String applicationNo = fixtures.paidAward();
        String first = intake.submit(ComplaintFixtures.aboutAward(applicationNo)).referenceNo();
        String second = intake.submit(ComplaintFixtures.aboutAward(applicationNo)).referenceNo();
        driver.complete(first, TASK, "municipal", Map.of("decision", "CONFIRMED", "findings", "属实"));

        // when
        driver.complete(second, TASK, "municipal", Map.of("decision", "CONFIRMED", "findings", "同一问题，属实"));

        // then
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RecoveryVariables.PROCESS_KEY)
                .processInstanceBusinessKey(applicationNo).count()).isEqualTo(1);
        assertThat(complaints.get(second).recoveryProcessInstanceId()).isEqualTo(complaints.get(first).recoveryProcessInstanceId());
    }

    @Test
    void confirmedComplaintAboutABodyRecordsAFindingAgainstItAndStartsNoRecovery() {
        // given
        String ref = intake.submit(ComplaintFixtures.aboutBody(Applicants.BODY_NOT_ON_FILING_LIST)).referenceNo();

        // when
        driver.complete(ref, TASK, "municipal", Map.of("decision", "CONFIRMED", "findings", "该机构对同一企业既辅导又认证，属实。"));

        // then
        assertThat(fixtures.process(ref)).hasPassedInOrder(TASK, "Task_RecordBodyFinding", "EndEvent_ClosedWithoutReply")
                .hasNotPassed("Task_StartRecovery", "Task_NotifyComplainant").isEnded();
        assertThat(findings.all()).filteredOn(f -> ref.equals(f.sourceRef())).singleElement().satisfies(f -> {
            assertThat(f.certificationBody()).isEqualTo(Applicants.BODY_NOT_ON_FILING_LIST);
            assertThat(f.source()).isEqualTo(CertificationBodyFindings.Source.COMPLAINT);
            assertThat(f.findings()).isEqualTo("该机构对同一企业既辅导又认证，属实。");
            assertThat(f.recordedBy()).isEqualTo("municipal");
        });
        assertThat(complaints.get(ref).recoveryProcessInstanceId()).isNull();
    }

    @Test
    void unfoundedComplaintStartsNothingAndRecordsNothingButTheDecision() {
        // given
        String applicationNo = fixtures.paidAward();
        String ref = intake.submit(ComplaintFixtures.aboutAward(applicationNo)).referenceNo();

        // when: a REST client decides with the boolean
        driver.complete(ref, TASK, "municipal", Map.of("confirmed", false, "findings", "调取审核记录，现场审核照片与时间一致，不属实。"));

        // then
        assertThat(fixtures.process(ref)).hasPassedInOrder(TASK, "Gateway_PaymentWaiting", "Task_NotifyComplainant",
                "EndEvent_ComplainantTold").hasNotPassed("Task_StartRecovery", "Task_RecordBodyFinding", "Task_ResumePayment").isEnded();
        assertThat(recoveries.running(applicationNo)).isEmpty();
        assertThat(findings.all()).noneMatch(f -> ref.equals(f.sourceRef()));
        Complaint decided = complaints.get(ref);
        assertThat(decided.status()).isEqualTo(ComplaintStatus.UNFOUNDED);
        assertThat(decided.decidedBy()).isEqualTo("municipal");
        assertThat(decided.decidedAt()).isNotNull();
        assertThat(decided.findings()).isEqualTo("调取审核记录，现场审核照片与时间一致，不属实。");
    }

    @Test
    void complainantWhoLeftAnAddressIsToldTheOutcomeInChineseByMail() throws Exception {
        // given
        String applicationNo = fixtures.paidAward();
        ObjectNode json = ComplaintFixtures.aboutAward(applicationNo);
        String address = json.get("contactEmail").asText();
        String ref = intake.submit(json).referenceNo();
        driver.deliverMails(ref);
        smtp.reset();

        // when
        driver.complete(ref, TASK, "municipal", Map.of("decision", "CONFIRMED", "findings", "审核记录系代写，属实。"));
        driver.deliverMails(ref);

        // then: one mail in the outbox, marked sent, and received over SMTP in Chinese
        assertThat(jdbc.sql("SELECT sent_at FROM mail_outbox WHERE application_no = ? AND recipient = ?")
                .params(ref, address).query(java.sql.Timestamp.class).list()).singleElement().isNotNull();
        List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).contains("投诉举报 " + ref).contains("已启动追回奖励资金程序");
        assertThat(plainText(received.get(0))).contains("李四：").contains(applicationNo).contains("审核记录系代写，属实。")
                .contains("已依法启动追回该单位奖励资金的程序");
    }

    @Test
    void anonymousComplaintEndsWithoutAnyMailToTheComplainant() {
        // given
        String ref = intake.submit(ComplaintFixtures.aboutBody(Applicants.APPROVED_BODY)).referenceNo();

        // when
        driver.complete(ref, TASK, "municipal", Map.of("decision", "UNFOUNDED", "findings", "查无实据。"));

        // then: the only mails about the complaint went to the officials who verify it
        assertThat(fixtures.process(ref)).hasPassed("EndEvent_ClosedWithoutReply").hasNotPassed("Task_NotifyComplainant").isEnded();
        List<String> officials = engine.getIdentityService().createUserQuery().memberOfGroup("municipal-ip-office").list()
                .stream().map(User::getEmail).toList();
        List<String> recipients = jdbc.sql("SELECT recipient FROM mail_outbox WHERE application_no = ?").param(ref)
                .query(String.class).list();
        assertThat(recipients).isNotEmpty().allSatisfy(r -> assertThat(officials).contains(r));
    }

    @Test
    void verificationWithoutFindingsIsRefusedAndTheTaskStays() {
        // given
        String ref = intake.submit(ComplaintFixtures.aboutBody(Applicants.APPROVED_BODY)).referenceNo();
        Task task = driver.task(ref, TASK);

        // when / then
        assertThatThrownBy(() -> driver.as("municipal", () -> engine.getTaskService().complete(task.getId(),
                Map.of("decision", "UNFOUNDED", "findings", "  "))))
                .hasMessageContaining("核查情况");
        assertThatThrownBy(() -> driver.as("municipal", () -> engine.getTaskService().complete(task.getId(),
                Map.of("findings", "没有结论"))))
                .hasMessageContaining("核查结论");
        assertThat(fixtures.process(ref)).isWaitingAt(TASK);
        assertThat(complaints.get(ref).status()).isEqualTo(ComplaintStatus.IN_VERIFICATION);
        assertThat(complaints.get(ref).decidedBy()).isNull();
    }

    @Test
    void officialRelatedToTheUnitCannotVerifyAComplaintAboutItsAward() {
        // given
        String applicationNo = fixtures.paidAward();
        String ref = intake.submit(ComplaintFixtures.aboutAward(applicationNo)).referenceNo();
        String creditCode = jdbc.sql("SELECT credit_code FROM application WHERE application_no = ?").param(applicationNo)
                .query(String.class).single();
        relations.add("admin", creditCode, "曾为该单位提供咨询服务");

        // when / then
        assertThatThrownBy(() -> driver.complete(ref, TASK, "admin", Map.of("decision", "UNFOUNDED", "findings", "不属实")))
                .hasMessageContaining("回避");
        assertThat(fixtures.process(ref)).isWaitingAt(TASK);
    }

    @Test
    void reminderGoesOutBeforeTheDueDateAndTheTaskStays() {
        // given
        String ref = intake.submit(ComplaintFixtures.aboutBody(Applicants.APPROVED_BODY)).referenceNo();
        ProcessInstance instance = fixtures.process(ref);

        // when
        driver.fireTimer(instance.getId(), "Event_ComplaintVerificationDueSoon");

        // then
        assertThat(instance).hasPassed("Task_RemindReviewers", "EndEvent_Reminded").isWaitingAt(TASK);
        assertThat(mailsTo(ref, "municipal@guanbiao.example")).anySatisfy(s -> assertThat(s).contains("即将到期").contains("投诉核查"));
    }

    @Test
    void overdueVerificationIsEscalatedAndStaysWhereItIs() {
        // given
        String ref = intake.submit(ComplaintFixtures.aboutBody(Applicants.APPROVED_BODY)).referenceNo();
        ProcessInstance instance = fixtures.process(ref);

        // when
        driver.fireTimer(instance.getId(), "Event_ComplaintVerificationOverdue");

        // then
        assertThat(instance).hasPassed("Task_EscalateOverdueTask", "EndEvent_Escalated").isWaitingAt(TASK);
        assertThat(mailsTo(ref, "municipal@guanbiao.example")).anySatisfy(s -> assertThat(s).contains("已逾期"));
    }

    @Test
    void timersGoWithTheTaskOnceItIsDone() {
        // given
        String ref = intake.submit(ComplaintFixtures.aboutBody(Applicants.APPROVED_BODY)).referenceNo();
        ProcessInstance instance = fixtures.process(ref);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().count()).isEqualTo(2);

        // when
        driver.complete(ref, TASK, "municipal", Map.of("decision", "UNFOUNDED", "findings", "查无实据。"));

        // then
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(instance).hasNotPassed("Task_RemindReviewers", "Task_EscalateOverdueTask").isEnded();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .timers().singleResult();
    }

    private List<String> mailsTo(String caseNo, String recipient) {
        return jdbc.sql("SELECT subject FROM mail_outbox WHERE application_no = ? AND recipient = ?")
                .params(caseNo, recipient).query(String.class).list();
    }

    /** The decoded text/plain part, however deeply nested. */
    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

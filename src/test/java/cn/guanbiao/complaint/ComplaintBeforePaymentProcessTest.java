package cn.guanbiao.complaint;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.call.AwardCalls;
import cn.guanbiao.notification.ComplaintMail;
import cn.guanbiao.payment.FundRelease;
import cn.guanbiao.account.Ledger;
import cn.guanbiao.recovery.FundRecoveries;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import cn.guanbiao.application.AwardApplicationVariables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Tip-offs before the money (投诉举报, R7): a complaint about an application in review or in notice is verified by the
 * municipal office while the application goes on; its payment waits only while the verification is open. Unfounded,
 * the payment goes on; confirmed, the application is rejected with the findings (there is no money to recover).
 */
@AwardSpringTest
class ComplaintBeforePaymentProcessTest {

    private static final String TASK = ComplaintVariables.TASK_KEY;
    private static final Map<String, Object> RELEASE = Map.of("approved", true, "comment", "同意拨付");

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired ComplaintFixtures fixtures;
    @Autowired ComplaintIntake intake;
    @Autowired Complaints complaints;
    @Autowired Applications applications;
    @Autowired AwardCalls calls;
    @Autowired Ledger ledger;
    @Autowired FundRelease fundRelease;
    @Autowired FundRecoveries recoveries;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    String callId;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void complaintInReviewIsShownToTheNextReviewersAndHoldsThePaymentUntilFoundUnfounded() {
        // given: a complaint about an application at its district review
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String ref = intake.submit(ComplaintFixtures.aboutAward(no)).referenceNo();
        assertThat(fixtures.process(ref)).isWaitingAt(TASK);

        // when: the reviews go on
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "材料齐全"));

        // then: the next reviewer's form shows the complaint, its content and that it is being verified
        assertThat(AwardApplicationVariables.of(engine.getTaskService().getVariables(driver.task(no, "DepartmentReview").getId()))
                .reviewSummary())
                .contains(ref).contains("该单位的认证审核未到现场").contains("核查中");

        // when: it goes through the notice and finance approves while the complaint is still being verified
        driver.complete(no, "DepartmentReview", "economy", Map.of("approved", true, "comment", "同意"));
        driver.complete(no, "MunicipalReview", "municipal", Map.of("approved", true, "comment", "同意"));
        driver.decideCall(callId);
        driver.fireTimer(driver.process(no).getId(), "Event_NoticePeriodOver");
        driver.complete(no, "FundReleaseApproval", "finance", RELEASE);

        // then: the payment waits
        assertThat(driver.process(no)).hasPassed("Task_CheckComplaints").isWaitingAt("Event_ComplaintsVerified")
                .hasNotPassed("Task_RecheckCredit", "Task_ReleaseFunds");
        assertThat(ledger.payment(no)).isEmpty();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.APPROVED_FOR_PAYMENT);

        // when: the verification finds it unfounded
        driver.complete(ref, TASK, "municipal", Map.of("decision", "UNFOUNDED", "findings", "调取现场审核照片和记录，审核确在现场进行，不属实。"));
        driver.runJobs(driver.process(no).getId());

        // then: the payment goes on, checked again, and is made once
        assertThat(fixtures.process(ref)).hasPassedInOrder(TASK, "Task_ResumePayment", "Task_NotifyComplainant")
                .hasNotPassed("Task_RejectUnpaidAward", "Task_StartRecovery").isEnded();
        assertThat(driver.process(no)).hasPassedInOrder("Event_ComplaintsVerified", "Task_CheckComplaints", "Task_RecheckCredit",
                "Task_ReleaseFunds", "EndEvent_Paid").isEnded();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.PAID);
        assertThat(ledger.payment(no)).isPresent();
    }

    @Test
    void confirmedComplaintAboutAnApplicationInReviewRejectsItAtOnceWithTheFindingsAndRecoversNothing() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        ObjectNode complaint = ComplaintFixtures.aboutAward(no);
        String ref = intake.submit(complaint).referenceNo();

        // when
        driver.complete(ref, TASK, "municipal", Map.of("decision", "CONFIRMED", "findings", "认证审核记录系咨询机构代写，属实。"));

        // then: the application is stopped where it was and rejected with the findings; no recovery, nothing paid
        assertThat(fixtures.process(ref)).hasPassedInOrder(TASK, "Gateway_AwardPaid", "Task_RejectUnpaidAward",
                "Task_NotifyComplainant").hasNotPassed("Task_StartRecovery", "Task_ResumePayment").isEnded();
        assertThat(driver.process(no)).hasPassed("StartEvent_ComplaintConfirmed", "Task_RejectForComplaint",
                "EndEvent_RejectedForComplaint").isEnded();
        assertThat(driver.task(no, "DistrictReview")).isNull();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(applications.get(no).statusReason()).contains("投诉举报经核查属实").contains(ref)
                .contains("认证审核记录系咨询机构代写，属实。");
        assertThat(recoveries.running(no)).isEmpty();
        assertThat(complaints.get(ref).recoveryProcessInstanceId()).isNull();
        assertThat(mails(no, "zhangsan@example.com")).anySatisfy(m -> assertThat(m).contains("不予奖励"));
        assertThat(mails(ref, complaint.get("contactEmail").asText()))
                .anySatisfy(m -> assertThat(m).contains(ComplaintMail.Outcome.CONFIRMED_UNPAID_AWARD.headline()));
    }

    @Test
    void confirmedComplaintFromTheNoticeEndsTheWaitingPaymentAndFreesTheBudget() {
        // given: a complaint about an award in public notice, and the payment waiting for its verification
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.passReviews(no);
        driver.decideCall(callId);
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
        String ref = intake.submit(ComplaintFixtures.aboutAward(no)).referenceNo();
        driver.fireTimer(driver.process(no).getId(), "Event_NoticePeriodOver");
        driver.complete(no, "FundReleaseApproval", "finance", RELEASE);
        assertThat(driver.process(no)).isWaitingAt("Event_ComplaintsVerified");

        // when
        driver.complete(ref, TASK, "municipal", Map.of("decision", "CONFIRMED", "findings", "发票系伪造，属实。"));

        // then
        assertThat(driver.process(no)).hasPassed("Task_RejectForComplaint").hasNotPassed("Task_ReleaseFunds").isEnded();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(ledger.payment(no)).isEmpty();
        assertThat(calls.get(callId).reserved()).isEqualByComparingTo("0");
    }

    @Test
    void confirmationNotYetDeliveredStopsThePaymentItselfWithTheFindings() {
        // given: the payment is about to run when a complaint is found true, before complaint-handling's next step
        String no = approvedForPayment();
        String ref = intake.submit(ComplaintFixtures.aboutAward(no)).referenceNo();
        driver.as("municipal", () -> engine.getTaskService().complete(driver.task(ref, TASK).getId(),
                Map.of("decision", "CONFIRMED", "findings", "认证证书系伪造，属实。")));

        // when
        driver.complete(no, "FundReleaseApproval", "finance", RELEASE);

        // then: rejected at the check before the money, with the findings
        assertThat(driver.process(no)).hasPassedInOrder("Task_CheckComplaints", "Task_RejectApplication")
                .hasNotPassed("Task_RecheckCredit", "Task_ReleaseFunds", "Event_ComplaintsVerified").isEnded();
        assertThat(applications.get(no).statusReason()).contains("投诉举报经核查属实").contains(ref).contains("认证证书系伪造，属实。");
        assertThat(ledger.payment(no)).isEmpty();

        // when: complaint-handling goes on
        driver.runJobs(fixtures.process(ref).getId());

        // then: nothing left to stop
        assertThat(fixtures.process(ref)).hasPassed("Task_RejectUnpaidAward").isEnded();
        assertThat(driver.process(no)).hasNotPassed("Task_RejectForComplaint");
    }

    @Test
    void paymentWithoutTheChecksInItsModelRefusesWhileAComplaintIsBeingVerified() {
        // given: a complaint about an application approved for payment (as an instance of an older version of the
        // process, which went from FundReleaseApproval straight to the payment, would meet it)
        String no = approvedForPayment();
        intake.submit(ComplaintFixtures.aboutAward(no));

        // when / then
        assertThatThrownBy(() -> fundRelease.release(no, null)).hasMessageContaining("未拨付")
                .hasMessageContaining("有投诉举报正在核查");
        assertThat(ledger.payment(no)).isEmpty();
    }

    @Test
    void confirmedComplaintAboutAnApplicationThatEndedMeanwhileChangesNothingMore() {
        // given: a complaint, then the district office rejects the application on its own
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String ref = intake.submit(ComplaintFixtures.aboutAward(no)).referenceNo();
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", false, "comment", "证书已过期"));

        // when
        driver.complete(ref, TASK, "municipal", Map.of("decision", "CONFIRMED", "findings", "属实。"));

        // then
        assertThat(fixtures.process(ref)).hasPassed("Task_RejectUnpaidAward").isEnded();
        assertThat(driver.process(no)).hasNotPassed("Task_RejectForComplaint");
        assertThat(applications.get(no).statusReason()).contains("证书已过期");
    }

    @Test
    void complaintAcceptedWhileThePaymentRunsIsSeenByIt() throws Exception {
        // given: an application approved for payment, and a complaint about it being taken in (not yet committed)
        String no = approvedForPayment();
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<String> complaint = threads.submit(() -> transactions.execute(status -> {
            String ref = intake.submit(ComplaintFixtures.aboutAward(no)).referenceNo();
            taken.countDown();
            await(commit);
            return ref;
        }));
        assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();

        // when: finance approves and the payment step runs meanwhile
        Future<?> payment = threads.submit(() -> driver.complete(no, "FundReleaseApproval", "finance", RELEASE));
        Thread.sleep(700);
        boolean paymentWaited = !payment.isDone();
        commit.countDown();
        complaint.get(10, TimeUnit.SECONDS);
        payment.get(30, TimeUnit.SECONDS);
        threads.shutdown();

        // then: the payment waited for the complaint's transaction and now waits for its verification
        assertThat(paymentWaited).as("the payment waits for the complaint being taken in").isTrue();
        assertThat(driver.process(no)).isWaitingAt("Event_ComplaintsVerified");
        assertThat(ledger.payment(no)).isEmpty();
    }

    private String approvedForPayment() {
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.passReviews(no);
        driver.decideCall(callId);
        driver.fireTimer(driver.process(no).getId(), "Event_NoticePeriodOver");
        assertThat(driver.process(no)).isWaitingAt("FundReleaseApproval");
        return no;
    }

    private List<String> mails(String caseNo, String recipient) {
        return jdbc.sql("SELECT subject || ' ' || text_body FROM mail_outbox WHERE application_no = ? AND recipient = ?")
                .params(caseNo, recipient).query(String.class).list();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

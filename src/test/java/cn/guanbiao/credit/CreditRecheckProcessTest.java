package cn.guanbiao.credit;

import java.math.BigDecimal;
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
import cn.guanbiao.call.CallOpening;
import cn.guanbiao.payment.FundRelease;
import cn.guanbiao.account.Ledger;
import cn.guanbiao.usertask.DueDates;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import cn.guanbiao.application.AwardApplicationVariables;
import cn.guanbiao.call.CallVariables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * R5, credit checked again: at the call's decision and right before money moves, in the step that pays. A unit listed
 * {@code SERIOUS_DISHONESTY} or {@code JOINT_PUNISHMENT} since its first check is rejected with the record as the
 * reason, its budget freed; one listed {@code ABNORMAL_OPERATION} goes to {@code PaymentCreditReview} first.
 */
@AwardSpringTest
class CreditRecheckProcessTest {

    private static final Map<String, Object> RELEASE = Map.of("approved", true, "comment", "同意拨付");

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired CallOpening callOpening;
    @Autowired CreditRecords creditRecords;
    @Autowired Applications applications;
    @Autowired AwardCalls calls;
    @Autowired Ledger ledger;
    @Autowired FundRelease fundRelease;
    @Autowired DueDates dueDates;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    String callId;

    @BeforeEach
    void openCall() {
        AbstractAssertions.init(engine);
        callId = driver.openCall("1000000").callId();
    }

    @ParameterizedTest
    @EnumSource(value = CreditListType.class, names = {"SERIOUS_DISHONESTY", "JOINT_PUNISHMENT"})
    void unitListedDuringTheNoticeIsRejectedBeforePaymentWithTheRecordAsReason(CreditListType listType) {
        // given: an application in public notice, its budget reserved, whose unit is then listed
        String no = inPublicNotice();
        creditRecords.add(creditCode(no), listType, "信用中国（重庆）2026年第12号");
        driver.fireTimer(driver.process(no).getId(), "Event_NoticePeriodOver");

        // when: finance approves the release
        driver.complete(no, "FundReleaseApproval", "finance", RELEASE);

        // then: no money, rejected automatically with the record, the reservation freed, the applicant told
        assertThat(driver.process(no)).hasPassedInOrder("FundReleaseApproval", "Task_CheckComplaints", "Task_RecheckCredit",
                "Task_RejectApplication").hasNotPassed("Task_ReleaseFunds", "PaymentCreditReview").isEnded();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(applications.get(no).statusReason()).contains("拨付前信用复核不通过").contains(listType.label())
                .contains("信用中国（重庆）2026年第12号");
        assertThat(ledger.payment(no)).isEmpty();
        assertThat(calls.get(callId).reserved()).isEqualByComparingTo("0");
        assertThat(calls.get(callId).paid()).isEqualByComparingTo("0");
        assertThat(mailsToApplicant(no)).anySatisfy(m -> assertThat(m).contains("不予奖励").contains(listType.label()));
    }

    @Test
    void unitWithoutNewRecordsIsPaidAfterTheRecheck() {
        // given
        String no = approvedForPayment();

        // when
        driver.complete(no, "FundReleaseApproval", "finance", RELEASE);

        // then
        assertThat(driver.process(no)).hasPassedInOrder("Task_CheckComplaints", "Task_RecheckCredit", "Task_ReleaseFunds",
                "EndEvent_Paid").hasNotPassed("PaymentCreditReview").isEnded();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.PAID);
    }

    @Test
    void abnormalOperationListedAfterTheCreditCheckGoesToAPersonBeforeAnyMoneyMoves() {
        // given
        String no = approvedForPayment();
        creditRecords.add(creditCode(no), CreditListType.ABNORMAL_OPERATION, "国家企业信用信息公示系统");

        // when
        driver.complete(no, "FundReleaseApproval", "finance", RELEASE);

        // then
        ProcessInstance instance = driver.process(no);
        assertThat(instance).hasPassed("Task_RecheckCredit").isWaitingAt("PaymentCreditReview");
        Task task = driver.task(no, "PaymentCreditReview");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("municipal-ip-office");
        assertThat(task.getDueDate()).isEqualTo(dueDates.of("PaymentCreditReview"));
        assertThat(task.getName()).isEqualTo("拨付前信用研判");
        assertThat(AwardApplicationVariables.of(engine.getTaskService().getVariables(task.getId())).reviewSummary())
                .contains("国家企业信用信息公示系统");
        assertThat(ledger.payment(no)).isEmpty();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.APPROVED_FOR_PAYMENT);
    }

    @Test
    void paymentCreditReviewIsRemindedBeforeItsDueDateAndEscalatedWhenOverdueLikeTheOtherReviews() {
        // given
        String no = approvedForPayment();
        creditRecords.add(creditCode(no), CreditListType.ABNORMAL_OPERATION, "国家企业信用信息公示系统");
        driver.complete(no, "FundReleaseApproval", "finance", RELEASE);
        String instanceId = driver.process(no).getId();

        // when
        driver.fireTimer(instanceId, "Event_PaymentCreditReviewDueSoon");
        driver.fireTimer(instanceId, "Event_PaymentCreditReviewOverdue");

        // then
        assertThat(driver.process(no)).hasPassed("Task_RemindReviewers", "Task_EscalateOverdueTask")
                .isWaitingAt("PaymentCreditReview");
        assertThat(jdbc.sql("SELECT subject FROM mail_outbox WHERE application_no = ? AND recipient = ?")
                .params(no, "municipal@guanbiao.example").query(String.class).list())
                .anySatisfy(m -> assertThat(m).contains("即将到期").contains("拨付前信用研判"))
                .anySatisfy(m -> assertThat(m).contains("已逾期"));
    }

    @Test
    void personWhoFindsTheNewRecordHarmlessLetsThePaymentGoOn() {
        // given
        String no = approvedForPayment();
        creditRecords.add(creditCode(no), CreditListType.ABNORMAL_OPERATION, "国家企业信用信息公示系统");
        driver.complete(no, "FundReleaseApproval", "finance", RELEASE);

        // when
        driver.complete(no, "PaymentCreditReview", "municipal", Map.of("approved", true, "comment", "已移出经营异常名录，继续拨付"));

        // then: checked again right before the money (nothing new since the person's decision), then paid once
        assertThat(driver.process(no)).hasPassedInOrder("PaymentCreditReview", "Task_CheckComplaints", "Task_RecheckCredit",
                "Task_ReleaseFunds", "EndEvent_Paid").isEnded();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(driver.process(no).getId())
                .activityId("PaymentCreditReview").count()).isOne();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.PAID);
        assertThat(ledger.payment(no)).isPresent();
    }

    @Test
    void personWhoFindsTheNewRecordSeriousRejectsWithTheirReasonAndTheBudgetIsFreed() {
        // given
        String no = approvedForPayment();
        creditRecords.add(creditCode(no), CreditListType.ABNORMAL_OPERATION, "国家企业信用信息公示系统");
        driver.complete(no, "FundReleaseApproval", "finance", RELEASE);

        // when
        driver.complete(no, "PaymentCreditReview", "municipal", Map.of("approved", false, "comment", "长期未按规定报送年报"));

        // then
        assertThat(driver.process(no)).hasPassed("PaymentCreditReview", "Task_RejectApplication")
                .hasNotPassed("Task_ReleaseFunds").isEnded();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(applications.get(no).statusReason()).contains("长期未按规定报送年报");
        assertThat(ledger.payment(no)).isEmpty();
        assertThat(calls.get(callId).reserved()).isEqualByComparingTo("0");
    }

    @Test
    void paymentCreditReviewIsDecidedOverTheEngineRestApiWithApprovedAndCommentOnly() {
        // given
        String no = approvedForPayment();
        creditRecords.add(creditCode(no), CreditListType.ABNORMAL_OPERATION, "国家企业信用信息公示系统");
        driver.complete(no, "FundReleaseApproval", "finance", RELEASE);
        String complete = "/engine-rest/task/" + driver.task(no, "PaymentCreditReview").getId() + "/complete";
        ApiClient api = new ApiClient(port);

        // when
        ObjectNode smuggling = decision(false, "不予奖励");
        ((ObjectNode) smuggling.get("variables")).putObject("applicationNo").put("value", "GB-1999-000001").put("type", "String");
        Response refused = api.as("municipal", "demo").post(complete, smuggling);
        Response decided = api.as("municipal", "demo").post(complete, decision(false, "列入经营异常名录未移出"));
        driver.runJobs(driver.process(no).getId());

        // then
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(204);
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(applications.get(no).statusReason()).contains("列入经营异常名录未移出");
    }

    @Test
    void recordAPersonAcceptedInTheCreditReviewDoesNotStopThePaymentAgain() {
        // given: a unit with an abnormal-operation record that CreditReview accepted after the reviews
        ObjectNode json = Applicants.enterprise(callId);
        creditRecords.add(json.get("creditCode").asText(), CreditListType.ABNORMAL_OPERATION, "国家企业信用信息公示系统");
        String no = driver.submit(json).applicationNo();
        driver.passReviews(no);
        driver.complete(no, "CreditReview", "municipal", Map.of("approved", true, "comment", "不影响奖励"));
        driver.decideCall(callId);
        driver.fireTimer(driver.process(no).getId(), "Event_NoticePeriodOver");

        // when
        driver.complete(no, "FundReleaseApproval", "finance", RELEASE);

        // then
        assertThat(driver.process(no)).hasPassed("Task_RecheckCredit", "Task_ReleaseFunds").hasNotPassed("PaymentCreditReview");
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.PAID);
    }

    @Test
    void listingCommittedWhileThePaymentRunsIsSeenByIt() throws Exception {
        // given: an application approved for payment, and a listing of its unit being recorded (not yet committed)
        String no = approvedForPayment();
        CountDownLatch added = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<?> listing = threads.submit(() -> transactions.executeWithoutResult(status -> {
            creditRecords.add(creditCode(no), CreditListType.SERIOUS_DISHONESTY, "最高人民法院失信被执行人名单");
            added.countDown();
            await(commit);
        }));
        assertThat(added.await(10, TimeUnit.SECONDS)).isTrue();

        // when: finance approves and the payment step runs meanwhile
        Future<?> payment = threads.submit(() -> driver.complete(no, "FundReleaseApproval", "finance", RELEASE));
        Thread.sleep(700);
        boolean paymentWaited = !payment.isDone();
        commit.countDown();
        listing.get(10, TimeUnit.SECONDS);
        payment.get(30, TimeUnit.SECONDS);
        threads.shutdown();

        // then: the payment waited for the listing's transaction and saw the record: nothing paid
        assertThat(paymentWaited).as("the payment waits for the listing of its unit").isTrue();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(ledger.payment(no)).isEmpty();
        assertThat(driver.process(no)).hasPassed("Task_RejectApplication").hasNotPassed("Task_ReleaseFunds");
    }

    @Test
    void paymentWithoutTheRecheckInItsModelRefusesToPayAListedUnit() {
        // given: an application approved for payment whose unit has been listed since (as an instance of an older
        // version of the process, which went from FundReleaseApproval straight to the payment, would find it)
        String no = approvedForPayment();
        creditRecords.add(creditCode(no), CreditListType.JOINT_PUNISHMENT, "追回程序 情节严重");

        // when / then
        assertThatThrownBy(() -> fundRelease.release(no, null)).hasMessageContaining("未拨付")
                .hasMessageContaining(CreditListType.JOINT_PUNISHMENT.label());
        assertThat(ledger.payment(no)).isEmpty();
        assertThat(calls.get(callId).paid()).isEqualByComparingTo("0");
    }

    @Test
    void unitListedBeforeTheCallsDecisionIsNotFundedButRejectedAndTheNextInMeritOrderTakesTheBudget() {
        // given: budget for one award; the earlier (first in merit order) unit is listed after its credit check
        callId = driver.openCall("25000").callId();
        String listed = submitted(callId);
        String next = submitted(callId);
        creditRecords.add(creditCode(listed), CreditListType.SERIOUS_DISHONESTY, "信用中国（重庆）2026年第13号");
        callOpening.close(callId);
        driver.runJobs(driver.instance(callId, "award-call").getId());

        // then: the list to approve shows it left out, with the reason
        String awardList = CallVariables.of(engine.getTaskService().getVariables(driver.task(callId, "ApproveAwardList").getId()))
                .awardList();
        assertThat(awardList).contains(listed).contains("审定奖励名单时信用核查不通过");

        // when
        driver.complete(callId, "ApproveAwardList", "municipal", Map.of("approved", true, "comment", "同意名单"));
        driver.runBatches();
        List.of(listed, next).forEach(no -> driver.runJobs(driver.process(no).getId()));

        // then
        assertThat(driver.process(listed)).hasPassedInOrder("Event_CallDecided", "Gateway_CreditAtDecision",
                "Task_RejectApplication").hasNotPassed("Task_MarkNotFunded", "Task_StartPublicNotice").isEnded();
        assertThat(driver.status(listed)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(applications.get(listed).statusReason()).contains("审定奖励名单时信用核查不通过")
                .contains(CreditListType.SERIOUS_DISHONESTY.label()).contains("信用中国（重庆）2026年第13号");
        assertThat(applications.get(listed).reservedAmount()).isNull();
        assertThat(driver.status(next)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
        assertThat(calls.get(callId).reserved()).isEqualByComparingTo(new BigDecimal("25000.00"));
        assertThat(mailsToApplicant(listed)).anySatisfy(m -> assertThat(m).contains("不予奖励"));
    }

    @Test
    void unitNotReachedByTheBudgetIsToldSoWhateverItsCredit() {
        // given: budget for one award, two clean units
        callId = driver.openCall("25000").callId();
        String first = submitted(callId);
        String second = submitted(callId);

        // when
        driver.decideCall(callId);

        // then
        assertThat(driver.process(second)).hasPassedInOrder("Gateway_CreditAtDecision", "Task_MarkNotFunded").isEnded();
        assertThat(driver.status(second)).isEqualTo(ApplicationStatus.NOT_FUNDED);
        assertThat(driver.status(first)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
    }

    private static ObjectNode decision(boolean approved, String comment) {
        ObjectNode body = new ObjectMapper().createObjectNode();
        ObjectNode variables = body.putObject("variables");
        variables.putObject("approved").put("value", approved).put("type", "Boolean");
        variables.putObject("comment").put("value", comment).put("type", "String");
        return body;
    }

    private String submitted(String call) {
        String no = driver.submit(Applicants.enterprise(call)).applicationNo();
        driver.passReviews(no);
        return no;
    }

    private String inPublicNotice() {
        String no = submitted(callId);
        driver.decideCall(callId);
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
        assertThat(calls.get(callId).reserved()).isEqualByComparingTo("25000.00");
        return no;
    }

    private String approvedForPayment() {
        String no = inPublicNotice();
        driver.fireTimer(driver.process(no).getId(), "Event_NoticePeriodOver");
        assertThat(driver.process(no)).isWaitingAt("FundReleaseApproval");
        return no;
    }

    private String creditCode(String applicationNo) {
        return applications.get(applicationNo).creditCode();
    }

    private List<String> mailsToApplicant(String applicationNo) {
        return jdbc.sql("SELECT subject || ' ' || text_body FROM mail_outbox WHERE application_no = ? AND recipient = ?")
                .params(applicationNo, "zhangsan@example.com").query(String.class).list();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

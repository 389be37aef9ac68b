package cn.guanbiao.payment;

import cn.guanbiao.account.Ledger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.call.AwardCalls;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Race;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** FundReleaseApproval and the release: one ledger row per application, within the call's budget. */
@AwardSpringTest
class FundReleaseProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired Ledger ledger;
    @Autowired FundRelease fundRelease;
    @Autowired AwardCalls calls;
    @Autowired Applications applications;
    @Autowired IdentityService identityService;
    @Autowired TransactionTemplate transactions;
    @LocalServerPort int port;

    String callId;

    @BeforeEach
    void openCall() {
        AbstractAssertions.init(engine);
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void approvedReleasePaysOnceAndEndsAsPaid() {
        // given
        String no = approvedForPayment();

        // when
        driver.complete(no, "FundReleaseApproval", "finance", Map.of("approved", true, "comment", "同意拨付"));

        // then
        assertThat(driver.process(no)).hasPassed("Task_ReleaseFunds", "EndEvent_Paid").isEnded();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.PAID);
        assertThat(ledger.payment(no)).hasValueSatisfying(e -> assertThat(e.amount()).isEqualByComparingTo("25000.00"));
        assertThat(calls.get(callId).paid()).isEqualByComparingTo("25000.00");
    }

    @Test
    void refusedReleaseRejectsAndFreesTheBudget() {
        // given
        String no = approvedForPayment();

        // when
        driver.complete(no, "FundReleaseApproval", "finance", Map.of("approved", false, "comment", "账户信息有误，不予拨付"));

        // then
        assertThat(driver.process(no)).hasPassed("FundReleaseApproval", "Task_RejectApplication").hasNotPassed("Task_ReleaseFunds");
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(ledger.payment(no)).isEmpty();
        assertThat(calls.get(callId).reserved()).isEqualByComparingTo("0");
    }

    @Test
    void aReleaseTheBudgetNoLongerCoversPaysNothingAndWaitsAtTheReleaseWithItsReason() {
        // given: an application approved for payment, then the call's budget lowered below its award
        String no = approvedForPayment();
        jdbcSetBudget(callId, new BigDecimal("10000.00"));

        // when: finance approves and the release job runs
        assertThatThrownBy(() -> driver.complete(no, "FundReleaseApproval", "finance",
                Map.of("approved", true, "comment", "同意拨付")))
                .hasStackTraceContaining("将超出批次 " + callId + " 的预算，未拨付");

        // then: the whole step rolled back (booked last, the budget's refusal takes the ledger row and status with it);
        // the step begins with the checks right before the money (complaints, credit), in the same transaction
        assertThat(driver.process(no)).isWaitingAt("Task_CheckComplaints");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(driver.process(no).getId())
                .activityId("Task_CheckComplaints").singleResult().getExceptionMessage()).contains("将超出批次 " + callId + " 的预算");
        assertThat(ledger.payment(no)).isEmpty();
        assertThat(driver.status(no)).isNotEqualTo(ApplicationStatus.PAID);
        assertThat(calls.get(callId).paid()).isEqualByComparingTo("0");
    }

    @Test
    void aPaymentLocksTheCallsRowOnlyWhenItCommits() throws Exception {
        // given: an application approved for payment
        String no = approvedForPayment();
        ExecutorService elsewhere = Executors.newSingleThreadExecutor();

        // when: while one step has booked its payment and still runs, another transaction updates the call's row
        Boolean otherUpdatedMeanwhile = transactions.execute(status -> {
            fundRelease.release(no, null);
            Future<Integer> update = elsewhere.submit(() -> transactions.execute(s ->
                    jdbc.sql("UPDATE award_call SET budget = budget WHERE call_id = ?").param(callId).update()));
            try {
                return update.get(5, TimeUnit.SECONDS) == 1;
            } catch (TimeoutException | ExecutionException waitedOrTimedOut) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        elsewhere.shutdown();
        assertThat(elsewhere.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        // then: it did not wait for the step, and the payment was booked at the commit all the same
        assertThat(otherUpdatedMeanwhile).isTrue();
        assertThat(ledger.payment(no)).isPresent();
        assertThat(calls.get(callId).paid()).isEqualByComparingTo("25000.00");
    }

    @Test
    void runningTheReleaseJobTwicePaysOnce() {
        // given
        String no = approvedForPayment();
        driver.complete(no, "FundReleaseApproval", "finance", Map.of("approved", true, "comment", "同意拨付"));

        // when: the job runs again after a crash between booking and commit would look like this
        FundRelease.Result again = fundRelease.release(no, null).result();

        // then
        assertThat(again).isEqualTo(FundRelease.Result.ALREADY_PAID);
        assertThat(ledger.paidTo(applications.get(no).creditCode())).isEqualByComparingTo("25000.00");
        assertThat(calls.get(callId).paid()).isEqualByComparingTo("25000.00");
    }

    @Test
    void releasesInParallelNeverPayMoreThanTheBudget() throws Exception {
        // given: a call whose budget covers two awards, and four applications approved for payment
        // (as if the budget had been lowered after the list was approved)
        callId = driver.openCall("100000").callId();
        List<String> approved = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            approved.add(driver.submit(Applicants.enterprise(callId)).applicationNo());
        }
        approved.forEach(driver::passReviews);
        driver.decideCall(callId);
        jdbcSetBudget(callId, new BigDecimal("50000.00"));

        // when: all four releases run at once
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        for (String no : approved) {
            results.add(pool.submit((Callable<Boolean>) () -> {
                try {
                    return fundRelease.release(no, null).result() == FundRelease.Result.PAID;
                } catch (RuntimeException refused) {
                    return false;
                }
            }));
        }
        int paid = 0;
        for (Future<Boolean> result : results) {
            paid += result.get() ? 1 : 0;
        }
        pool.shutdown();

        // then
        assertThat(paid).isEqualTo(2);
        assertThat(calls.get(callId).paid()).isEqualByComparingTo("50000.00");
        assertThat(approved).filteredOn(no -> ledger.payment(no).isPresent()).hasSize(2);
    }

    @Test
    void twoFinanceOfficersApprovingTheSameReleaseAtOncePayOnce() {
        // given: a second officer in the finance office, and applications waiting for FundReleaseApproval
        if (identityService.createUserQuery().userId("finance-b").count() == 0) {
            var user = identityService.newUser("finance-b");
            user.setFirstName("财务乙");
            user.setLastName("");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership("finance-b", "finance-office");
        }
        List<String> approved = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            approved.add(driver.submit(Applicants.enterprise(callId)).applicationNo());
        }
        approved.forEach(driver::passReviews);
        driver.decideCall(callId);
        approved.forEach(no -> driver.fireTimer(driver.process(no).getId(), "Event_NoticePeriodOver"));
        ApiClient api = new ApiClient(port);

        for (String no : approved) {
            String complete = "/engine-rest/task/" + driver.task(no, "FundReleaseApproval").getId() + "/complete";

            // when: both officers approve at the same moment, then the release job runs
            List<Response> responses = Race.run(
                    () -> api.as("finance", "demo").post(complete, approval("同意拨付")),
                    () -> api.as("finance-b", "demo").post(complete, approval("同意拨付，已核对账户")));
            driver.runJobs(driver.process(no).getId());

            // then: one approval counted, one payment, the budget charged once
            assertThat(responses).extracting(Response::status).as("%s", responses).containsOnlyOnce(204)
                    .containsAnyOf(409, 404);
            assertThat(driver.process(no)).hasPassed("Task_ReleaseFunds", "EndEvent_Paid").isEnded();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE application_no = ?").param(no)
                    .query(Integer.class).single()).isOne();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM review_decision WHERE application_no = ? AND task_key = 'FundReleaseApproval'")
                    .param(no).query(Integer.class).single()).isOne();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM application_event WHERE application_no = ? AND status = 'PAID'")
                    .param(no).query(Integer.class).single()).isOne();
        }
        assertThat(calls.get(callId).paid()).isEqualByComparingTo(new BigDecimal("25000.00").multiply(BigDecimal.valueOf(5)));
    }

    private static ObjectNode approval(String comment) {
        ObjectNode body = new ObjectMapper().createObjectNode();
        ObjectNode variables = body.putObject("variables");
        variables.putObject("approved").put("value", true).put("type", "Boolean");
        variables.putObject("comment").put("value", comment).put("type", "String");
        return body;
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private void jdbcSetBudget(String call, BigDecimal budget) {
        jdbc.sql("UPDATE award_call SET reserved = 0, budget = ? WHERE call_id = ?").params(budget, call).update();
    }

    private String approvedForPayment() {
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.passReviews(no);
        driver.decideCall(callId);
        ProcessInstance instance = driver.process(no);
        driver.fireTimer(instance.getId(), "Event_NoticePeriodOver");
        assertThat(instance).isWaitingAt("FundReleaseApproval");
        return no;
    }
}

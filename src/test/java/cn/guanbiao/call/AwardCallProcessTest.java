package cn.guanbiao.call;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.camunda.spin.Spin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** award-call: closing, the ranked list within budget, and the decisions it releases. */
@AwardSpringTest
class AwardCallProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired CallOpening callOpening;
    @Autowired AwardCalls calls;
    @Autowired Applications applications;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @Test
    void openCallWaitsForItsClosingTime() {
        // given / when
        CallOpening.Opened call = driver.openCall("100000");

        // then
        ProcessInstance instance = driver.instance(call.callId(), "award-call");
        assertThat(instance).isWaitingAt("Gateway_AwaitClosing");
        assertThat(calls.get(call.callId()).status()).isEqualTo(AwardCall.CallStatus.OPEN);
    }

    @Test
    void closingTimeClosesTheCallAndOpensApproveAwardList() {
        // given
        String callId = driver.openCall("100000").callId();
        ProcessInstance instance = driver.instance(callId, "award-call");

        // when
        driver.fireTimer(instance.getId(), "Event_ClosingTimeReached");

        // then
        assertThat(instance).hasPassed("Event_ClosingTimeReached", "Task_CloseCall").isWaitingAt("ApproveAwardList");
        assertThat(task(instance)).hasCandidateGroup("municipal-ip-office");
        assertThat(calls.get(callId).status()).isEqualTo(AwardCall.CallStatus.CLOSED);
    }

    @Test
    void administratorClosesTheCallEarlyAndLaterApplicationsAreRefused() {
        // given
        String callId = driver.openCall("100000").callId();

        // when
        boolean closed = callOpening.close(callId);

        // then
        assertThat(closed).isTrue();
        ProcessInstance instance = driver.instance(callId, "award-call");
        assertThat(instance).hasPassed("Event_CloseRequested").isWaitingAt("ApproveAwardList");
        assertThat(callOpening.close(callId)).isFalse();
        assertThatThrownBy(() -> driver.submit(Applicants.enterprise(callId)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).anySatisfy(f -> assertThat(f.field()).isEqualTo("callId")));
    }

    @Test
    void listCannotBeApprovedWhileAnApplicationIsStillUnderReview() {
        // given
        String callId = driver.openCall("100000").callId();
        driver.submit(Applicants.enterprise(callId));
        callOpening.close(callId);

        // when / then
        assertThatThrownBy(() -> driver.complete(callId, "ApproveAwardList", "municipal",
                Map.of("approved", true, "comment", "同意")))
                .hasMessageContaining("在审核中");
        assertThat(driver.instance(callId, "award-call")).isWaitingAt("ApproveAwardList");
    }

    @Test
    void listNotApprovedComesBackForAnotherRound() {
        // given
        String callId = driver.openCall("100000").callId();
        callOpening.close(callId);

        // when
        driver.complete(callId, "ApproveAwardList", "municipal", Map.of("approved", false, "comment", "待补充材料后再审"));

        // then
        ProcessInstance instance = driver.instance(callId, "award-call");
        assertThat(instance).hasPassed("Gateway_ListApproved").hasNotPassed("Task_ReleaseDecisions").isWaitingAt("ApproveAwardList");
    }

    @Test
    void historyKeepsTheListAsLastShownNotEachVersionOfIt() {
        // given: the list computed when the task is created and again when it is claimed, then sent back
        String callId = driver.openCall("100000").callId();
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.passReviews(no);
        callOpening.close(callId);
        String instanceId = driver.instance(callId, "award-call").getId();
        driver.runJobs(instanceId);
        driver.as("municipal", () -> engine.getTaskService().claim(driver.task(callId, "ApproveAwardList").getId(), "municipal"));

        // when
        driver.complete(callId, "ApproveAwardList", "municipal", Map.of("approved", false, "comment", "待补充材料后再审"));

        // then: no version of the list among the changes, which keep the decision; its latest value is kept
        var history = engine.getHistoryService();
        assertThat(history.createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates().list())
                .extracting(d -> ((HistoricVariableUpdate) d).getVariableName())
                .contains("comment").doesNotContain(CallVariables.AWARD_LIST);
        SpinJsonNode kept = (SpinJsonNode) history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName(CallVariables.AWARD_LIST).singleResult().getValue();
        assertThat(kept.prop("rows").elements()).extracting(r -> r.prop("applicationNo").stringValue()).containsExactly(no);
    }

    @Test
    void budgetGoesToTheBestRankedInFullAndStopsAtTheFirstItCannotCover() {
        // given: budget for two awards of 25,000; the filing-list unit and the national honour rank first
        String callId = driver.openCall("55000").callId();
        String early = submitted(callId, Applicants.BODY_NOT_ON_FILING_LIST, "MUNICIPAL_ADVANTAGE");
        String national = submitted(callId, Applicants.BODY_NOT_ON_FILING_LIST, "NATIONAL_DEMONSTRATION");
        String filingList = submitted(callId, Applicants.APPROVED_BODY, "MUNICIPAL_ADVANTAGE");
        List.of(early, national, filingList).forEach(driver::passReviews);
        callOpening.close(callId);
        driver.runJobs(driver.instance(callId, "award-call").getId());

        // when
        SpinJsonNode list = Spin.JSON(CallVariables.of(engine.getTaskService()
                .getVariables(driver.task(callId, "ApproveAwardList").getId())).awardList());
        driver.decideCall(callId);

        // then
        assertThat(list.prop("rows").elements()).extracting(r -> r.prop("applicationNo").stringValue())
                .containsExactly(filingList, national, early);
        assertThat(List.of(list.prop("ranked"), list.prop("funded"), list.prop("notFunded")))
                .extracting(SpinJsonNode::numberValue).containsExactly(3, 2, 1);
        assertThat(driver.status(filingList)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
        assertThat(driver.status(national)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
        assertThat(driver.status(early)).isEqualTo(ApplicationStatus.NOT_FUNDED);
        assertThat(driver.process(early)).hasPassed("Task_MarkNotFunded", "EndEvent_NotFunded").isEnded();
        assertThat(calls.get(callId).reserved()).isEqualByComparingTo(new BigDecimal("50000.00"));
        assertThat(calls.get(callId).status()).isEqualTo(AwardCall.CallStatus.DECIDED);
        assertThat(driver.instance(callId, "award-call")).isNull();
    }

    @Test
    void decisionIsTakenAtOnceAndEachApplicationReceivesItInAJobOfItsOwn() {
        // given: budget for two awards of 25,000, three applications waiting for the list
        String callId = driver.openCall("55000").callId();
        String filingList = submitted(callId, Applicants.APPROVED_BODY, "MUNICIPAL_ADVANTAGE");
        String national = submitted(callId, Applicants.BODY_NOT_ON_FILING_LIST, "NATIONAL_DEMONSTRATION");
        String early = submitted(callId, Applicants.BODY_NOT_ON_FILING_LIST, "MUNICIPAL_ADVANTAGE");
        List.of(filingList, national, early).forEach(driver::passReviews);
        callOpening.close(callId);
        driver.runJobs(driver.instance(callId, "award-call").getId());

        // when: the list is approved, no job run yet
        driver.complete(callId, "ApproveAwardList", "municipal", Map.of("approved", true, "comment", "同意名单"));

        // then: the call is decided and the budget reserved, each funded application's amount recorded ...
        assertThat(driver.instance(callId, "award-call")).isNull();
        assertThat(calls.get(callId).status()).isEqualTo(AwardCall.CallStatus.DECIDED);
        assertThat(calls.get(callId).reserved()).isEqualByComparingTo(new BigDecimal("50000.00"));
        assertThat(applications.get(filingList).reservedAmount()).isEqualByComparingTo(new BigDecimal("25000.00"));
        assertThat(applications.get(national).reservedAmount()).isEqualByComparingTo(new BigDecimal("25000.00"));
        assertThat(applications.get(early).reservedAmount()).isNull();
        // ... while every application still waits for its decision, which comes in a job of its own
        for (String no : List.of(filingList, national, early)) {
            assertThat(driver.process(no)).isWaitingAt("Event_CallDecided");
            assertThat(driver.status(no)).isEqualTo(ApplicationStatus.AWAITING_DECISION);
        }
        runBatchSeedJobs();
        for (String no : List.of(filingList, national, early)) {
            assertThat(engine.getManagementService().createJobQuery()
                    .processInstanceId(driver.process(no).getId()).list()).hasSize(1);
        }

        // when: the jobs run
        driver.runBatches();
        List.of(filingList, national, early).forEach(no -> driver.runJobs(driver.process(no).getId()));

        // then
        assertThat(driver.status(filingList)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
        assertThat(driver.status(national)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
        assertThat(driver.status(early)).isEqualTo(ApplicationStatus.NOT_FUNDED);
        assertThat(driver.process(early)).hasPassed("Event_CallDecided", "Task_MarkNotFunded").isEnded();
        assertThat(calls.get(callId).reserved()).isEqualByComparingTo(new BigDecimal("50000.00"));
    }

    @Test
    void decisionDeliveredAgainChangesNothing() {
        // given: a decided call, its two applications told (one funded, one not)
        String callId = driver.openCall("30000").callId();
        String funded = submitted(callId, Applicants.APPROVED_BODY, "MUNICIPAL_ADVANTAGE");
        String notFunded = submitted(callId, Applicants.BODY_NOT_ON_FILING_LIST, "MUNICIPAL_ADVANTAGE");
        List.of(funded, notFunded).forEach(driver::passReviews);
        driver.decideCall(callId);
        long mailsBefore = mails();

        // when: the delivery runs again, as a retried job would, with the opposite decision
        engine.getRuntimeService().createMessageCorrelationAsync("CallDecided")
                .processInstanceIds(List.of(driver.process(funded).getId(), driver.process(notFunded).getId()))
                .setVariables(Map.of("funded", false))
                .correlateAllAsync();
        driver.runBatches();
        List.of(funded, notFunded).forEach(no -> driver.runJobs(driver.process(no).getId()));

        // then: each application was decided once, as first decided
        assertThat(driver.status(funded)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
        assertThat(driver.status(notFunded)).isEqualTo(ApplicationStatus.NOT_FUNDED);
        for (String no : List.of(funded, notFunded)) {
            assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                    .processInstanceId(driver.process(no).getId()).activityId("Event_CallDecided").count()).isEqualTo(1);
        }
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(driver.process(notFunded).getId()).activityId("Task_MarkNotFunded").count()).isEqualTo(1);
        assertThat(calls.get(callId).reserved()).isEqualByComparingTo(new BigDecimal("25000.00"));
        assertThat(mails()).isEqualTo(mailsBefore);
    }

    @Test
    void approveAwardListIsRemindedAndEscalatedLikeEveryTask() {
        // given
        String callId = driver.openCall("100000").callId();
        callOpening.close(callId);
        ProcessInstance instance = driver.instance(callId, "award-call");

        // when
        driver.fireTimer(instance.getId(), "Event_ApproveAwardListDueSoon");
        driver.fireTimer(instance.getId(), "Event_ApproveAwardListOverdue");

        // then
        assertThat(instance).hasPassed("Task_RemindReviewers", "Task_EscalateOverdueTask").isWaitingAt("ApproveAwardList");
    }

    private void runBatchSeedJobs() {
        for (org.camunda.bpm.engine.batch.Batch batch : engine.getManagementService().createBatchQuery().list()) {
            engine.getManagementService().createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list()
                    .forEach(j -> engine.getManagementService().executeJob(j.getId()));
        }
    }

    private long mails() {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single();
    }

    private String submitted(String callId, String body, String honour) {
        ObjectNode json = Applicants.enterprise(callId);
        json.put("certificationBody", body);
        json.putArray("honours").add(honour);
        return driver.submit(json).applicationNo();
    }
}

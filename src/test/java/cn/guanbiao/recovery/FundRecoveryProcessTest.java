package cn.guanbiao.recovery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.StatusChanges;
import cn.guanbiao.credit.CreditListType;
import cn.guanbiao.credit.CreditRecords;
import cn.guanbiao.account.Ledger;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** R7 in process fund-recovery: decision with reasons, notice with a deadline, repayment booked once, joint punishment. */
@AwardSpringTest
class FundRecoveryProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired FundRecoveries recoveries;
    @Autowired Ledger ledger;
    @Autowired CreditRecords creditRecords;
    @Autowired TaskService taskService;
    @Autowired JdbcClient jdbc;
    @Autowired Applications applications;
    @Autowired StatusChanges statusChanges;

    String applicationNo;

    @BeforeEach
    void paidAward() {
        AbstractAssertions.init(engine);
        applicationNo = driver.pay(Applicants::enterprise);
    }

    @Test
    void decisionNotToRecoverEndsWithoutTouchingTheMoneyOrTheUnit() {
        // given
        ProcessInstance recovery = start();

        // when
        decide(Map.of("approved", false, "comment", "经核实，举报所述情况不属实"));

        // then
        assertThat(recovery).hasPassed("RecoveryDecision", "EndEvent_NotRecovered").isEnded();
        assertThat(driver.status(applicationNo)).isEqualTo(ApplicationStatus.PAID);
        assertThat(ledger.recovery(applicationNo)).isEmpty();
        assertThat(creditRecords.of(creditCode())).isEmpty();
        assertThat(decisionsOf("RecoveryDecision")).containsExactly("municipal:REJECTED:经核实，举报所述情况不属实");
    }

    @Test
    void unitUnderSpotCheckGoesBackToPaidWhenTheSuspicionIsNotConfirmed() {
        // given: a spot check found something and the unit was told it is being checked
        statusChanges.change(applicationNo, ApplicationStatus.UNDER_SPOT_CHECK, null, "列入监督抽查", null);
        ProcessInstance recovery = start();

        // when
        decide(Map.of("approved", false, "comment", "发票经税务机关核验为真"));

        // then
        assertThat(recovery).hasPassed("Task_CloseWithoutRecovery", "EndEvent_NotRecovered").isEnded();
        assertThat(driver.status(applicationNo)).isEqualTo(ApplicationStatus.PAID);
        assertThat(mailTexts()).anySatisfy(text -> assertThat(text).contains("不予追回", "发票经税务机关核验为真", "不是新的拨付通知"));
        assertThat(ledger.recovery(applicationNo)).isEmpty();
    }

    @Test
    void recoveryNoticeTellsTheUnitAmountReasonAndDeadlineThenTheRepaymentIsBookedOnce() {
        // given
        ProcessInstance recovery = start();

        // when
        decide(Map.of("approved", true, "comment", "认证费发票系伪造", "serious", false));

        // then: the unit is told, finance waits for the money
        assertThat(recovery).hasPassed("Task_NotifyRecovery").hasNotPassed("Task_RecordJointPunishment")
                .isWaitingAt("RepaymentConfirmation");
        assertThat(driver.status(applicationNo)).isEqualTo(ApplicationStatus.RECOVERY);
        assertThat(mailTexts()).anySatisfy(notice ->
                assertThat(notice).contains("需予以追回", "认证费发票系伪造", "25,000.00 元", "前按要求退回"));
        assertThat(creditRecords.of(creditCode())).isEmpty();

        // when
        driver.complete(applicationNo, "RepaymentConfirmation", "finance", Map.of("receivedAmount", "25000.00"));

        // then
        assertThat(recovery).hasPassed("Task_BookRecovery", "EndEvent_Recovered").isEnded();
        assertThat(driver.status(applicationNo)).isEqualTo(ApplicationStatus.RECOVERED);
        assertThat(ledger.recovery(applicationNo)).hasValueSatisfying(entry -> {
            assertThat(entry.amount()).isEqualByComparingTo("25000.00");
            assertThat(entry.bookedBy()).isEqualTo("finance");
        });
        assertThat(ledger.paidTo(creditCode())).isEqualByComparingTo("0");
        assertThat(mailTexts()).anySatisfy(text -> assertThat(text).contains("已收到您单位退回", "25,000.00 元"));
    }

    @Test
    void seriousCaseGoesOnTheJointPunishmentListAndTheUnitsNextApplicationIsRejectedByTheCreditCheck() {
        // given
        start();

        // when
        decide(Map.of("approved", true, "comment", "与认证机构串通伪造审核记录", "serious", true));
        driver.complete(applicationNo, "RepaymentConfirmation", "finance", Map.of("receivedAmount", "25000.00"));

        // then
        assertThat(driver.process(applicationNo)).isEnded();
        assertThat(creditRecords.of(creditCode())).extracting(CreditRecords.CreditRecord::listType)
                .containsExactly(CreditListType.JOINT_PUNISHMENT);

        // when: the unit applies again
        String callId = driver.openCall("1000000").callId();
        var again = Applicants.enterprise(callId).put("creditCode", creditCode());
        String next = driver.submit(again).applicationNo();
        driver.passReviews(next);

        // then
        assertThat(driver.process(next)).hasPassed("Task_CheckCredit", "Task_RejectApplication").isEnded();
        assertThat(driver.status(next)).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void partialRecoveryAsksForTheDecidedAmountAndRefusesToBookMore() {
        // given
        start();
        decide(Map.of("approved", true, "comment", "部分认证费系咨询费", "recoveryAmount", "10000.5"));
        assertThat(mailTexts()).anySatisfy(text -> assertThat(text).contains("10,000.50 元"));

        // when / then: more than decided is refused, the task stays
        assertThatThrownBy(() -> driver.complete(applicationNo, "RepaymentConfirmation", "finance",
                Map.of("receivedAmount", "10000.51"))).hasMessageContaining("不能超过 10000.50 元");
        assertThat(driver.task(applicationNo, "RepaymentConfirmation")).isNotNull();

        // when
        driver.complete(applicationNo, "RepaymentConfirmation", "finance", Map.of("receivedAmount", 10000.5));

        // then
        assertThat(ledger.paidTo(creditCode())).isEqualByComparingTo("14999.50");
    }

    @Test
    void decisionIsRefusedWithoutReasonsOrWithMoreThanWasPaid() {
        // given
        start();

        // when / then
        assertThatThrownBy(() -> decide(Map.of("approved", true))).hasMessageContaining("请填写决定理由");
        assertThatThrownBy(() -> decide(Map.of("approved", true, "comment", "骗取", "recoveryAmount", "25000.01")))
                .hasMessageContaining("不能超过 25000.00 元");
        assertThatThrownBy(() -> decide(Map.of("approved", true, "comment", "骗取", "recoveryAmount", "-1")))
                .hasMessageContaining("须大于零");
        assertThat(driver.task(applicationNo, "RecoveryDecision")).isNotNull();
        assertThat(driver.status(applicationNo)).isEqualTo(ApplicationStatus.PAID);
    }

    @Test
    void overdueRepaymentRemindsTheUnitAndEscalatesToTheMunicipalOffice() {
        // given
        ProcessInstance recovery = start();
        decide(Map.of("approved", true, "comment", "虚报认证费"));

        // when
        driver.fireTimer(recovery.getId(), "Event_RepaymentOverdue");

        // then: reminded, and the task is still open for the money
        assertThat(recovery).hasPassed("Task_RemindOverdueRepayment", "EndEvent_Reminded").isWaitingAt("RepaymentConfirmation");
        assertThat(mailTexts()).anySatisfy(text -> assertThat(text).contains("退回期限已过"));
        List<String> groups = taskService.getIdentityLinksForTask(driver.task(applicationNo, "RepaymentConfirmation").getId())
                .stream().map(IdentityLink::getGroupId).toList();
        assertThat(groups).contains("finance-office", "municipal-ip-office");
    }

    @Test
    void anApplicationHasOneRecoveryAtATimeAndOnlyPaidOnesCanBeRecovered() {
        // given
        ProcessInstance first = start();

        // when
        String second = recoveries.start(applicationNo, RecoverySource.COMPLAINT, "TS-2026-000001", "同一线索");

        // then
        assertThat(second).isEqualTo(first.getId());
        String unpaid = driver.submit(Applicants.enterprise(driver.openCall("1000000").callId())).applicationNo();
        assertThatThrownBy(() -> recoveries.start(unpaid, RecoverySource.SPOT_CHECK, "SC-2026-01", "材料不实"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("未拨付");
    }

    private ProcessInstance start() {
        String id = recoveries.start(applicationNo, RecoverySource.SPOT_CHECK, "SC-2026-01", "抽查发现认证费发票与实际支付不符");
        driver.runJobs(id);
        ProcessInstance instance = driver.instance(applicationNo, RecoveryVariables.PROCESS_KEY);
        assertThat(instance).isWaitingAt("RecoveryDecision");
        assertThat(driver.task(applicationNo, "RecoveryDecision")).isNotNull();
        return instance;
    }

    private void decide(Map<String, Object> variables) {
        driver.complete(applicationNo, "RecoveryDecision", "municipal", new HashMap<>(variables));
    }

    private String creditCode() {
        return applications.get(applicationNo).creditCode();
    }

    /** The e-mails to the unit (not the officials'), oldest first. */
    private List<String> mailTexts() {
        return jdbc.sql("SELECT text_body FROM mail_outbox WHERE application_no = ? AND recipient = 'zhangsan@example.com' "
                        + "ORDER BY created_at").param(applicationNo).query(String.class).list();
    }

    private List<String> decisionsOf(String taskKey) {
        return jdbc.sql("SELECT user_id, outcome, comment FROM review_decision WHERE application_no = ? AND task_key = ?")
                .params(applicationNo, taskKey)
                .query((rs, i) -> rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getString(3)).list();
    }
}

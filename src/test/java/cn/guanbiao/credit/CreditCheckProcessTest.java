package cn.guanbiao.credit;

import java.util.Map;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** R5 in award-application: the credit check after the reviews, and CreditReview. */
@AwardSpringTest
class CreditCheckProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired CreditRecords creditRecords;
    @Autowired Applications applications;

    String callId;

    @BeforeEach
    void openCall() {
        AbstractAssertions.init(engine);
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void unitWithoutCreditRecordsGoesStraightToTheAwardComputation() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();

        // when
        driver.passReviews(no);

        // then
        assertThat(driver.process(no)).hasPassed("Task_CheckCredit", "Task_ComputeAward").hasNotPassed("CreditReview")
                .isWaitingAt("Event_CallDecided");
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    }

    @Test
    void seriouslyDishonestUnitIsRejectedWithNoPersonInvolved() {
        assertBlockedBy(CreditListType.SERIOUS_DISHONESTY);
    }

    @Test
    void unitUnderJointPunishmentIsRejectedWithNoPersonInvolved() {
        assertBlockedBy(CreditListType.JOINT_PUNISHMENT);
    }

    @Test
    void abnormalOperationGoesToAPersonWhoMayAccept() {
        // given
        String no = submitWithRecord(CreditListType.ABNORMAL_OPERATION);

        // when
        driver.passReviews(no);

        // then
        ProcessInstance instance = driver.process(no);
        assertThat(instance).isWaitingAt("CreditReview");
        assertThat(task(instance)).hasCandidateGroup("municipal-ip-office");

        // when
        driver.complete(no, "CreditReview", "municipal", Map.of("approved", true, "comment", "已移出经营异常名录"));

        // then
        assertThat(instance).hasPassed("CreditReview", "Task_ComputeAward").isWaitingAt("Event_CallDecided");
    }

    @Test
    void abnormalOperationGoesToAPersonWhoMayRefuse() {
        // given
        String no = submitWithRecord(CreditListType.ABNORMAL_OPERATION);
        driver.passReviews(no);

        // when
        driver.complete(no, "CreditReview", "municipal", Map.of("approved", false, "comment", "仍在经营异常名录"));

        // then
        assertThat(driver.process(no)).hasPassed("CreditReview", "Task_RejectApplication").hasNotPassed("Task_ComputeAward")
                .isEnded();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
    }

    private void assertBlockedBy(CreditListType listType) {
        // given
        String no = submitWithRecord(listType);

        // when
        driver.passReviews(no);

        // then
        assertThat(driver.process(no)).hasPassed("Task_CheckCredit", "Task_RejectApplication")
                .hasNotPassed("CreditReview", "Task_ComputeAward").isEnded();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(applications.get(no).statusReason()).contains(listType.label());
    }

    private String submitWithRecord(CreditListType listType) {
        ObjectNode json = Applicants.enterprise(callId);
        creditRecords.add(json.get("creditCode").asText(), listType, "国家企业信用信息公示系统");
        return driver.submit(json).applicationNo();
    }
}

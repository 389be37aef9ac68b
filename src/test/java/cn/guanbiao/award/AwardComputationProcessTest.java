package cn.guanbiao.award;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** R4 in award-application: the computed award, and the end of the road when nothing is left to award. */
@AwardSpringTest
class AwardComputationProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired Applications applications;

    String callId;

    @BeforeEach
    void openCall() {
        AbstractAssertions.init(engine);
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void awardIsTheSmallerOfCapAndFeesLessPriorAwards() {
        // given: 25,000 fees, a district award of 10,000 already received
        ObjectNode json = Applicants.enterprise(callId);
        json.putArray("priorAwards").addObject().put("level", "DISTRICT").put("amount", new java.math.BigDecimal("10000.00"));
        String no = driver.submit(json).applicationNo();

        // when
        driver.passReviews(no);

        // then
        assertThat(driver.process(no)).hasPassed("Task_ComputeAward").isWaitingAt("Event_CallDecided")
                .variables().containsEntry("awardAmount", "15000.00");
        assertThat(applications.get(no).awardAmount()).isEqualByComparingTo("15000.00");
    }

    @Test
    void nothingToAwardWhenPriorAwardsAlreadyCoverTheFees() {
        // given
        ObjectNode json = Applicants.enterprise(callId);
        json.putArray("priorAwards").addObject().put("level", "DISTRICT").put("amount", new java.math.BigDecimal("25000.00"));
        String no = driver.submit(json).applicationNo();

        // when
        driver.passReviews(no);

        // then
        assertThat(driver.process(no)).hasPassed("Task_ComputeAward", "Task_RejectApplication").hasNotPassed("Event_CallDecided")
                .isEnded();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(applications.get(no).statusReason()).contains("不超额奖励");
    }
}

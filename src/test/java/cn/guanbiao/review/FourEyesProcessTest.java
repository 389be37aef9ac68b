package cn.guanbiao.review;

import cn.guanbiao.usertask.ReviewerRelations;
import java.util.List;
import java.util.Map;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Four eyes and recusal (回避) on the reviews of award-application. */
@AwardSpringTest
class FourEyesProcessTest {

    /** A municipal official who also belongs to the district group of 渝北区 (e.g. seconded there). */
    static final String DOUBLE_HAT = "doublehat";

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired ReviewerRelations relations;
    @Autowired IdentityService identityService;

    String callId;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        callId = driver.openCall("1000000").callId();
        if (identityService.createUserQuery().userId(DOUBLE_HAT).count() == 0) {
            User user = identityService.newUser(DOUBLE_HAT);
            user.setFirstName("双岗");
            user.setLastName("测");
            user.setPassword("demo-" + System.nanoTime());
            identityService.saveUser(user);
            identityService.createMembership(DOUBLE_HAT, "district-500112");
            identityService.createMembership(DOUBLE_HAT, "municipal-ip-office");
        }
    }

    @Test
    void whoDidTheDistrictReviewCannotDoTheMunicipalReview() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.complete(no, "DistrictReview", DOUBLE_HAT, Map.of("approved", true, "comment", "材料齐全"));
        driver.complete(no, "DepartmentReview", "economy", Map.of("approved", true, "comment", "同意"));

        // when / then
        assertThatThrownBy(() -> driver.complete(no, "MunicipalReview", DOUBLE_HAT, Map.of("approved", true, "comment", "同意")))
                .hasMessageContaining("四眼原则");
        assertThat(driver.process(no)).isWaitingAt("MunicipalReview");

        // and someone else may
        driver.complete(no, "MunicipalReview", "municipal", Map.of("approved", true, "comment", "同意"));
        assertThat(driver.process(no)).hasPassed("MunicipalReview");
    }

    @Test
    void whoDidTheDistrictReviewCannotClaimTheMunicipalReview() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.complete(no, "DistrictReview", DOUBLE_HAT, Map.of("approved", true, "comment", "材料齐全"));
        driver.complete(no, "DepartmentReview", "economy", Map.of("approved", true, "comment", "同意"));
        String taskId = driver.task(no, "MunicipalReview").getId();

        // when / then
        assertThatThrownBy(() -> driver.as(DOUBLE_HAT, () -> engine.getTaskService().claim(taskId, DOUBLE_HAT)))
                .hasMessageContaining("四眼原则");
        assertThat(driver.task(no, "MunicipalReview").getAssignee()).isNull();
    }

    @Test
    void relatedReviewerCannotDecideOnTheUnitsApplication() {
        // given
        ObjectNode json = Applicants.enterprise(callId);
        relations.add("reviewer-500112", json.get("creditCode").asText(), "配偶在该单位任职");
        String no = driver.submit(json).applicationNo();

        // when / then
        assertThatThrownBy(() -> driver.complete(no, "DistrictReview", "reviewer-500112",
                Map.of("approved", true, "comment", "同意")))
                .hasMessageContaining("回避");
        assertThat(driver.process(no)).isWaitingAt("DistrictReview");
        assertThat(relations.of(json.get("creditCode").asText())).extracting(ReviewerRelations.Relation::userId)
                .isEqualTo(List.of("reviewer-500112"));
    }
}

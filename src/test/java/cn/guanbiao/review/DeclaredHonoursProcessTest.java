package cn.guanbiao.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Honour;
import cn.guanbiao.reference.HonourRegister;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import cn.guanbiao.application.AwardApplicationVariables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Issue 20: a declared honour is compared with the municipal office's register in the pre-check; one not on it is a flag
 * the district reviewer sees in 三、自动资格预审 ({@code reviewSummary.checks}), not a rejection.
 */
@AwardSpringTest
class DeclaredHonoursProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THIS_YEAR = LocalDate.now().getYear();

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired HonourRegister register;

    String callId;

    @BeforeEach
    void openCall() {
        AbstractAssertions.init(engine);
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void anHonourNotOnTheRegisterIsFlaggedToTheDistrictReviewerAndTheApplicationGoesOn() {
        // given: a unit the register does not know declares a municipal honour
        ObjectNode application = Applicants.enterprise(callId);

        // when
        String no = driver.submit(application).applicationNo();

        // then
        assertThat(driver.process(no)).isWaitingAt("DistrictReview");
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.IN_REVIEW);
        JsonNode check = honourCheck(no);
        assertThat(check.path("result").asText()).isEqualTo("请核实");
        assertThat(check.path("detail").asText()).startsWith("未在名录中——市级知识产权优势企业：名录中没有该单位的此称号")
                .contains("请向申请单位核实认定文件");
    }

    @Test
    void anHonourOnTheRegisterPassesNamingItsList() {
        // given
        ObjectNode application = Applicants.enterprise(callId);
        list(application.path("creditCode").asText(), Honour.MUNICIPAL_ADVANTAGE, THIS_YEAR - 1);

        // when
        String no = driver.submit(application).applicationNo();

        // then
        assertThat(driver.process(no)).isWaitingAt("DistrictReview");
        JsonNode check = honourCheck(no);
        assertThat(check.path("result").asText()).isEqualTo("通过");
        assertThat(check.path("detail").asText()).isEqualTo("市级知识产权优势企业：" + (THIS_YEAR - 1) + " 年认定（渝知发〔"
                + (THIS_YEAR - 1) + "〕38号），有效至 " + (THIS_YEAR + 1) + " 年");
    }

    @Test
    void aTitleOlderThanItsValidYearsIsFlaggedAsExpired() {
        // given: listed three years before the submission (valid-years 3: that list's last year was last year)
        ObjectNode application = Applicants.enterprise(callId);
        list(application.path("creditCode").asText(), Honour.MUNICIPAL_ADVANTAGE, THIS_YEAR - 3);

        // when
        String no = driver.submit(application).applicationNo();

        // then
        JsonNode check = honourCheck(no);
        assertThat(check.path("result").asText()).isEqualTo("请核实");
        assertThat(check.path("detail").asText()).contains("名录中最近为 " + (THIS_YEAR - 3) + " 年认定，按 3 年有效期至 "
                + (THIS_YEAR - 1) + " 年", "已过期");
    }

    @Test
    void eachDeclaredHonourIsComparedAndTheReviewerSeesWhatTheRegisterHasInstead() {
        // given: the unit declares two honours; the register has one of them, and a third it did not declare
        ObjectNode application = Applicants.enterprise(callId);
        application.putArray("honours").add("MUNICIPAL_ADVANTAGE").add("NATIONAL_ADVANTAGE").add("HIGH_TECH_ENTERPRISE");
        String creditCode = application.path("creditCode").asText();
        list(creditCode, Honour.MUNICIPAL_ADVANTAGE, THIS_YEAR);
        list(creditCode, Honour.NATIONAL_DEMONSTRATION, THIS_YEAR - 1);

        // when
        String no = driver.submit(application).applicationNo();

        // then: the national honour is flagged, the municipal one named as found, 高新技术企业 is no list's business
        JsonNode check = honourCheck(no);
        assertThat(check.path("result").asText()).isEqualTo("请核实");
        assertThat(check.path("detail").asText())
                .contains("未在名录中——国家知识产权优势企业：名录中没有该单位的此称号")
                .contains("名录中该单位有：" + (THIS_YEAR - 1) + " 年国家知识产权示范企业")
                .contains("在名录中——市级知识产权优势企业：" + THIS_YEAR + " 年认定")
                .doesNotContain("高新技术企业");
    }

    @Test
    void theNextReviewerSeesTheRegisterAsItIsWhenTheirTaskIsCreated() {
        // given: flagged at the district
        ObjectNode application = Applicants.enterprise(callId);
        String no = driver.submit(application).applicationNo();
        assertThat(honourCheck(no).path("result").asText()).isEqualTo("请核实");

        // when: the office imports the newer list, then the district approves
        list(application.path("creditCode").asText(), Honour.MUNICIPAL_ADVANTAGE, THIS_YEAR);
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "已核实认定文件"));

        // then
        assertThat(driver.process(no)).isWaitingAt("DepartmentReview");
        assertThat(honourCheck(no).path("result").asText()).isEqualTo("通过");
    }

    private void list(String creditCode, Honour honour, int year) {
        register.apply(List.of(new HonourRegister.Entry(creditCode, honour, year, "重庆测试科技有限公司",
                "渝知发〔" + year + "〕38号")), "测试", null);
    }

    /** The pre-check's row about honours in the review summary the open task's form shows. */
    private JsonNode honourCheck(String applicationNo) {
        String summary = AwardApplicationVariables.of(engine.getRuntimeService().getVariables(driver.process(applicationNo).getId()))
                .reviewSummary();
        try {
            JsonNode checks = JSON.readTree(summary.toString()).path("checks");
            for (JsonNode check : checks) {
                if (check.path("check").asText().equals("申报的荣誉称号在认定名录中")) {
                    return check;
                }
            }
            throw new AssertionError("No honour check in " + checks);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}

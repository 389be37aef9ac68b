package cn.guanbiao.notice;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** R6 over HTTP, no login (DOMAIN §5): the notice list as JSON and as a page, and objections to it. */
@AwardSpringTest
class PublicNoticeApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired Objections objections;

    ApiClient api;
    String callId;

    @BeforeEach
    void openCall() {
        AbstractAssertions.init(engine);
        api = new ApiClient(port);
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void listsAnApplicationInNoticeWithNameCreditCodeAmountAndEndDate() {
        // given
        ObjectNode application = Applicants.enterprise(callId);
        String no = inNotice(application);

        // when
        Response response = api.get("/api/public/notices");

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode notice = noticeOf(response.json(), no);
        assertThat(notice).as("notice of %s in %s", no, response.body()).isNotNull();
        assertThat(notice.path("orgName").asText()).isEqualTo(application.path("orgName").asText());
        assertThat(notice.path("creditCode").asText()).isEqualTo(application.path("creditCode").asText());
        assertThat(notice.path("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("25000.00"));
        assertThat(LocalDate.parse(notice.path("noticeEndsOn").asText())).isAfter(LocalDate.now());
    }

    @Test
    void applicationUnderReviewIsNotListed() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();

        // when
        Response response = api.get("/api/public/notices");

        // then
        assertThat(response.status()).isEqualTo(200);
        assertThat(noticeOf(response.json(), no)).isNull();
    }

    @Test
    void objectionDuringTheNoticeIsAcceptedAndGoesToObjectionReview() {
        // given
        String no = inNotice(Applicants.enterprise(callId));

        // when
        Response response = api.post("/api/public/notices/" + no + "/objections",
                JSON.createObjectNode().put("reason", "该单位认证审核未到现场").put("contact", "13900000000"));

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        driver.runJobs(driver.process(no).getId());
        assertThat(driver.process(no)).isWaitingAt("ObjectionReview");
        assertThat(objections.of(no)).singleElement().satisfies(o -> assertThat(o.reason()).isEqualTo("该单位认证审核未到现场"));
    }

    @Test
    void objectionToAnApplicationNotInNoticeIsNotFound() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();

        // when
        Response response = api.post("/api/public/notices/" + no + "/objections",
                JSON.createObjectNode().put("reason", "异议理由").put("contact", "13900000000"));

        // then
        assertThat(response.status()).isEqualTo(404);
        assertThat(objections.of(no)).isEmpty();
        assertThat(driver.process(no)).isWaitingAt("DistrictReview");
    }

    @Test
    void objectionToAnUnknownApplicationIsNotFound() {
        // when
        Response response = api.post("/api/public/notices/GB-1999-999999/objections",
                JSON.createObjectNode().put("reason", "异议理由"));

        // then
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void objectionWithoutAReasonIsRefusedNamingTheReason() {
        // given
        String no = inNotice(Applicants.enterprise(callId));

        // when
        Response response = api.post("/api/public/notices/" + no + "/objections",
                JSON.createObjectNode().put("reason", "  ").put("contact", "13900000000"));

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly("reason");
        assertThat(objections.of(no)).isEmpty();
        assertThat(driver.process(no)).isWaitingAt("Gateway_NoticeEvents");
    }

    @Test
    void objectionWithANulCharacterIsRefusedNamingTheReason() {
        // given: found by HostileObjectionsTest, a 500 on PostgreSQL (which cannot store it)
        String no = inNotice(Applicants.enterprise(callId));

        // when
        Response response = api.post("/api/public/notices/" + no + "/objections",
                JSON.createObjectNode().put("reason", "有\u0000异议"));

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("reason");
        assertThat(objections.of(no)).isEmpty();
    }

    @Test
    void noticePageShowsTheOrganisationNameHtmlEscapedWithoutLogin() {
        // given
        ObjectNode application = Applicants.enterprise(callId);
        application.put("orgName", "重庆<b>粗体</b>科技有限公司");
        String no = inNotice(application);

        // when
        Response response = api.get("/public/notices");

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.body())
                .contains(no)
                .contains("重庆&lt;b&gt;粗体&lt;/b&gt;科技有限公司")
                .doesNotContain("<b>粗体");
    }

    /** Submits, passes every review and decides the call: the application is in public notice. */
    private String inNotice(ObjectNode application) {
        String no = driver.submit(application).applicationNo();
        driver.passReviews(no);
        driver.decideCall(callId);
        assertThat(driver.process(no)).isWaitingAt("Gateway_NoticeEvents");
        return no;
    }

    private static JsonNode noticeOf(JsonNode notices, String applicationNo) {
        for (JsonNode notice : notices) {
            if (applicationNo.equals(notice.path("applicationNo").asText())) {
                return notice;
            }
        }
        return null;
    }
}

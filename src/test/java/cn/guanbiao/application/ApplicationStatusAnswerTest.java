package cn.guanbiao.application;

import cn.guanbiao.applicant.ApplicationIntake;
import java.util.Map;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code GET /api/applications/{no}} adds to DOMAIN §5 for the status page: the application as submitted, its
 * files, and once an amount is fixed, the award and how it was computed.
 */
@AwardSpringTest
class ApplicationStatusAnswerTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;

    ApiClient api;
    String callId;

    @BeforeEach
    void openCall() {
        api = new ApiClient(port);
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void answerKeepsTheStableFieldsAndEchoesTheApplicationAsSubmitted() {
        // given
        ObjectNode submitted = Applicants.enterprise(callId);
        submitted.putArray("priorAwards").addObject().put("level", "DISTRICT").put("amount", new java.math.BigDecimal("1000.50"));
        ApplicationIntake.Accepted accepted = driver.submit(submitted);

        // when
        JsonNode answer = status(accepted);

        // then
        assertThat(answer.has("applicationNo")).isTrue();
        assertThat(answer.has("status")).isTrue();
        assertThat(answer.has("awardAmount")).isTrue();
        assertThat(answer.path("events").isArray()).isTrue();
        JsonNode application = answer.path("application");
        for (String field : new String[] {"callId", "orgName", "creditCode", "applicantType", "districtCode", "standard",
                "certificateNo", "certificateIssuedOn", "certificateExpiresOn", "certificationBody", "auditStage",
                "contactName", "contactEmail", "contactPhone"}) {
            assertThat(application.path(field).asText()).as(field).isEqualTo(submitted.path(field).asText());
        }
        assertThat(application.path("honours")).isEqualTo(submitted.path("honours"));
        assertThat(application.path("certificationFees").get(0).path("invoiceNo").asText())
                .isEqualTo(submitted.path("certificationFees").get(0).path("invoiceNo").asText());
        assertThat(application.path("certificationFees").get(0).path("amount").decimalValue()).isEqualByComparingTo("25000.00");
        assertThat(application.path("certificationFees").get(0).path("kind").asText()).isEqualTo("CERTIFICATION");
        assertThat(application.path("priorAwards").get(0).path("level").asText()).isEqualTo("DISTRICT");
        assertThat(application.path("priorAwards").get(0).path("amount").decimalValue()).isEqualByComparingTo("1000.50");
        assertThat(answer.path("attachments").isArray()).isTrue();
        assertThat(answer.path("uploadsAllowed").asBoolean()).isTrue();
    }

    @Test
    void awardIsNotComputedWhileTheApplicationIsUnderReview() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));

        // when
        JsonNode answer = status(accepted);

        // then
        assertThat(answer.path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(answer.path("award").isNull()).isTrue();
    }

    @Test
    void awardAwaitingTheDecisionShowsHowItWasComputed() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        driver.passReviews(accepted.applicationNo());

        // when
        JsonNode answer = status(accepted);

        // then
        assertThat(answer.path("status").asText()).isEqualTo("AWAITING_DECISION");
        JsonNode award = answer.path("award");
        assertThat(award.path("amount").decimalValue()).isEqualByComparingTo("25000.00");
        assertThat(award.path("steps")).isNotEmpty();
        assertThat(award.path("steps").get(award.path("steps").size() - 1).asText()).contains("25,000.00");
        assertThat(award.path("fees")).hasSize(1);
        assertThat(award.path("fees").get(0).path("counted").asBoolean()).isTrue();
        assertThat(award.path("fees").get(0).path("amount").decimalValue()).isEqualByComparingTo("25000.00");
        assertThat(award.path("fees").get(0).path("reason").asText()).isNotBlank();
        assertThat(answer.path("uploadsAllowed").asBoolean()).isFalse();
    }

    @Test
    void paidAwardIsStillExplainedAsItWasComputedNotAgainstItsOwnPayment() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        String no = accepted.applicationNo();
        driver.passReviews(no);
        driver.decideCall(callId);
        driver.fireTimer(driver.process(no).getId(), "Event_NoticePeriodOver");
        driver.complete(no, "FundReleaseApproval", "finance", Map.of("approved", true, "comment", "同意拨付"));

        // when
        JsonNode answer = status(accepted);

        // then
        assertThat(answer.path("status").asText()).isEqualTo("PAID");
        JsonNode steps = answer.path("award").path("steps");
        assertThat(answer.path("award").path("amount").decimalValue()).isEqualByComparingTo("25000.00");
        assertThat(steps.get(steps.size() - 1).asText()).startsWith("奖励金额 = 两者较小值 25,000.00 元");
    }

    @Test
    void returnedApplicationNamesTheLastDayToCorrect() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        driver.complete(accepted.applicationNo(), "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", true, "comment", "请补充发票"));

        // when
        JsonNode answer = status(accepted);

        // then
        assertThat(answer.path("status").asText()).isEqualTo("RETURNED_FOR_CORRECTION");
        assertThat(answer.path("correctionDeadline").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private JsonNode status(ApplicationIntake.Accepted accepted) {
        ApiClient.Response response = api.get("/api/applications/" + accepted.applicationNo(),
                "X-Tracking-Token", accepted.trackingToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}

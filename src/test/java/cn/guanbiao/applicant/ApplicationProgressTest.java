package cn.guanbiao.applicant;

import java.util.List;
import java.util.Map;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status API's {@code progress} (the status page's step indicator) follows the application's process step by step,
 * and shows where a case that ended early stopped; {@code status} stays as DOMAIN §6 has it.
 */
@AwardSpringTest
class ApplicationProgressTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired ProcessEngine engine;

    @Test
    void indicatorFollowsTheCaseFromDistrictReviewToPayment() {
        // given
        String callId = driver.openCall("1000000").callId();
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        String no = accepted.applicationNo();

        // then: each position of the process is its step
        assertProgress(accepted, "IN_REVIEW", "IN_PROGRESS", "DONE", "CURRENT", "UPCOMING", "UPCOMING", "UPCOMING", "UPCOMING", "UPCOMING");
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "材料齐全"));
        assertProgress(accepted, "IN_REVIEW", "IN_PROGRESS", "DONE", "DONE", "CURRENT", "UPCOMING", "UPCOMING", "UPCOMING", "UPCOMING");
        driver.complete(no, "DepartmentReview", "economy", Map.of("approved", true, "comment", "同意"));
        assertProgress(accepted, "IN_REVIEW", "IN_PROGRESS", "DONE", "DONE", "DONE", "CURRENT", "UPCOMING", "UPCOMING", "UPCOMING");
        // the municipal review done, the credit check waits for its job (the status changes when it runs)
        driver.as("municipal", () -> engine.getTaskService().complete(driver.task(no, "MunicipalReview").getId(),
                Map.of("approved", true, "comment", "同意")));
        assertProgress(accepted, "IN_REVIEW", "IN_PROGRESS", "DONE", "DONE", "DONE", "DONE", "CURRENT", "UPCOMING", "UPCOMING");
        driver.runJobs(accepted.processInstanceId());
        JsonNode awaiting = assertProgress(accepted, "AWAITING_DECISION", "IN_PROGRESS",
                "DONE", "DONE", "DONE", "DONE", "DONE", "CURRENT", "UPCOMING");
        assertThat(awaiting.path("progress").path("steps").get(5).path("note").asText()).contains("拟奖励名单");
        driver.decideCall(callId);
        assertProgress(accepted, "IN_PUBLIC_NOTICE", "IN_PROGRESS", "DONE", "DONE", "DONE", "DONE", "DONE", "CURRENT", "UPCOMING");
        driver.fireTimer(accepted.processInstanceId(), "Event_NoticePeriodOver");
        assertProgress(accepted, "APPROVED_FOR_PAYMENT", "IN_PROGRESS", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "CURRENT");
        driver.complete(no, "FundReleaseApproval", "finance", Map.of("approved", true, "comment", "同意拨付"));
        JsonNode paid = assertProgress(accepted, "PAID", "PAID", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE");
        assertThat(paid.path("progress").path("steps")).extracting(s -> s.path("label").asText())
                .containsExactly("受理", "区县初审", "行业主管部门审核", "市局复核", "信用核查", "公示", "拨付");
    }

    @Test
    void notFundedCaseStopsAtTheNoticeStep() {
        // given: budget for one award of 25,000; the unit certified by a filing-list body ranks first
        String callId = driver.openCall("30000").callId();
        ApplicationIntake.Accepted funded = submitted(callId, Applicants.APPROVED_BODY);
        ApplicationIntake.Accepted notFunded = submitted(callId, Applicants.BODY_NOT_ON_FILING_LIST);
        driver.passReviews(funded.applicationNo());
        driver.passReviews(notFunded.applicationNo());

        // when
        driver.decideCall(callId);

        // then
        JsonNode view = assertProgress(notFunded, "NOT_FUNDED", "NOT_FUNDED",
                "DONE", "DONE", "DONE", "DONE", "DONE", "STOPPED", "NOT_REACHED");
        assertThat(view.path("progress").path("outcomeLabel").asText()).contains("未获资助");
        assertProgress(funded, "IN_PUBLIC_NOTICE", "IN_PROGRESS", "DONE", "DONE", "DONE", "DONE", "DONE", "CURRENT", "UPCOMING");
    }

    @Test
    void rejectedAtTheDistrictStopsThere() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(driver.openCall("1000000").callId()));

        // when
        driver.complete(accepted.applicationNo(), "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", false, "comment", "证书不在有效期内"));

        // then
        JsonNode view = assertProgress(accepted, "REJECTED", "REJECTED",
                "DONE", "STOPPED", "NOT_REACHED", "NOT_REACHED", "NOT_REACHED", "NOT_REACHED", "NOT_REACHED");
        assertThat(view.path("progress").path("steps").get(1).path("note").asText()).contains("不予奖励");
    }

    @Test
    void returnedForCorrectionStaysAtTheReviewThatReturnedIt() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(driver.openCall("1000000").callId()));
        driver.complete(accepted.applicationNo(), "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "同意"));

        // when
        driver.complete(accepted.applicationNo(), "DepartmentReview", "economy",
                Map.of("approved", false, "returnForCorrection", true, "comment", "请补充发票"));

        // then
        JsonNode view = assertProgress(accepted, "RETURNED_FOR_CORRECTION", "IN_PROGRESS",
                "DONE", "DONE", "CURRENT", "UPCOMING", "UPCOMING", "UPCOMING", "UPCOMING");
        assertThat(view.path("progress").path("steps").get(2).path("note").asText()).contains("补正");
    }

    @Test
    void caseWhoseProcessWasEndedByAnOfficialShowsItEnded() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(driver.openCall("1000000").callId()));

        // when: withdrawn (an administrator ends the process in Cockpit)
        engine.getRuntimeService().deleteProcessInstance(accepted.processInstanceId(), "申请人撤回申请");

        // then
        JsonNode view = assertProgress(accepted, "IN_REVIEW", "TERMINATED",
                "DONE", "STOPPED", "NOT_REACHED", "NOT_REACHED", "NOT_REACHED", "NOT_REACHED", "NOT_REACHED");
        assertThat(view.path("progress").path("outcomeLabel").asText()).contains("撤回");
    }

    private ApplicationIntake.Accepted submitted(String callId, String body) {
        ObjectNode json = Applicants.enterprise(callId);
        json.put("certificationBody", body);
        json.putArray("honours").add("MUNICIPAL_ADVANTAGE");
        return driver.submit(json);
    }

    /** Asks the status API as the applicant and checks status, outcome and each step's state, in order. */
    private JsonNode assertProgress(ApplicationIntake.Accepted accepted, String status, String outcome, String... states) {
        ApiClient.Response response = new ApiClient(port).get("/api/applications/" + accepted.applicationNo(),
                ApplicationController.TOKEN_HEADER, accepted.trackingToken());
        assertThat(response.status()).isEqualTo(200);
        JsonNode view = response.json();
        assertThat(view.path("status").asText()).isEqualTo(status);
        assertThat(view.path("progress").path("outcome").asText()).as("outcome").isEqualTo(outcome);
        assertThat(view.path("progress").path("steps")).extracting(s -> s.path("state").asText())
                .as("states of " + status).containsExactly(states);
        assertThat(view.fieldNames()).toIterable().contains("applicationNo", "status", "statusLabel", "awardAmount", "events");
        List<String> current = view.path("progress").path("steps").findValuesAsText("state").stream()
                .filter("CURRENT"::equals).toList();
        assertThat(current).hasSizeLessThanOrEqualTo(1);
        return view;
    }
}

package cn.guanbiao.review;

import java.util.Map;

import cn.guanbiao.applicant.ApplicationIntake;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import cn.guanbiao.application.AwardApplicationVariables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who decided is shown without login ids (issue 21, DOMAIN §6): officials read the person's full name and office in the
 * review forms' history, applicants the office on the status page.
 */
@AwardSpringTest
class DecidersShownByOfficeTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired RuntimeService runtimeService;
    @Autowired ObjectMapper json;

    String callId;

    @BeforeEach
    void openCall() {
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void reviewFormsHistoryNamesThePersonAndTheOfficeNotTheLoginId() throws Exception {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();

        // when: two reviews decided, the third form opens
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "材料齐全"));
        driver.complete(no, "DepartmentReview", "economy", Map.of("approved", true, "comment", "同意"));

        // then: the history the municipal review's form shows
        String summary = AwardApplicationVariables.of(runtimeService.getVariables(
                driver.task(no, "MunicipalReview").getProcessInstanceId())).reviewSummary();
        JsonNode comments = json.readTree(summary).path("comments");
        assertThat(comments).hasSize(2);
        assertThat(comments.get(0).path("user").asText()).isEqualTo("渝北区审核员（渝北区知识产权局）");
        assertThat(comments.get(1).path("user").asText()).isEqualTo("赵强（市经济和信息化委员会）");
        assertThat(summary).doesNotContain("reviewer-500112").doesNotContain("\"economy\"");
    }

    @Test
    void statusPageShowsTheOfficeThatDecidedNeverALoginIdNorAName() {
        // given: the district returns the application for correction, a person's decision on the timeline
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        String no = accepted.applicationNo();
        driver.complete(no, "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", true, "comment", "请补充发票"));

        // when: the applicant's status page asks
        Response status = new ApiClient(port).get("/api/applications/" + no, "X-Tracking-Token", accepted.trackingToken());

        // then
        assertThat(status.status()).as(status.toString()).isEqualTo(200);
        JsonNode returned = null;
        for (JsonNode event : status.json().path("events")) {
            if ("RETURNED_FOR_CORRECTION".equals(event.path("status").asText())) {
                returned = event;
            }
        }
        assertThat(returned).as(status.body()).isNotNull();
        assertThat(returned.path("actor").asText()).isEqualTo("渝北区知识产权局");
        assertThat(status.body()).doesNotContain("reviewer-500112").doesNotContain("审核员");
    }
}

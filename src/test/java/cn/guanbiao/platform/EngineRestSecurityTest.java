package cn.guanbiao.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Camunda's REST API (DOMAIN §5): HTTP Basic, authorizations enabled, each reviewer sees its own group's tasks. */
@AwardSpringTest
class EngineRestSecurityTest {

    private static final String DISTRICT_REVIEWER = "reviewer-500112";

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired TaskService taskService;

    ApiClient anonymous;
    String callId;

    @BeforeEach
    void setUp() {
        anonymous = new ApiClient(port);
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void taskListWithoutCredentialsIsUnauthorized() {
        // when
        Response response = anonymous.get("/engine-rest/task");

        // then
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void districtReviewerSeesOnlyTheTasksOfItsGroup() {
        // given: one application waiting for its district, one already with the department
        String atDistrict = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String atDepartment = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.complete(atDepartment, "DistrictReview", DISTRICT_REVIEWER, Map.of("approved", true, "comment", "材料齐全"));

        // when
        Response response = anonymous.as(DISTRICT_REVIEWER, "demo").get("/engine-rest/task");

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Set<String> seen = ids(response.json());
        Set<String> ofItsGroup = taskService.createTaskQuery().taskCandidateGroup("district-500112").includeAssignedTasks()
                .list().stream().map(Task::getId).collect(Collectors.toSet());
        assertThat(seen).contains(driver.task(atDistrict, "DistrictReview").getId())
                .doesNotContain(driver.task(atDepartment, "DepartmentReview").getId());
        assertThat(ofItsGroup).containsAll(seen);
    }

    @Test
    void municipalOfficeCannotSeeADistrictReviewTaskWhileTheDistrictReviewerCan() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String query = "/engine-rest/task?taskDefinitionKey=DistrictReview&processInstanceBusinessKey=" + no;

        // when
        Response asMunicipal = anonymous.as("municipal", "demo").get(query);
        Response asDistrict = anonymous.as(DISTRICT_REVIEWER, "demo").get(query);

        // then
        assertThat(asMunicipal.status()).as(asMunicipal.toString()).isEqualTo(200);
        assertThat(asMunicipal.json()).isEmpty();
        assertThat(asDistrict.status()).as(asDistrict.toString()).isEqualTo(200);
        assertThat(ids(asDistrict.json())).containsExactly(driver.task(no, "DistrictReview").getId());
    }

    @Test
    void decisionRefusedByTheProcessIsABadRequestWithItsReasonAndChangesNothing() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String taskId = driver.task(no, "DistrictReview").getId();

        // when: a rejection without the reason the process requires
        Response response = anonymous.as(DISTRICT_REVIEWER, "demo").post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\": {\"approved\": {\"value\": false}}}");

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("message").asText()).contains("请填写意见");
        assertThat(driver.task(no, "DistrictReview").getId()).isEqualTo(taskId);
    }

    private static Set<String> ids(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.path("id").asText()));
        return Set.copyOf(ids);
    }
}

package cn.guanbiao.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Race;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two reviewers of one group act on the same task at the same moment through Camunda's REST API, as two
 * Tasklist users would: one wins, the other is told so, and nothing happens twice.
 */
@AwardSpringTest
class ConcurrentReviewTest {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentReviewTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROUNDS = 10;
    private static final String FIRST = "reviewer-500112";
    private static final String SECOND = "reviewer-500112-b";

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired IdentityService identityService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired JdbcClient jdbc;

    ApiClient api;
    String callId;

    @BeforeEach
    void secondReviewerInTheDistrict() {
        api = new ApiClient(port);
        callId = driver.openCall("10000000").callId();
        if (identityService.createUserQuery().userId(SECOND).count() == 0) {
            User user = identityService.newUser(SECOND);
            user.setFirstName("渝北区审核员乙");
            user.setLastName("");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership(SECOND, "district-500112");
        }
    }

    @Test
    void twoReviewersCompletingTheSameTaskAtOnceOneDecisionTakesEffect() {
        Map<String, Integer> losers = new TreeMap<>();
        int approvedWon = 0;
        int rejectedWon = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // given: an application at DistrictReview; one reviewer approves it, the other rejects it
            String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
            String taskId = driver.task(no, "DistrictReview").getId();
            String complete = "/engine-rest/task/" + taskId + "/complete";
            boolean firstApproves = round % 2 == 0;

            // when: both press "complete" at the same moment
            List<Response> responses = Race.run(
                    () -> api.as(FIRST, "demo").post(complete, firstApproves ? approval() : rejection()),
                    () -> api.as(SECOND, "demo").post(complete, firstApproves ? rejection() : approval()));
            driver.runJobs(driver.process(no).getId());

            // then: exactly one 204; the other a clear refusal
            List<Integer> statuses = responses.stream().map(Response::status).toList();
            assertThat(statuses).as("%s", responses).containsOnlyOnce(204);
            int winner = statuses.indexOf(204);
            Response lost = responses.get(1 - winner);
            assertThat(lost.status()).as(lost.toString()).isIn(409, 404);
            assertThat(lost.json().path("message").asText()).as(lost.toString()).contains("请刷新");
            losers.merge(lost.status() + " " + lost.json().path("type").asText(), 1, Integer::sum);
            boolean approved = (winner == 0) == firstApproves;
            approvedWon += approved ? 1 : 0;
            rejectedWon += approved ? 0 : 1;

            // and nothing happened twice: one completion, one decision, and only the winner's consequences
            assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(no)
                    .taskDefinitionKey("DistrictReview").finished().count()).isOne();
            assertThat(count("SELECT COUNT(*) FROM review_decision WHERE application_no = ? AND task_key = 'DistrictReview'", no))
                    .isOne();
            assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("DepartmentReview")
                    .count()).isEqualTo(approved ? 1 : 0);
            assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE application_no = ? AND recipient = 'economy@guanbiao.example'", no))
                    .isEqualTo(approved ? 1 : 0);
            assertThat(count("SELECT COUNT(*) FROM application_event WHERE application_no = ? AND status = 'REJECTED'", no))
                    .isEqualTo(approved ? 0 : 1);
            assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE application_no = ? AND subject LIKE '%不予奖励%'", no))
                    .isEqualTo(approved ? 0 : 1);
            assertThat(driver.status(no)).isEqualTo(approved ? ApplicationStatus.IN_REVIEW : ApplicationStatus.REJECTED);
        }
        log.info("Complete race: {} rounds, approval won {}, rejection won {}, losers got {}", ROUNDS, approvedWon,
                rejectedWon, losers);
    }

    @Test
    void twoReviewersClaimingTheSameTaskAtOnceOneGetsIt() {
        Map<String, Integer> losers = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            // given
            String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
            String claim = "/engine-rest/task/" + driver.task(no, "DistrictReview").getId() + "/claim";

            // when
            List<Response> responses = Race.run(
                    () -> api.as(FIRST, "demo").post(claim, JSON.createObjectNode().put("userId", FIRST)),
                    () -> api.as(SECOND, "demo").post(claim, JSON.createObjectNode().put("userId", SECOND)));

            // then
            List<Integer> statuses = responses.stream().map(Response::status).toList();
            assertThat(statuses).as("%s", responses).containsOnlyOnce(204);
            int winner = statuses.indexOf(204);
            Response lost = responses.get(1 - winner);
            assertThat(lost.status()).as(lost.toString()).isEqualTo(409);
            assertThat(lost.json().path("message").asText()).as(lost.toString()).contains("请刷新");
            losers.merge(lost.status() + " " + lost.json().path("type").asText(), 1, Integer::sum);
            assertThat(driver.task(no, "DistrictReview").getAssignee()).isEqualTo(winner == 0 ? FIRST : SECOND);
        }
        log.info("Claim race: {} rounds, losers got {}", ROUNDS, losers);
    }

    @Test
    void reviewerCompletingATaskAColleagueHasJustCompletedIsToldItIsDone() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String complete = "/engine-rest/task/" + driver.task(no, "DistrictReview").getId() + "/complete";
        assertThat(api.as(FIRST, "demo").post(complete, decision(true, "材料齐全")).status()).isEqualTo(204);

        // when
        Response late = api.as(SECOND, "demo").post(complete, decision(false, "证书与申报单位不符"));

        // then
        assertThat(late.status()).as(late.toString()).isEqualTo(404);
        assertThat(late.json().path("message").asText()).isEqualTo("该任务已由他人办结或已不存在。请刷新任务列表。");
        assertThat(count("SELECT COUNT(*) FROM review_decision WHERE application_no = ? AND task_key = 'DistrictReview'", no))
                .isOne();
    }

    @Test
    void reviewerClaimingATaskAColleagueHasClaimedIsToldWho() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String claim = "/engine-rest/task/" + driver.task(no, "DistrictReview").getId() + "/claim";
        assertThat(api.as(FIRST, "demo").post(claim, JSON.createObjectNode().put("userId", FIRST)).status()).isEqualTo(204);

        // when
        Response late = api.as(SECOND, "demo").post(claim, JSON.createObjectNode().put("userId", SECOND));

        // then
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().path("type").asText()).isEqualTo("TaskAlreadyClaimedException");
        assertThat(late.json().path("message").asText()).startsWith("该任务已由" + firstName(FIRST) + "（")
                .endsWith("）认领。请刷新任务列表。").doesNotContain(FIRST);
        assertThat(driver.task(no, "DistrictReview").getAssignee()).isEqualTo(FIRST);
    }

    @Test
    void reviewerCompletingATaskAColleagueHasClaimedIsRefusedAndTheClaimantStillDecides() {
        // given: the first reviewer has claimed the task
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String taskId = driver.task(no, "DistrictReview").getId();
        assertThat(api.as(FIRST, "demo").post("/engine-rest/task/" + taskId + "/claim",
                JSON.createObjectNode().put("userId", FIRST)).status()).isEqualTo(204);

        // when: a colleague of the same group completes it over REST
        Response colleague = api.as(SECOND, "demo").post("/engine-rest/task/" + taskId + "/complete", rejection());

        // then: refused with the claimant's name, nothing decided; the claimant's decision takes effect
        assertThat(colleague.status()).as(colleague.toString()).isEqualTo(400);
        assertThat(colleague.json().path("message").asText()).contains("该任务已由" + firstName(FIRST) + "（")
                .contains("）认领").doesNotContain(FIRST);
        assertThat(count("SELECT COUNT(*) FROM review_decision WHERE application_no = ? AND task_key = 'DistrictReview'", no))
                .isZero();
        assertThat(api.as(FIRST, "demo").post("/engine-rest/task/" + taskId + "/complete", approval()).status())
                .isEqualTo(204);
        assertThat(driver.task(no, "DepartmentReview")).isNotNull();
    }

    /** Colleagues are told who has the task by name and office, not by login id. */
    private String firstName(String userId) {
        String name = identityService.createUserQuery().userId(userId).singleResult().getFirstName();
        assertThat(name).as("first name of " + userId).isNotBlank();
        return name;
    }

    private ObjectNode approval() {
        return decision(true, "材料齐全");
    }

    private ObjectNode rejection() {
        return decision(false, "证书与申报单位不符");
    }

    private ObjectNode decision(boolean approved, String comment) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        variables.putObject("approved").put("value", approved).put("type", "Boolean");
        variables.putObject("comment").put("value", comment).put("type", "String");
        return body;
    }

    private int count(String sql, String applicationNo) {
        return jdbc.sql(sql).param(applicationNo).query(Integer.class).single();
    }
}

package cn.guanbiao.platform;

import java.util.List;
import java.util.Map;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.CreditCode;
import cn.guanbiao.usertask.ReviewDecisions;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.WebappSession;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A signed-in official can do only an official's work (issue 19): no object of any class built from what they send,
 * no process data set outside their own task's form, no work on another's claim, nothing of jobs or batches; and
 * every decision is about the application of the process's business key, whatever its variables say.
 */
@AwardSpringTest
class EngineApiGateTest {

    private static final String REVIEWER = "reviewer-500112";
    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
    /** What ran a command on the server, with the Canary in place of DriverManagerDataSource. */
    private static final String HOSTILE_OBJECT = "{\"value\":\"{\\\"url\\\":\\\"jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'x'\\\"}\","
            + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"" + Canary.class.getName()
            + "\",\"serializationDataFormat\":\"application/json\"}}";

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired AuthorizationService authorizationService;
    @Autowired IdentityService identityService;
    @Autowired ReviewDecisions reviewDecisions;

    ApiClient reviewer;
    ApiClient admin;
    String callId;

    @BeforeEach
    void setUp() {
        reviewer = new ApiClient(port).as(REVIEWER, "demo");
        admin = new ApiClient(port).as("admin", "admin");
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void reviewerStoresNoObjectVariableThroughEitherSurface() {
        // given: a task of the reviewer's own group
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String taskId = driver.task(no, "DistrictReview").getId();
        WebappSession tasklist = tasklistAs(REVIEWER);
        int touched = Canary.TOUCHED.get();

        // when
        Response engineRest = reviewer.put("/engine-rest/task/" + taskId + "/variables/x", HOSTILE_OBJECT);
        Response webapp = tasklist.send("PUT", WEBAPP_ENGINE + "/task/" + taskId + "/variables/x", HOSTILE_OBJECT);
        Response completion = reviewer.post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":{\"approved\":{\"value\":true},\"comment\":" + HOSTILE_OBJECT + "}}");
        Response submitted = tasklist.send("POST", WEBAPP_ENGINE + "/task/" + taskId + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"comment\":" + HOSTILE_OBJECT + "}}");

        // then
        assertThat(engineRest.status()).as(engineRest.toString()).isEqualTo(403);
        assertThat(webapp.status()).as(webapp.toString()).isEqualTo(403);
        assertThat(completion.status()).as(completion.toString()).isEqualTo(400);
        assertThat(completion.json().path("message").asText()).contains("comment", "Object", "不允许");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(400);
        assertThat(taskService.getVariable(taskId, "x")).isNull();
        assertThat(driver.task(no, "DistrictReview").getId()).isEqualTo(taskId);
        assertThat(Canary.TOUCHED.get()).isEqualTo(touched);
    }

    @Test
    void objectVariableOfAClassNotOnTheListIsStoredInertAndNeverBuiltWhoeverReadsIt() {
        // given: an administrator (who may set variables) stores the payload on an application's process
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String instance = driver.process(no).getId();
        int touched = Canary.TOUCHED.get();
        Response stored = admin.put("/engine-rest/process-instance/" + instance + "/variables/x", HOSTILE_OBJECT);
        assertThat(stored.status()).as(stored.toString()).isEqualTo(204);

        try {
            // when: read back as Cockpit's variable tab and its history view do, and through the Java API
            Response one = admin.get("/engine-rest/process-instance/" + instance + "/variables/x");
            Response all = admin.get("/engine-rest/process-instance/" + instance + "/variables");
            Response history = admin.get("/engine-rest/history/variable-instance?processInstanceId=" + instance);
            Response serialized = admin.get("/engine-rest/process-instance/" + instance + "/variables/x?deserializeValue=false");

            // then: refused where it would be built, shown as the text it is where it is not
            assertThat(one.status()).as(one.toString()).isNotEqualTo(200);
            assertThat(all.status()).as(all.toString()).isNotEqualTo(200);
            assertThat(history.body()).doesNotContain("\"url\"");
            assertThat(serialized.status()).isEqualTo(200);
            assertThat(serialized.json().path("value").asText()).contains("jdbc:h2:mem:x");
            assertThatThrownBy(() -> runtimeService.getVariable(instance, "x")).isInstanceOf(ProcessEngineException.class);
            assertThat(Canary.TOUCHED.get()).as("times the named class was built or read").isEqualTo(touched);
        } finally {
            runtimeService.removeVariable(instance, "x");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"applicationNo", "districtCode", "applicantType", "departmentGroup", "reviewOutcome", "status",
            "awardAmount", "reviewSummary", "orgName"})
    void completionMaySetOnlyTheFormsFieldsAndTheDecisionOfDomainSection5(String variable) {
        // given: an application of the reviewer's district and one of another
        String own = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String other = driver.submit(inYuzhong()).applicationNo();
        String taskId = driver.task(own, "DistrictReview").getId();

        // when: the reviewer's own task completed with the other application's data beside the decision
        Response response = reviewer.post("/engine-rest/task/" + taskId + "/complete", "{\"variables\":{"
                + "\"approved\":{\"value\":false},\"comment\":{\"value\":\"越权\"},\"" + variable + "\":{\"value\":\"" + other
                + "\"}}}");

        // then: refused in Chinese naming the variable; neither application has changed
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("message").asText()).contains("不能设置", variable)
                .doesNotContain(driver.process(own).getId());
        assertThat(driver.task(own, "DistrictReview").getId()).isEqualTo(taskId);
        assertThat(driver.task(other, "DistrictReview")).isNotNull();
        assertThat(driver.status(own)).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(driver.status(other)).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(reviewDecisions.of(own)).isEmpty();
        assertThat(reviewDecisions.of(other)).isEmpty();
    }

    @Test
    void tasklistSubmitsTheFormsFieldsAndNothingElse() {
        // given
        String own = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String other = driver.submit(inYuzhong()).applicationNo();
        String taskId = driver.task(own, "DistrictReview").getId();
        WebappSession tasklist = tasklistAs(REVIEWER);
        String path = WEBAPP_ENGINE + "/task/" + taskId + "/submit-form";

        // when
        Response smuggled = tasklist.send("POST", path, "{\"variables\":{\"decision\":{\"value\":\"REJECT\"},"
                + "\"comment\":{\"value\":\"越权\"},\"applicationNo\":{\"value\":\"" + other + "\"}}}");
        Response form = tasklist.send("POST", path, "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},"
                + "\"comment\":{\"value\":\"材料齐全\"}}}");

        // then
        assertThat(smuggled.status()).as(smuggled.toString()).isEqualTo(400);
        assertThat(smuggled.json().path("message").asText()).contains("applicationNo");
        assertThat(form.status()).as(form.toString()).isEqualTo(204);
        driver.runJobs(driver.process(own).getId());
        assertThat(driver.task(own, "DepartmentReview")).isNotNull();
        assertThat(driver.status(other)).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(reviewDecisions.of(other)).isEmpty();
    }

    @Test
    void decisionIsAboutTheApplicationOfTheBusinessKeyWhateverTheVariableSays() {
        // given: the variable applicationNo of one application's process names another (set by whatever means)
        String own = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String other = driver.submit(inYuzhong()).applicationNo();
        runtimeService.setVariable(driver.process(own).getId(), "applicationNo", other);

        // when: the reviewer rejects the own application
        driver.complete(own, "DistrictReview", REVIEWER, Map.of("approved", false, "comment", "材料不实"));

        // then
        assertThat(driver.status(own)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(reviewDecisions.of(own)).hasSize(1);
        assertThat(driver.status(other)).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(reviewDecisions.of(other)).isEmpty();
        assertThat(driver.task(other, "DistrictReview")).isNotNull();
    }

    @Test
    void reviewerSetsNoVariableOutsideCompletingTheirTask() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        Task task = driver.task(no, "DistrictReview");
        String instance = task.getProcessInstanceId();
        String districtCode = "{\"value\":\"500103\",\"type\":\"String\"}";
        String modification = "{\"modifications\":{\"districtCode\":" + districtCode + "}}";

        // when
        List<Response> attempts = List.of(
                reviewer.put("/engine-rest/task/" + task.getId() + "/variables/districtCode", districtCode),
                reviewer.post("/engine-rest/task/" + task.getId() + "/variables", modification),
                reviewer.put("/engine-rest/task/" + task.getId() + "/localVariables/districtCode", districtCode),
                reviewer.post("/engine-rest/task/" + task.getId() + "/localVariables", modification),
                reviewer.send("DELETE", "/engine-rest/task/" + task.getId() + "/variables/districtCode", null),
                reviewer.put("/engine-rest/process-instance/" + instance + "/variables/districtCode", districtCode),
                reviewer.post("/engine-rest/process-instance/" + instance + "/variables", modification),
                reviewer.put("/engine-rest/execution/" + task.getExecutionId() + "/localVariables/districtCode", districtCode),
                reviewer.post("/engine-rest/task/" + task.getId() + "/bpmnError", "{\"errorCode\":\"x\",\"variables\":{\"districtCode\":"
                        + districtCode + "}}"),
                reviewer.post("/engine-rest/message", "{\"messageName\":\"ApplicationCorrected\",\"businessKey\":\"" + no
                        + "\",\"processVariables\":{\"districtCode\":" + districtCode + "}}"));

        // then
        assertThat(attempts).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.json().path("message").asText()).contains("无权调用此接口");
        });
        assertThat(runtimeService.getVariable(instance, "districtCode")).isEqualTo("500112");
        assertThat(driver.task(no, "DistrictReview").getId()).isEqualTo(task.getId());
    }

    @Test
    void candidatesWorkOnTheirTaskButNeitherChangeNorHandItToOthers() {
        // given: a task of 渝北区 and a colleague of the same office
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        Task task = driver.task(no, "DistrictReview");
        String colleague = "colleague-500112";
        User user = identityService.newUser(colleague);
        user.setPassword("demo-colleague");
        identityService.saveUser(user);
        identityService.createMembership(colleague, "district-500112");
        try {
            List<String> groups = List.of("district-500112");

            // when
            Response update = reviewer.put("/engine-rest/task/" + task.getId(),
                    "{\"name\":\"区县初审\",\"priority\":100,\"due\":\"2099-01-01T00:00:00.000+0800\"}");
            Response candidates = reviewer.post("/engine-rest/task/" + task.getId() + "/identity-links",
                    "{\"groupId\":\"district-500103\",\"type\":\"candidate\"}");
            Response assign = reviewer.post("/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\":\"" + colleague + "\"}");
            Response claimForColleague = reviewer.post("/engine-rest/task/" + task.getId() + "/claim",
                    "{\"userId\":\"" + colleague + "\"}");
            Response claim = reviewer.post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + REVIEWER + "\"}");
            Response colleagueUnclaims = new ApiClient(port).as(colleague, "demo-colleague")
                    .post("/engine-rest/task/" + task.getId() + "/unclaim", "");
            Response unclaim = reviewer.post("/engine-rest/task/" + task.getId() + "/unclaim", "");

            // then: TASK_WORK, not UPDATE
            assertThat(authorizationService.isUserAuthorized(REVIEWER, groups, Permissions.TASK_WORK, Resources.TASK, task.getId()))
                    .isTrue();
            assertThat(authorizationService.isUserAuthorized(REVIEWER, groups, Permissions.UPDATE, Resources.TASK, task.getId()))
                    .isFalse();
            assertThat(update.status()).as(update.toString()).isEqualTo(403);
            assertThat(candidates.status()).as(candidates.toString()).isEqualTo(403);
            assertThat(assign.status()).as(assign.toString()).isEqualTo(403);
            assertThat(claimForColleague.status()).as(claimForColleague.toString()).isEqualTo(400);
            assertThat(claimForColleague.json().path("message").asText()).contains("只能为自己认领任务");
            assertThat(claim.status()).as(claim.toString()).isEqualTo(204);
            assertThat(colleagueUnclaims.status()).as(colleagueUnclaims.toString()).isEqualTo(400);
            assertThat(colleagueUnclaims.json().path("message").asText()).contains("只有认领人可以退回").doesNotContain(REVIEWER);
            assertThat(unclaim.status()).as(unclaim.toString()).isEqualTo(204);
            Task after = driver.task(no, "DistrictReview");
            assertThat(after.getPriority()).isEqualTo(task.getPriority());
            assertThat(after.getDueDate()).isEqualTo(task.getDueDate());
            assertThat(after.getAssignee()).isNull();
            assertThat(taskService.getIdentityLinksForTask(task.getId())).noneMatch(l -> "district-500103".equals(l.getGroupId()));
        } finally {
            identityService.deleteUser(colleague);
        }
    }

    @Test
    void reviewerCannotRescheduleRunOrDeleteJobsOfNoProcessOnEitherSurface() {
        // given: the history cleanup job and a batch's jobs, which belong to no process definition
        Job cleanup = historyService.findHistoryCleanupJobs().get(0);
        String doomed = driver.submit(Applicants.enterprise(callId)).applicationNo();
        Batch batch = runtimeService.deleteProcessInstancesAsync(List.of(driver.process(doomed).getId()), "测试批处理");
        managementService.executeJob(managementService.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId())
                .singleResult().getId());
        Job monitor = managementService.createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).singleResult();
        WebappSession tasklist = tasklistAs(REVIEWER);

        try {
            // when
            List<Response> attempts = List.of(
                    reviewer.put("/engine-rest/job/" + cleanup.getId() + "/duedate", "{\"duedate\":\"2020-01-01T00:00:00.000+0800\"}"),
                    reviewer.post("/engine-rest/job/" + cleanup.getId() + "/execute", ""),
                    reviewer.send("DELETE", "/engine-rest/job/" + cleanup.getId(), null),
                    reviewer.send("DELETE", "/engine-rest/job/" + monitor.getId(), null),
                    reviewer.send("DELETE", "/engine-rest/batch/" + batch.getId(), null),
                    reviewer.post("/engine-rest/history/cleanup", ""),
                    tasklist.send("PUT", WEBAPP_ENGINE + "/job/" + cleanup.getId() + "/duedate", "{\"duedate\":\"2020-01-01T00:00:00.000+0800\"}"),
                    tasklist.send("POST", WEBAPP_ENGINE + "/job/" + cleanup.getId() + "/execute", null),
                    tasklist.send("DELETE", WEBAPP_ENGINE + "/job/" + monitor.getId(), null));

            // then
            assertThat(attempts).allSatisfy(response -> assertThat(response.status()).as(response.toString()).isEqualTo(403));
            Job after = managementService.createJobQuery().jobId(cleanup.getId()).singleResult();
            assertThat(after).isNotNull();
            assertThat(after.getDuedate()).isEqualTo(cleanup.getDuedate());
            assertThat(managementService.createJobQuery().jobId(monitor.getId()).singleResult()).isNotNull();
            assertThat(managementService.createBatchQuery().batchId(batch.getId()).count()).isEqualTo(1);
        } finally {
            managementService.deleteBatch(batch.getId(), true);
        }
    }

    @Test
    void whatTheEngineAnswersAnOfficialNamesNoInternalId() {
        // given: a task of 渝北区, waiting
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        Task task = driver.task(no, "DistrictReview");
        WebappSession tasklist = tasklistAs(REVIEWER);
        assertThat(reviewer.post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + REVIEWER + "\"}").status())
                .isEqualTo(204);

        // when
        Response unreasoned = tasklist.send("POST", WEBAPP_ENGINE + "/task/" + task.getId() + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"REJECT\"}}}");
        Response otherDistrict = new ApiClient(port).as("reviewer-500103", "demo").get("/engine-rest/task/" + task.getId() + "/form-variables");
        Response gone = tasklist.send("GET", WEBAPP_ENGINE + "/task/" + task.getProcessInstanceId(), null);

        // then: the application's own reason, or one Chinese sentence; never the task's or the instance's id
        assertThat(unreasoned.status()).as(unreasoned.toString()).isGreaterThanOrEqualTo(400);
        assertThat(unreasoned.json().path("message").asText()).isEqualTo("请填写意见：不予通过或退回补正时必须说明理由（comment）");
        for (Response response : List.of(unreasoned, otherDistrict, gone)) {
            assertThat(response.status()).as(response.toString()).isGreaterThanOrEqualTo(400);
            assertThat(response.body()).as(response.toString()).doesNotContain(task.getId(), task.getProcessInstanceId(),
                    task.getExecutionId());
        }
        assertThat(gone.json().path("message").asText()).contains("已不存在");
    }

    private WebappSession tasklistAs(String user) {
        WebappSession session = new WebappSession(port, "tasklist");
        assertThat(session.login(user, "demo").statusCode()).isEqualTo(200);
        return session;
    }

    private ObjectNode inYuzhong() {
        ObjectNode json = Applicants.enterprise(callId);
        json.put("districtCode", "500103");
        json.put("creditCode", CreditCode.withCheckCharacter("91500103" + Applicants.newCreditCode().substring(8, 17)));
        return json;
    }
}

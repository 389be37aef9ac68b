package cn.guanbiao.platform;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.guanbiao.application.CreditCode;
import cn.guanbiao.call.CallOpening;
import cn.guanbiao.credit.CreditListType;
import cn.guanbiao.credit.CreditRecords;
import cn.guanbiao.pilot.PilotDriver;
import cn.guanbiao.pilot.PilotParticipations;
import cn.guanbiao.usertask.ReviewDecisions;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may do what, group by group (issue 4): with one open task of each kind in the engine — 区县初审 in 渝北区
 * (500112) and in 渝中区 (500103), 行业主管部门审核 for the economy and the education commission, 市局复核,
 * 资金拨付审批, 拨付前信用研判 and 审定拟奖励名单, and of the ISO 56005 pilot 确定本区县试点企业名单 (渝北区), the two approvals of a list
 * (市知识产权局, 市经济信息委) and 登记初始测评 (渝中区) — each group's member sees exactly the tasks of its group (Java API and
 * {@code /engine-rest}), cannot complete any other (AuthorizationException, REST 403, the task untouched), starts no
 * process definition (only administrators may), and opens only Tasklist among the webapps (administrators: all).
 * Of the engine's REST resources (issue 19), every family is called by every group over {@code /engine-rest} and over
 * the webapps' {@code /camunda/api/engine}: officials are let through to their work and stopped at everything else
 * ({@link EngineApiPolicy}), administrators are never stopped.
 */
@AwardSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** One user of each group, as DOMAIN §5 and the demo data name them. */
    record Member(String user, String password, String group) {

        boolean isAdmin() {
            return Groups.ADMIN.equals(group);
        }

        @Override
        public String toString() {
            return group + " (" + user + ")";
        }
    }

    static final List<Member> MEMBERS = List.of(
            new Member("reviewer-500112", "demo", "district-500112"),
            new Member("reviewer-500103", "demo", "district-500103"),
            new Member("economy", "demo", "dept-economy"),
            new Member("education", "demo", "dept-education"),
            new Member("science", "demo", "dept-science"),
            new Member("sasac", "demo", "dept-sasac"),
            new Member("federation", "demo", "dept-federation"),
            new Member("municipal", "demo", Groups.MUNICIPAL_IP_OFFICE),
            new Member("finance", "demo", Groups.FINANCE_OFFICE),
            new Member("inspector1", "demo", Groups.INSPECTORS),
            new Member("admin", "admin", Groups.ADMIN));

    static final List<String> PROCESSES = List.of("award-application", "award-call", "mail-delivery", "pilot-batch",
            "pilot-participation");
    static final List<String> WEBAPPS = List.of("tasklist", "cockpit", "admin");

    /** Cells checked, over all groups: printed at the end for the report. */
    static final AtomicInteger CELLS = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired CallOpening callOpening;
    @Autowired PilotDriver pilot;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired ReviewDecisions reviewDecisions;
    @Autowired CreditRecords creditRecords;

    /** The open tasks of this test, id → the one group that is its candidate. */
    final Map<String, String> groupOfTask = new LinkedHashMap<>();
    final Map<String, String> nameOfTask = new LinkedHashMap<>();
    final List<String> businessKeys = new ArrayList<>();
    String inYubei;

    @BeforeAll
    void openOneTaskOfEachKind() {
        String reviewing = driver.openCall("1000000").callId();

        // 区县初审 in two districts
        inYubei = submit(Applicants.enterprise(reviewing));
        expectTask(inYubei, "DistrictReview", "district-500112");
        ObjectNode yuzhong = Applicants.enterprise(reviewing);
        yuzhong.put("districtCode", "500103");
        yuzhong.put("creditCode", creditCodeOf("500103"));
        String inYuzhong = submit(yuzhong);
        expectTask(inYuzhong, "DistrictReview", "district-500103");

        // 行业主管部门审核: an enterprise (经信委) and a university (教委)
        String enterprise = submit(Applicants.enterprise(reviewing));
        driver.complete(enterprise, "DistrictReview", "reviewer-500112", approved());
        expectTask(enterprise, "DepartmentReview", "dept-economy");
        ObjectNode universityJson = Applicants.enterprise(reviewing);
        universityJson.put("applicantType", "UNIVERSITY");
        universityJson.put("standard", "GB/T 33251-2016");
        String university = submit(universityJson);
        driver.complete(university, "DistrictReview", "reviewer-500112", approved());
        expectTask(university, "DepartmentReview", "dept-education");

        // 市局复核
        String atMunicipal = submit(Applicants.enterprise(reviewing));
        driver.complete(atMunicipal, "DistrictReview", "reviewer-500112", approved());
        driver.complete(atMunicipal, "DepartmentReview", "economy", approved());
        expectTask(atMunicipal, "MunicipalReview", Groups.MUNICIPAL_IP_OFFICE);

        // 资金拨付审批: reviewed, decided with its call, through the public notice
        String paying = driver.openCall("1000000").callId();
        String toPay = submit(Applicants.enterprise(paying));
        driver.passReviews(toPay);
        driver.decideCall(paying);
        driver.fireTimer(driver.process(toPay).getId(), "Event_NoticePeriodOver");
        expectTask(toPay, "FundReleaseApproval", Groups.FINANCE_OFFICE);

        // 拨付前信用研判: a unit listed as 经营异常 after its credit check, approved for payment by finance
        String rechecking = driver.openCall("1000000").callId();
        ObjectNode listedLater = Applicants.enterprise(rechecking);
        String toRecheck = submit(listedLater);
        driver.passReviews(toRecheck);
        driver.decideCall(rechecking);
        driver.fireTimer(driver.process(toRecheck).getId(), "Event_NoticePeriodOver");
        creditRecords.add(listedLater.get("creditCode").asText(), CreditListType.ABNORMAL_OPERATION, "国家企业信用信息公示系统");
        driver.complete(toRecheck, "FundReleaseApproval", "finance", approved());
        expectTask(toRecheck, "PaymentCreditReview", Groups.MUNICIPAL_IP_OFFICE);

        // 审定拟奖励名单 of a call closed without applications
        String empty = driver.openCall("1000000").callId();
        callOpening.close(empty);
        driver.runJobs(driver.instance(empty, "award-call").getId());
        expectTask(empty, "ApproveAwardList", Groups.MUNICIPAL_IP_OFFICE);

        // ISO 56005 pilot, in the demo districts of config/reference/pilot-enterprises.csv: 渝北区 chooses its list...
        String yubeiBatch = pilot.open(2023, "500112").batchNo();
        expectTask(yubeiBatch, "DistrictPilotSelection", "district-500112");
        // ...沙坪坝区's list waits for both approvals...
        String shapingbaBatch = pilot.open(2024, "500106").batchNo();
        pilot.sendProposal(shapingbaBatch, "500106");
        expectTask(shapingbaBatch, "MunicipalPilotApproval", Groups.MUNICIPAL_IP_OFFICE);
        expectTask(shapingbaBatch, "EconomyPilotApproval", "dept-economy");
        // ...and 渝中区's approved list has started each enterprise's pilot
        String yuzhongBatch = pilot.open(2023, "500103").batchNo();
        List<String> piloted = pilot.sendProposal(yuzhongBatch, "500103");
        pilot.approveBoth(yuzhongBatch);
        expectTask(PilotParticipations.businessKey(2023, piloted.get(0)), "PilotInitialAssessment", "district-500103");
    }

    @AfterAll
    void reportTheMatrixSize() {
        System.out.printf("Authorization matrix: %d groups, %d tasks, %d process definitions, %d webapps: %d cells checked%n",
                MEMBERS.size(), groupOfTask.size(), PROCESSES.size(), WEBAPPS.size(), CELLS.get());
    }

    static Stream<Member> members() {
        return MEMBERS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("members")
    void seesExactlyTheTasksOfItsGroupThroughTheJavaApi(Member member) {
        // given
        Set<String> expected = expectedTasks(member);

        // when
        List<Task> visible = as(member, () -> taskService.createTaskQuery().list());

        // then: of this test's tasks exactly its group's; of all the engine holds, none of another group
        Set<String> ours = visible.stream().map(Task::getId).filter(groupOfTask::containsKey).collect(Collectors.toSet());
        assertThat(ours).as("tasks %s sees", member).containsExactlyInAnyOrderElementsOf(expected);
        if (!member.isAdmin()) {
            assertThat(visible).as("every task %s sees", member).allSatisfy(task -> assertThat(
                    task.getAssignee() != null && task.getAssignee().equals(member.user())
                            || candidateGroups(task.getId()).stream().anyMatch(groupsOf(member.user())::contains))
                    .as("%s (%s) is of a group of %s", task.getTaskDefinitionKey(), task.getId(), member).isTrue());
        }
        CELLS.addAndGet(groupOfTask.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("members")
    void seesExactlyTheTasksOfItsGroupThroughEngineRest(Member member) {
        // when
        Response response = new ApiClient(port).as(member.user(), member.password())
                .get("/engine-rest/task?processInstanceBusinessKeyIn=" + String.join(",", businessKeys));

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        Set<String> seen = new HashSet<>();
        response.json().forEach(task -> seen.add(task.path("id").asText()));
        assertThat(seen).as("tasks %s sees over REST", member).containsExactlyInAnyOrderElementsOf(expectedTasks(member));
        CELLS.addAndGet(groupOfTask.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("members")
    void mayCompleteItsGroupsTasksAndNoOther(Member member) {
        for (Map.Entry<String, String> task : groupOfTask.entrySet()) {
            // given
            String taskId = task.getKey();
            boolean own = member.isAdmin() || member.group().equals(task.getValue());

            // when: the permission Camunda grants a task's candidate groups (UPDATE, or TASK_WORK if so configured)
            boolean mayWork = isAuthorized(member, Permissions.UPDATE, Resources.TASK, taskId)
                    || isAuthorized(member, TaskPermissions.TASK_WORK, Resources.TASK, taskId);

            // then: there for its own tasks only; completing another group's task fails and leaves it as it was
            assertThat(mayWork).as("%s may work on %s", member, nameOfTask.get(taskId)).isEqualTo(own);
            if (!own) {
                assertThatThrownBy(() -> as(member, () -> {
                    taskService.complete(taskId, approved());
                    return null;
                })).as("%s completes %s", member, nameOfTask.get(taskId)).isInstanceOf(AuthorizationException.class);
                assertUntouched(taskId);
            }
            CELLS.incrementAndGet();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("members")
    void startsNoProcessDefinitionUnlessAdministrator(Member member) {
        for (String process : PROCESSES) {
            // when
            boolean createInstance = isAuthorized(member, Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, process);
            boolean create = isAuthorized(member, Permissions.CREATE, Resources.PROCESS_INSTANCE, "*");

            // then
            assertThat(createInstance && create).as("%s may start %s", member, process).isEqualTo(member.isAdmin());
            CELLS.incrementAndGet();
        }
        if (!member.isAdmin()) {
            // and: trying it anyway fails, and starts nothing
            long instances = runtimeService.createProcessInstanceQuery().count();
            assertThatThrownBy(() -> as(member, () -> runtimeService.startProcessInstanceByKey("award-call", "CALL-BY-" + member.user(),
                    Map.of("year", LocalDateTime.now().getYear())))).isInstanceOf(AuthorizationException.class);
            Response rest = new ApiClient(port).as(member.user(), member.password())
                    .post("/engine-rest/process-definition/key/award-application/start", "{}");
            assertThat(rest.status()).as(rest.toString()).isEqualTo(403);
            assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("members")
    void opensTasklistOnlyUnlessAdministrator(Member member) {
        for (String app : WEBAPPS) {
            // when
            boolean access = isAuthorized(member, Permissions.ACCESS, Resources.APPLICATION, app);

            // then
            assertThat(access).as("%s may open %s", member, app).isEqualTo(member.isAdmin() || "tasklist".equals(app));
            CELLS.incrementAndGet();
        }
    }

    /** A resource family of the engine's REST API, one representative call; {@code official}: whether officials may call it. */
    record Family(String method, String path, String body, boolean official) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every resource family, with ids no object has ({@code 0}): what is tested is who may call, not what the call does. */
    static final List<Family> FAMILIES = List.of(
            new Family("GET", "filter", null, true),
            new Family("POST", "filter/0/list", "{}", true),
            new Family("GET", "filter/0/count", null, true),
            new Family("OPTIONS", "filter", null, true),
            new Family("GET", "task?maxResults=1", null, true),
            new Family("POST", "task?maxResults=1", "{}", true),
            new Family("GET", "task/count", null, true),
            new Family("GET", "task/0", null, true),
            new Family("GET", "task/0/form", null, true),
            new Family("GET", "task/0/deployed-form", null, true),
            new Family("GET", "task/0/form-variables", null, true),
            new Family("GET", "task/0/variables", null, true),
            new Family("GET", "task/0/identity-links", null, true),
            new Family("POST", "task/0/claim", "{\"userId\":\"x\"}", true),
            new Family("POST", "task/0/unclaim", null, true),
            new Family("POST", "task/0/complete", "{}", true),
            new Family("POST", "task/0/submit-form", "{}", true),
            new Family("GET", "task/0/comment", null, true),
            new Family("POST", "task/0/comment/create", "{\"message\":\"x\"}", true),
            new Family("GET", "task/0/attachment", null, true),
            new Family("GET", "process-definition?maxResults=1", null, true),
            new Family("GET", "process-definition/key/award-application/xml", null, true),
            new Family("GET", "user/admin/profile", null, true),
            new Family("GET", "user?id=admin", null, true),
            new Family("GET", "history/user-operation?taskId=0", null, true),
            new Family("GET", "authorization/check?permissionName=CREATE&resourceName=filter&resourceType=5", null, true),
            // the task beyond working on it: its variables, its properties, its people
            new Family("PUT", "task/0", "{}", false),
            new Family("DELETE", "task/0", null, false),
            new Family("POST", "task/create", "{}", false),
            new Family("PUT", "task/0/variables/x", "{\"value\":\"x\"}", false),
            new Family("POST", "task/0/variables", "{}", false),
            new Family("DELETE", "task/0/variables/x", null, false),
            new Family("PUT", "task/0/localVariables/x", "{\"value\":\"x\"}", false),
            new Family("POST", "task/0/assignee", "{\"userId\":\"x\"}", false),
            new Family("POST", "task/0/delegate", "{\"userId\":\"x\"}", false),
            new Family("POST", "task/0/resolve", "{}", false),
            new Family("POST", "task/0/identity-links", "{}", false),
            new Family("POST", "task/0/bpmnError", "{}", false),
            new Family("POST", "task/0/bpmnEscalation", "{}", false),
            new Family("DELETE", "task/0/comment/0", null, false),
            new Family("GET", "history/user-operation", null, false),
            // processes and their data
            new Family("POST", "process-definition/key/no-such-process/start", "{}", false),
            new Family("PUT", "process-definition/0/suspended", "{}", false),
            new Family("GET", "process-instance", null, false),
            new Family("GET", "process-instance/0/variables", null, false),
            new Family("PUT", "process-instance/0/variables/x", "{\"value\":\"x\"}", false),
            new Family("DELETE", "process-instance/0", null, false),
            new Family("POST", "process-instance/0/modification", "{}", false),
            new Family("GET", "execution", null, false),
            new Family("PUT", "execution/0/localVariables/x", "{\"value\":\"x\"}", false),
            new Family("GET", "variable-instance", null, false),
            new Family("POST", "message", "{}", false),
            new Family("POST", "signal", "{}", false),
            new Family("POST", "migration/generate", "{}", false),
            new Family("POST", "modification/execute", "{}", false),
            new Family("GET", "decision-definition", null, false),
            new Family("POST", "decision-definition/key/award-policy/evaluate", "{}", false),
            // jobs, batches, deployments, incidents, history and its cleanup
            new Family("GET", "job", null, false),
            new Family("PUT", "job/0/duedate", "{}", false),
            new Family("POST", "job/0/execute", null, false),
            new Family("DELETE", "job/0", null, false),
            new Family("PUT", "job/0/retries", "{}", false),
            new Family("GET", "job-definition", null, false),
            new Family("GET", "batch", null, false),
            new Family("DELETE", "batch/0", null, false),
            new Family("GET", "deployment", null, false),
            new Family("POST", "deployment/create", "{}", false),
            new Family("DELETE", "deployment/0", null, false),
            new Family("GET", "incident", null, false),
            new Family("GET", "external-task", null, false),
            new Family("GET", "history/process-instance", null, false),
            new Family("GET", "history/variable-instance", null, false),
            new Family("GET", "history/task", null, false),
            new Family("POST", "history/cleanup", null, false),
            new Family("GET", "metrics", null, false),
            // users, groups, authorizations, filters
            new Family("GET", "user", null, false),
            new Family("POST", "user/create", "{}", false),
            new Family("PUT", "user/admin/credentials", "{}", false),
            new Family("DELETE", "user/0", null, false),
            new Family("POST", "group/create", "{}", false),
            new Family("PUT", "group/0/members/0", null, false),
            new Family("POST", "authorization/create", "{}", false),
            new Family("DELETE", "authorization/0", null, false),
            new Family("POST", "filter/create", "{}", false),
            new Family("DELETE", "filter/0", null, false),
            // other spellings of what is closed
            new Family("GET", "job;x=1", null, false),
            new Family("GET", "%6Aob", null, false),
            new Family("GET", "task/0/../../job", null, false));

    /** Families whose call by an administrator would change the shared test state: only officials are sent them. */
    static final Set<String> NOT_FOR_ADMINISTRATORS = Set.of("POST history/cleanup", "POST signal", "POST message",
            "PUT user/admin/credentials", "DELETE job/0", "POST job/0/execute");

    @ParameterizedTest(name = "{0}")
    @MethodSource("members")
    void callsOnlyWhatItsRoleMayOfEveryResourceFamilyOnBothSurfaces(Member member) {
        ApiClient engineRest = new ApiClient(port).as(member.user(), member.password());
        WebappSession tasklist = new WebappSession(port, "tasklist");
        assertThat(tasklist.login(member.user(), member.password()).statusCode()).isEqualTo(200);
        for (Family family : FAMILIES) {
            if (member.isAdmin() && NOT_FOR_ADMINISTRATORS.contains(family.toString())) {
                continue;
            }
            // when
            Response overBasic = engineRest.send(family.method(), "/engine-rest/" + family.path(), family.body());
            Response overSession = tasklist.send(family.method(), "/camunda/api/engine/engine/default/" + family.path(), family.body());

            // then: administrators are never stopped at the door; officials only where their work is
            for (Response response : List.of(overBasic, overSession)) {
                boolean refused = response.status() == 403 && response.body().contains("无权调用此接口");
                assertThat(refused).as("%s %s: %s", member, family, response).isEqualTo(!member.isAdmin() && !family.official());
                assertThat(response.status()).as("%s %s: %s", member, family, response).isNotEqualTo(401);
            }
            CELLS.addAndGet(2);
        }
    }

    @Test
    void reviewerOfYuzhongNeitherSeesNorCompletesATaskOfYubei() {
        // given: a task of 渝北区 (500112)
        String no = inYubei;
        Task yubei = driver.task(no, "DistrictReview");
        assertThat(candidateGroups(yubei.getId())).containsExactly("district-500112");
        ApiClient reviewer500103 = new ApiClient(port).as("reviewer-500103", "demo");

        // when
        Response byId = reviewer500103.get("/engine-rest/task/" + yubei.getId());
        Response list = reviewer500103.get("/engine-rest/task?processInstanceBusinessKey=" + no);
        Response complete = reviewer500103.post("/engine-rest/task/" + yubei.getId() + "/complete",
                "{\"variables\":{\"approved\":{\"value\":true,\"type\":\"Boolean\"},\"comment\":{\"value\":\"越权\",\"type\":\"String\"}}}");
        Response claim = reviewer500103.post("/engine-rest/task/" + yubei.getId() + "/claim", "{\"userId\":\"reviewer-500103\"}");

        // then
        assertThat(byId.status()).as(byId.toString()).isIn(403, 404);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).isEmpty();
        assertThat(complete.status()).as(complete.toString()).isEqualTo(403);
        assertThat(complete.json().path("type").asText()).isEqualTo("AuthorizationException");
        assertThat(complete.json().path("message").asText()).isEqualTo("您的账号无权进行此操作。");
        assertThat(complete.body()).doesNotContain(yubei.getId());
        assertThat(claim.status()).as(claim.toString()).isEqualTo(403);
        assertUntouched(yubei.getId());
        assertThat(reviewDecisions.of(no)).isEmpty();
    }

    private Set<String> expectedTasks(Member member) {
        return groupOfTask.entrySet().stream().filter(t -> member.isAdmin() || t.getValue().equals(member.group()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private void assertUntouched(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task).as("task %s is still open", taskId).isNotNull();
        assertThat(task.getAssignee()).isNull();
        assertThat(taskService.getVariableLocal(taskId, "approved")).isNull();
        assertThat(runtimeService.getVariable(task.getExecutionId(), "approved")).isNull();
    }

    private boolean isAuthorized(Member member, Permission permission, Resource resource,
            String resourceId) {
        return authorizationService.isUserAuthorized(member.user(), groupsOf(member.user()), permission, resource, resourceId);
    }

    private <T> T as(Member member, Supplier<T> action) {
        identityService.setAuthentication(member.user(), groupsOf(member.user()));
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private List<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private String submit(JsonNode json) {
        String no = driver.submit(json).applicationNo();
        businessKeys.add(no);
        return no;
    }

    private void expectTask(String businessKey, String taskKey, String group) {
        Task task = driver.task(businessKey, taskKey);
        assertThat(task).as("%s of %s", taskKey, businessKey).isNotNull();
        assertThat(candidateGroups(task.getId())).as("candidate groups of %s", taskKey).containsExactly(group);
        groupOfTask.put(task.getId(), group);
        nameOfTask.put(task.getId(), taskKey + " " + businessKey);
        if (!businessKeys.contains(businessKey)) {
            businessKeys.add(businessKey);
        }
    }

    private static Map<String, Object> approved() {
        return Map.of("approved", true, "comment", "同意");
    }

    /** A valid unified social credit code registered in the given district. */
    private static String creditCodeOf(String districtCode) {
        return CreditCode.withCheckCharacter("91" + districtCode + Applicants.newCreditCode().substring(8, 17));
    }
}

package cn.guanbiao.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** R9 in process performance-evaluation: a year after the payment the unit reports, the district office scores. */
@AwardSpringTest
class PerformanceEvaluationProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired Applications applications;
    @Autowired Evaluations evaluations;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;

    String applicationNo;
    ProcessInstance evaluation;

    @BeforeEach
    void paidAwardWithBaseline() {
        AbstractAssertions.init(engine);
        applicationNo = driver.pay(callId -> Applicants.enterprise(callId).set("ipIndicators", indicators(10, 3, 2, 8, 0)));
        evaluation = driver.instance(applicationNo, EvaluationVariables.PROCESS_KEY);
    }

    @Test
    void paymentSchedulesTheEvaluationTwelveMonthsLater() {
        assertThat(evaluation).isWaitingAt("Event_EvaluationDue");
        Job timer = managementService.createJobQuery().processInstanceId(evaluation.getId()).timers().singleResult();
        LocalDate due = timer.getDuedate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        assertThat(due).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(12));
    }

    @Test
    void reportedIndicatorsAreScoredGradedByTheTableAndTheUnitIsTold() throws Exception {
        // given: a year has passed
        driver.fireTimer(evaluation.getId(), "Event_EvaluationDue");
        assertThat(evaluation).hasPassed("Task_RequestEvaluationReport").isWaitingAt("Task_AwaitEvaluationReport");
        assertThat(mailTexts()).anySatisfy(text -> assertThat(text)
                .contains("获得贯标认证奖励已满一年", "/applications/" + applicationNo + "/evaluation#token="));

        // when: the unit reports through the link
        Response response = report(indicators(25, 9, 4, 40, 3));

        // then
        assertThat(response.status()).isEqualTo(202);
        assertThat(evaluation).isWaitingAt("EvaluationScoring");
        assertThat(driver.task(applicationNo, "EvaluationScoring")).isNotNull();
        assertThat(evaluation).task().hasCandidateGroup("district-500112");
        JsonNode comparison = JSON.readTree(EvaluationVariables.of(runtimeService.getVariables(evaluation.getId())).comparison());
        assertThat(comparison.get(0).path("baseline").asText()).isEqualTo("10");
        assertThat(comparison.get(0).path("reported").asText()).isEqualTo("25");
        assertThat(comparison.get(0).path("change").asText()).isEqualTo("+15");

        // when: the district office scores it
        driver.complete(applicationNo, "EvaluationScoring", "reviewer-500112", Map.of("score", 85L, "comment", "体系运行良好"));

        // then
        assertThat(evaluation).hasPassed("Task_GradeEvaluation", "Task_RecordEvaluation", "EndEvent_Evaluated").isEnded();
        assertThat(driver.status(applicationNo)).isEqualTo(ApplicationStatus.EVALUATED);
        assertThat(evaluations.find(applicationNo)).hasValueSatisfying(e -> {
            assertThat(e.score()).isEqualTo(85);
            assertThat(e.grade()).isEqualTo("良好");
            assertThat(e.evaluatedBy()).isEqualTo("reviewer-500112");
        });
        assertThat(mailTexts()).anySatisfy(text -> assertThat(text).contains("绩效评价得分 85 分，等次：良好"));
    }

    @Test
    void scoreMustBeAWholeNumberFromZeroToHundredWithAnOpinion() {
        // given
        driver.fireTimer(evaluation.getId(), "Event_EvaluationDue");
        report(indicators(1, 1, 1, 1, 1));

        // when / then
        assertThatThrownBy(() -> driver.complete(applicationNo, "EvaluationScoring", "reviewer-500112",
                Map.of("score", 101L, "comment", "好"))).hasMessageContaining("0 到 100");
        assertThatThrownBy(() -> driver.complete(applicationNo, "EvaluationScoring", "reviewer-500112",
                Map.of("score", 80L))).hasMessageContaining("评价意见");
        assertThat(evaluation).isWaitingAt("EvaluationScoring");
    }

    @Test
    void unitThatDoesNotReportIsRemindedThenFlagged() {
        // given
        driver.fireTimer(evaluation.getId(), "Event_EvaluationDue");

        // when: the reminder is due
        driver.fireTimer(evaluation.getId(), "Event_ReportReminder");

        // then
        assertThat(evaluation).hasPassed("Task_RemindEvaluationReport").isWaitingAt("Task_AwaitEvaluationReport");
        assertThat(mailTexts()).anySatisfy(text -> assertThat(text).contains("填报期限即将届满"));

        // when: the deadline passes
        driver.fireTimer(evaluation.getId(), "Event_ReportOverdue");

        // then
        assertThat(evaluation).hasPassed("Task_FlagMissingReport", "EndEvent_ReportMissing").isEnded();
        assertThat(evaluations.find(applicationNo)).hasValueSatisfying(e ->
                assertThat(e.status()).isEqualTo(Evaluations.Status.OVERDUE));
        assertThat(mailTexts()).anySatisfy(text -> assertThat(text).contains("记录为逾期未填报"));
        assertThat(report(indicators(1, 1, 1, 1, 1)).status()).isEqualTo(409);
    }

    @Test
    void reportIsRefusedBeforeItIsDueWithAWrongTokenAndWithBadValues() {
        assertThat(report(indicators(1, 1, 1, 1, 1)).status()).isEqualTo(409);
        assertThat(new ApiClient(port).post("/api/applications/" + applicationNo + "/evaluation",
                indicators(1, 1, 1, 1, 1), "X-Tracking-Token", "wrong").status()).isEqualTo(404);

        driver.fireTimer(evaluation.getId(), "Event_EvaluationDue");
        Response bad = report(indicators(-1, 1, 1, 1, 1).put("ipStaff", "很多"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("patentsFiled", "ipStaff");
        assertThat(evaluation).isWaitingAt("Task_AwaitEvaluationReport");
    }

    private Response report(ObjectNode body) {
        return new ApiClient(port).post("/api/applications/" + applicationNo + "/evaluation", body,
                "X-Tracking-Token", applications.get(applicationNo).trackingToken());
    }

    private static ObjectNode indicators(int filed, int granted, int staff, int training, int warnings) {
        return JSON.createObjectNode().put("patentsFiled", filed).put("patentsGranted", granted).put("ipStaff", staff)
                .put("trainingHours", training).put("riskWarnings", warnings);
    }

    private List<String> mailTexts() {
        return jdbc.sql("SELECT text_body FROM mail_outbox WHERE application_no = ? AND recipient = 'zhangsan@example.com'")
                .param(applicationNo).query(String.class).list();
    }
}

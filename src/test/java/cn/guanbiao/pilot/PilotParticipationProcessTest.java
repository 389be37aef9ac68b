package cn.guanbiao.pilot;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.guanbiao.platform.Groups;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Process pilot-participation (R11): the district office records the initial assessment, the learning, the optional
 * graded evaluation and then each year's data, with reminders and escalation.
 */
@AwardSpringTest
class PilotParticipationProcessTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired ProcessEngine engine;
    @Autowired PilotDriver pilot;
    @Autowired AwardDriver driver;
    @Autowired PilotParticipations participations;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;

    String district;
    String key;
    String creditCode;

    @BeforeEach
    void onePilotedEnterprise() {
        AbstractAssertions.init(engine);
        district = PilotDriver.freshDistrict();
        key = pilot.piloted(district, 1, 2024).get(0);
        creditCode = key.substring("PP-2024-".length());
    }

    @Test
    void withoutGradedEvaluationTheEnterpriseWaitsForNextYearsReporting() {
        // when
        assessAndLearn(false);

        // then
        assertThat(instance()).hasPassedInOrder("PilotInitialAssessment", "PilotLearning", "Gateway_GradedEvaluation",
                "Task_ScheduleReport").hasNotPassed("PilotGradedEvaluation").isWaitingAt("Event_ReportingOpens");
        assertThat(timer("Event_ReportingOpens").getDuedate())
                .isEqualTo(Date.from(ZonedDateTime.of(2025, 1, 2, 9, 0, 0, 0, BEIJING).toInstant()));
        PilotParticipations.Participation p = participations.find(creditCode).orElseThrow();
        assertThat(p.assessedOn()).isEqualTo(LocalDate.of(2024, 4, 10));
        assertThat(p.learningDoneOn()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(p.evaluationGrade()).isNull();
        assertThat(jdbc.sql("SELECT recorded_by FROM pilot_participation WHERE credit_code = ?").param(creditCode)
                .query(String.class).single()).isEqualTo(PilotDriver.reviewerOf(district));
    }

    @Test
    void gradedEvaluationRecordsTheAgencysGrade() {
        // given
        assessAndLearn(true);
        assertThat(instance()).isWaitingAt("PilotGradedEvaluation");
        assertThat(pilot.task(key, "PilotGradedEvaluation")).hasCandidateGroup("district-" + district);

        // when
        driver.complete(key, "PilotGradedEvaluation", PilotDriver.reviewerOf(district),
                Map.of("evaluationAgency", "重庆某知识产权评价服务中心", "evaluationGrade", "三级", "gradedOn", "2024-11-15"));

        // then
        assertThat(instance()).hasPassed("PilotGradedEvaluation", "Gateway_EvaluationDone").isWaitingAt("Event_ReportingOpens");
        PilotParticipations.Participation p = participations.find(creditCode).orElseThrow();
        assertThat(p.evaluationAgency()).isEqualTo("重庆某知识产权评价服务中心");
        assertThat(p.evaluationGrade()).isEqualTo("三级");
        assertThat(p.gradedOn()).isEqualTo(LocalDate.of(2024, 11, 15));
    }

    @Test
    void yearlyDataIsRecordedForThreeYearsThenThePilotIsComplete() {
        // given
        assessAndLearn(false);

        for (int dataYear = 2024; dataYear <= 2026; dataYear++) {
            // when: the new year begins
            driver.fireTimer(instance().getId(), "Event_ReportingOpens");

            // then: the district records that year's data, due on 31 March of the next year
            assertThat(instance()).isWaitingAt("PilotAnnualReport");
            assertThat(pilot.task(key, "PilotAnnualReport").getDueDate())
                    .isEqualTo(Date.from(ZonedDateTime.of(dataYear + 1, 4, 1, 0, 0, 0, 0, BEIJING).toInstant()));
            assertThat(PilotParticipationVariables.of(runtimeService.getVariables(instance().getId())).reportingYear())
                    .isEqualTo(dataYear);
            // and the enterprise's contact person is asked to report that year's data on the platform
            int year = dataYear;
            assertThat(mailsTo("liaison@example.com")).filteredOn(s -> s.contains("请填报" + year + "年度知识产权和创新数据"))
                    .hasSize(1);
            report(dataYear - 2020, "123456.50");
        }

        // then
        assertThat(historic()).hasPassed("EndEvent_PilotCompleted").isEnded();
        assertThat(participations.reports(creditCode)).extracting(PilotParticipations.AnnualReport::dataYear)
                .containsExactly(2024, 2025, 2026);
        assertThat(participations.reports(creditCode).get(0).rdExpense()).isEqualByComparingTo("123456.50");
        assertThat(participations.reports(creditCode).get(2).inventionApplications()).isEqualTo(6);
    }

    @Test
    void districtIsRemindedOfTheYearlyDataAndTheMunicipalOfficeTakesUpWhatIsOverdue() {
        // given
        assessAndLearn(false);
        driver.fireTimer(instance().getId(), "Event_ReportingOpens");
        assertThat(timer("Event_ReportDueSoon").getDuedate())
                .isEqualTo(Date.from(ZonedDateTime.of(2025, 3, 21, 9, 0, 0, 0, BEIJING).toInstant()));

        // when: reminded while the data is still due (a deadline ahead of the test's clock), then overdue
        org.camunda.bpm.engine.task.Task open = pilot.task(key, "PilotAnnualReport");
        Date due = open.getDueDate();
        open.setDueDate(Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(10))));
        taskService.saveTask(open);
        driver.fireTimer(instance().getId(), "Event_ReportDueSoon");
        open = pilot.task(key, "PilotAnnualReport");
        open.setDueDate(due);
        taskService.saveTask(open);
        driver.fireTimer(instance().getId(), "Event_ReportOverdue");

        // then
        assertThat(instance()).hasPassed("Task_RemindAnnualReport", "Task_EscalateAnnualReport").isWaitingAt("PilotAnnualReport");
        assertThat(mailsTo(PilotDriver.reviewerOf(district) + "@guanbiao.example")).anySatisfy(s -> assertThat(s).contains("即将到期"));
        assertThat(mailsTo("municipal@guanbiao.example")).anySatisfy(s -> assertThat(s).contains("已逾期"));
        assertThat(taskService.getIdentityLinksForTask(pilot.task(key, "PilotAnnualReport").getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).map(IdentityLink::getGroupId))
                .contains(Groups.MUNICIPAL_IP_OFFICE);
    }

    @Test
    void whatTheDistrictRecordsIsChecked() {
        String reviewer = PilotDriver.reviewerOf(district);
        // no date, a date in the future
        assertThatThrownBy(() -> driver.complete(key, "PilotInitialAssessment", reviewer, Map.of())).hasMessageContaining("assessedOn");
        assertThatThrownBy(() -> driver.complete(key, "PilotInitialAssessment", reviewer,
                Map.of("assessedOn", LocalDate.now(BEIJING).plusDays(2).toString()))).hasMessageContaining("不能晚于今天");
        driver.complete(key, "PilotInitialAssessment", reviewer, Map.of("assessedOn", "2024-04-10"));
        // no choice about the graded evaluation
        assertThatThrownBy(() -> driver.complete(key, "PilotLearning", reviewer, Map.of("learningDoneOn", "2024-09-30")))
                .hasMessageContaining("gradedEvaluation");
        driver.complete(key, "PilotLearning", reviewer, Map.of("learningDoneOn", "2024-09-30", "gradedEvaluation", "true"));
        // a grade the agencies do not give
        assertThatThrownBy(() -> driver.complete(key, "PilotGradedEvaluation", reviewer,
                Map.of("evaluationAgency", "某机构", "evaluationGrade", "优秀", "gradedOn", "2024-11-15")))
                .hasMessageContaining("evaluationGrade");
        driver.complete(key, "PilotGradedEvaluation", reviewer,
                Map.of("evaluationAgency", "某机构", "evaluationGrade", "一级", "gradedOn", "2024-11-15"));
        driver.fireTimer(instance().getId(), "Event_ReportingOpens");
        // negative counts, fractions of a patent, money in thousandths
        assertThatThrownBy(() -> driver.complete(key, "PilotAnnualReport", reviewer, data(-1, "0"))).hasMessageContaining("不能为负数");
        assertThatThrownBy(() -> driver.complete(key, "PilotAnnualReport", reviewer, Map.of("inventionApplications", 1.5,
                "inventionGrants", 0, "ipStaff", 1, "rdExpense", "10"))).hasMessageContaining("整数");
        assertThatThrownBy(() -> driver.complete(key, "PilotAnnualReport", reviewer, data(1, "10.001"))).hasMessageContaining("两位小数");
        assertThat(instance()).isWaitingAt("PilotAnnualReport");
        assertThat(participations.reports(creditCode)).isEmpty();
    }

    private void assessAndLearn(boolean graded) {
        String reviewer = PilotDriver.reviewerOf(district);
        driver.complete(key, "PilotInitialAssessment", reviewer, Map.of("assessedOn", "2024-04-10"));
        driver.complete(key, "PilotLearning", reviewer, Map.of("learningDoneOn", "2024-09-30", "gradedEvaluation", graded));
    }

    private void report(int applications, String rd) {
        driver.complete(key, "PilotAnnualReport", PilotDriver.reviewerOf(district), data(applications, rd));
    }

    private static Map<String, Object> data(int applications, String rd) {
        return Map.of("inventionApplications", applications, "inventionGrants", 2, "ipStaff", 3, "rdExpense", rd,
                "note", "按综合服务平台填报数据登记");
    }

    private ProcessInstance instance() {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(PilotVariables.PARTICIPATION_PROCESS).singleResult();
    }

    private ProcessInstance historic() {
        String id = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(PilotVariables.PARTICIPATION_PROCESS).singleResult().getId();
        org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity instance =
                new org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity();
        instance.setId(id);
        instance.setProcessInstanceId(id);
        return instance;
    }

    private Job timer(String activityId) {
        return managementService.createJobQuery().processInstanceId(instance().getId()).activityId(activityId).timers().singleResult();
    }

    private List<String> mailsTo(String recipient) {
        return jdbc.sql("SELECT subject FROM mail_outbox WHERE application_no = ? AND recipient = ? ORDER BY created_at")
                .params(key, recipient).query(String.class).list();
    }
}

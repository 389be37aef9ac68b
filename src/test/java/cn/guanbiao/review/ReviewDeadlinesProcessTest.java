package cn.guanbiao.review;

import cn.guanbiao.usertask.TaskPriorities;
import java.util.List;
import java.util.Map;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Officials hear of new tasks, are reminded before the due date, and overdue tasks go to the municipal office. */
@AwardSpringTest
class ReviewDeadlinesProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired JdbcClient jdbc;

    String callId;

    @BeforeEach
    void openCall() {
        AbstractAssertions.init(engine);
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void districtGroupIsToldOfTheNewTask() {
        // given / when
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();

        // then
        assertThat(mailsTo(no, "reviewer-500112@guanbiao.example")).anySatisfy(s -> assertThat(s).contains("新的审核任务").contains("区县初审"));
    }

    @Test
    void reminderGoesOutBeforeTheDueDateAndTheTaskStays() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        ProcessInstance instance = driver.process(no);
        assertThat(driver.task(no, "DistrictReview").getPriority()).isEqualTo(TaskPriorities.ON_TIME);

        // when
        driver.fireTimer(instance.getId(), "Event_DistrictReviewDueSoon");

        // then
        assertThat(instance).hasPassed("Task_RemindReviewers", "EndEvent_Reminded").isWaitingAt("DistrictReview");
        assertThat(mailsTo(no, "reviewer-500112@guanbiao.example")).anySatisfy(s -> assertThat(s).contains("即将到期"));
        assertThat(driver.task(no, "DistrictReview").getPriority()).as("Tasklist's priority: due soon").isEqualTo(TaskPriorities.DUE_SOON);
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(instance.getId())
                .activityIdIn("Event_DistrictReviewDueSoon").successLog().count()).as("a timer that fired is logged").isEqualTo(1);
    }

    @Test
    void overdueTaskEscalatesToTheMunicipalOfficeAndStaysWhereItIs() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        ProcessInstance instance = driver.process(no);
        driver.fireTimer(instance.getId(), "Event_DistrictReviewDueSoon");

        // when
        driver.fireTimer(instance.getId(), "Event_DistrictReviewOverdue");

        // then
        assertThat(instance).hasPassed("Task_EscalateOverdueTask", "EndEvent_Escalated").isWaitingAt("DistrictReview");
        List<String> groups = engine.getTaskService().getIdentityLinksForTask(driver.task(no, "DistrictReview").getId())
                .stream().map(IdentityLink::getGroupId).toList();
        assertThat(groups).contains("district-500112", "municipal-ip-office");
        assertThat(mailsTo(no, "municipal@guanbiao.example")).anySatisfy(s -> assertThat(s).contains("已逾期"));
        assertThat(driver.task(no, "DistrictReview").getPriority()).as("Tasklist's priority: overdue").isEqualTo(TaskPriorities.OVERDUE);
    }

    @Test
    void everyReviewTaskHasItsReminderAndEscalationTimersWhileItIsOpen() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String instanceId = driver.process(no).getId();

        record Review(String task, String reviewer) {
        }
        for (Review review : List.of(new Review("DistrictReview", "reviewer-500112"),
                new Review("DepartmentReview", "economy"), new Review("MunicipalReview", "municipal"))) {
            // then
            assertThat(timersOf(instanceId)).containsExactlyInAnyOrder("Event_" + review.task() + "DueSoon",
                    "Event_" + review.task() + "Overdue");
            // when
            driver.complete(no, review.task(), review.reviewer(), Map.of("approved", true, "comment", "同意"));
        }

        // then: removed with their tasks, and timers that never fired leave nothing in the job log
        assertThat(timersOf(instanceId)).isEmpty();
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(instanceId)
                .activityIdIn("Event_DistrictReviewDueSoon", "Event_DistrictReviewOverdue", "Event_DepartmentReviewDueSoon",
                        "Event_DepartmentReviewOverdue", "Event_MunicipalReviewDueSoon", "Event_MunicipalReviewOverdue")
                .count()).isZero();
    }

    private List<String> timersOf(String instanceId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instanceId).timers().list().stream()
                .map(job -> engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                        .singleResult().getActivityId())
                .toList();
    }

    private List<String> mailsTo(String caseNo, String recipient) {
        return jdbc.sql("SELECT subject FROM mail_outbox WHERE application_no = ? AND recipient = ?")
                .params(caseNo, recipient).query(String.class).list();
    }
}

package cn.guanbiao.review;

import java.util.List;

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

        // when
        driver.fireTimer(instance.getId(), "Event_DistrictReviewDueSoon");

        // then
        assertThat(instance).hasPassed("Task_RemindReviewers", "EndEvent_Reminded").isWaitingAt("DistrictReview");
        assertThat(mailsTo(no, "reviewer-500112@guanbiao.example")).anySatisfy(s -> assertThat(s).contains("即将到期"));
    }

    @Test
    void overdueTaskEscalatesToTheMunicipalOfficeAndStaysWhereItIs() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        ProcessInstance instance = driver.process(no);

        // when
        driver.fireTimer(instance.getId(), "Event_DistrictReviewOverdue");

        // then
        assertThat(instance).hasPassed("Task_EscalateOverdueTask", "EndEvent_Escalated").isWaitingAt("DistrictReview");
        List<String> groups = engine.getTaskService().getIdentityLinksForTask(driver.task(no, "DistrictReview").getId())
                .stream().map(IdentityLink::getGroupId).toList();
        assertThat(groups).contains("district-500112", "municipal-ip-office");
        assertThat(mailsTo(no, "municipal@guanbiao.example")).anySatisfy(s -> assertThat(s).contains("已逾期"));
    }

    @Test
    void everyReviewTaskHasItsReminderAndEscalationTimers() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();

        // when
        driver.passReviews(no);

        // then: the reminder and escalation timers of each task were created and removed with it
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(driver.process(no).getId()).timers().count())
                .isZero();
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(driver.process(no).getId())
                .activityIdIn("Event_DistrictReviewDueSoon", "Event_DepartmentReviewOverdue", "Event_MunicipalReviewDueSoon")
                .creationLog().count()).isEqualTo(3);
    }

    private List<String> mailsTo(String caseNo, String recipient) {
        return jdbc.sql("SELECT subject FROM mail_outbox WHERE application_no = ? AND recipient = ?")
                .params(caseNo, recipient).query(String.class).list();
    }
}

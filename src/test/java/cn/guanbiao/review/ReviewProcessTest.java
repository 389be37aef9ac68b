package cn.guanbiao.review;

import java.util.Map;

import cn.guanbiao.applicant.ApplicationIntake;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.applicant.Corrections;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** award-application from submission through the pre-check, the three reviews and the correction loop. */
@AwardSpringTest
class ReviewProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired Applications applications;
    @Autowired Corrections corrections;
    @Autowired JdbcClient jdbc;

    String callId;

    @BeforeEach
    void openCall() {
        AbstractAssertions.init(engine);
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void qualifiedApplicationWaitsForItsDistrict() {
        // given / when
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));

        // then
        ProcessInstance instance = driver.process(accepted.applicationNo());
        assertThat(instance).hasPassedInOrder("StartEvent_ApplicationSubmitted", "Task_CheckQualification")
                .isWaitingAt("DistrictReview");
        assertThat(task(instance)).hasCandidateGroup("district-500112");
        assertThat(task(instance).getDueDate()).isAfter(new java.util.Date());
        assertThat(driver.status(accepted.applicationNo())).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void rejectsWithoutAnyPersonWhenTheCertificationBodyIsNotApproved() {
        // given
        ObjectNode json = Applicants.enterprise(callId);
        json.put("certificationBody", Applicants.UNAPPROVED_BODY);

        // when
        ApplicationIntake.Accepted accepted = driver.submit(json);

        // then
        assertThat(driver.process(accepted.applicationNo())).hasPassed("Task_RejectApplication").hasNotPassed("DistrictReview").isEnded();
        assertThat(applications.get(accepted.applicationNo()).statusReason()).contains("认证机构");
        assertThat(driver.status(accepted.applicationNo())).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void rejectsWhenTheUnitHasNoMunicipalHonour() {
        // given
        ObjectNode json = Applicants.enterprise(callId);
        json.putArray("honours").add("HIGH_TECH_ENTERPRISE");

        // when
        ApplicationIntake.Accepted accepted = driver.submit(json);

        // then
        assertThat(driver.status(accepted.applicationNo())).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(applications.get(accepted.applicationNo()).statusReason()).contains("市级以上知识产权优势企业或示范企业");
    }

    @Test
    void passesAllThreeReviewsInOrderAndRoutesEnterprisesToTheEconomyCommission() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();

        // when
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "材料齐全"));

        // then
        ProcessInstance instance = driver.process(no);
        assertThat(instance).hasPassed("Task_RouteToDepartment").isWaitingAt("DepartmentReview");
        assertThat(task(instance)).hasCandidateGroup("dept-economy");

        // when
        driver.complete(no, "DepartmentReview", "economy", Map.of("approved", true, "comment", "同意"));

        // then
        assertThat(instance).isWaitingAt("MunicipalReview");
        assertThat(task(instance)).hasCandidateGroup("municipal-ip-office");

        // when
        driver.complete(no, "MunicipalReview", "municipal", Map.of("approved", true, "comment", "同意"));

        // then
        assertThat(instance).hasPassedInOrder("DistrictReview", "DepartmentReview", "MunicipalReview", "Task_CheckCredit");
    }

    @Test
    void routesUniversitiesToTheEducationCommission() {
        // given
        ObjectNode json = Applicants.enterprise(callId);
        json.put("applicantType", "UNIVERSITY");
        json.put("standard", "GB/T 33251-2016");
        String no = driver.submit(json).applicationNo();

        // when
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "材料齐全"));

        // then
        assertThat(task(driver.process(no))).hasCandidateGroup("dept-education");
    }

    @Test
    void districtRejectionEndsTheApplicationWithTheReviewersReason() {
        assertRejectedAt("DistrictReview", "reviewer-500112");
    }

    @Test
    void departmentRejectionEndsTheApplicationWithTheReviewersReason() {
        assertRejectedAt("DepartmentReview", "economy");
    }

    @Test
    void municipalRejectionEndsTheApplicationWithTheReviewersReason() {
        assertRejectedAt("MunicipalReview", "municipal");
    }

    @Test
    void districtReturnsToApplicantForCorrection() {
        assertReturnedAt("DistrictReview", "reviewer-500112");
    }

    @Test
    void departmentReturnsToApplicantForCorrection() {
        assertReturnedAt("DepartmentReview", "economy");
    }

    @Test
    void municipalReturnsToApplicantForCorrection() {
        assertReturnedAt("MunicipalReview", "municipal");
    }

    @Test
    void correctedApplicationStartsTheReviewAgain() {
        // given
        ObjectNode json = Applicants.enterprise(callId);
        String no = driver.submit(json).applicationNo();
        driver.complete(no, "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", true, "comment", "请补充发票"));

        // when
        json.put("orgName", "重庆测试科技股份有限公司");
        corrections.correct(applications.get(no), json);
        driver.runJobs(driver.process(no).getId());

        // then
        ProcessInstance instance = driver.process(no);
        assertThat(instance).hasPassed("Task_AwaitCorrection").isWaitingAt("DistrictReview");
        assertThat(applications.get(no).orgName()).isEqualTo("重庆测试科技股份有限公司");
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void noCorrectionWithinTheDeadlineRejects() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.complete(no, "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", true, "comment", "请补充发票"));
        ProcessInstance instance = driver.process(no);

        // when
        driver.fireTimer(instance.getId(), "Event_CorrectionOverdue");

        // then
        assertThat(instance).hasPassed("Task_RejectUncorrected", "EndEvent_RejectedUncorrected").isEnded();
        assertThat(applications.get(no).statusReason()).contains("补正期限");
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void correctionIsRefusedWhenTheApplicationWasNotReturned() {
        // given
        ObjectNode json = Applicants.enterprise(callId);
        String no = driver.submit(json).applicationNo();

        // when / then
        assertThatThrownBy(() -> corrections.correct(applications.get(no), json))
                .isInstanceOf(Corrections.NotCorrectableException.class);
    }

    @Test
    void rejectingOrReturningNeedsAComment() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();

        // when / then
        assertThatThrownBy(() -> driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", false)))
                .hasMessageContaining("请填写意见");
        assertThat(driver.process(no)).isWaitingAt("DistrictReview");
    }

    @Test
    void tasklistFormDecisionIsMappedToTheBooleansOfTheInterface() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();

        // when
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("decision", "APPROVE", "comment", "通过"));

        // then
        ProcessInstance instance = driver.process(no);
        assertThat(instance).isWaitingAt("DepartmentReview").variables()
                .doesNotContainKey("decision").doesNotContainKey("approved").doesNotContainKey("comment");
    }

    @Test
    void theDecisionInputIsConsumedOnCompletionAndTheCommentStaysForTheNextStep() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();

        // when
        driver.complete(no, "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", true, "comment", "缺少发票复印件"));

        // then
        ProcessInstance instance = driver.process(no);
        assertThat(instance).isWaitingAt("Task_AwaitCorrection").variables()
                .containsEntry("reviewOutcome", "RETURNED").containsEntry("comment", "缺少发票复印件")
                .doesNotContainKey("approved").doesNotContainKey("returnForCorrection");
        assertThat(applications.get(no).statusReason()).contains("缺少发票复印件");
    }

    @Test
    void theReviewSummaryIsShownButKeepsNoHistory() {
        // given / when
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();

        // then
        ProcessInstance instance = driver.process(no);
        assertThat(instance).isWaitingAt("DistrictReview").variables().containsKey("reviewSummary");
        var history = engine.getHistoryService();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("reviewSummary").count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(HistoricVariableInstance::getName).contains("status", "applicationNo");
    }

    @Test
    void theApplicationsVariablesKeepTheirLatestValueInHistoryAndItsOwnRecordsKeepEachChange() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        ProcessInstance instance = driver.process(no);

        // when
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "材料齐全"));
        driver.complete(no, "DepartmentReview", "economy", Map.of("approved", true, "comment", "同意"));

        // then: the engine keeps each variable's latest value, not its changes
        var history = engine.getHistoryService();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName("status")
                .singleResult().getValue()).isEqualTo(ApplicationStatus.IN_REVIEW.name());
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).count()).isZero();
        // the programme's own records keep each change, with who and when
        assertThat(jdbc.sql("SELECT status FROM application_event WHERE application_no = ? ORDER BY id").param(no)
                .query(String.class).list()).startsWith(ApplicationStatus.SUBMITTED.name(), ApplicationStatus.IN_REVIEW.name());
        assertThat(jdbc.sql("SELECT user_id || ':' || comment FROM review_decision WHERE application_no = ? ORDER BY id")
                .param(no).query(String.class).list()).containsExactly("reviewer-500112:材料齐全", "economy:同意");
        // other processes keep their changes as before
        assertThat(history.createHistoricDetailQuery().processInstanceId(driver.instance(callId, "award-call").getId())
                .variableUpdates().count()).isPositive();
    }

    private void assertRejectedAt(String taskKey, String user) {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        walkTo(no, taskKey);

        // when
        driver.complete(no, taskKey, user, Map.of("approved", false, "returnForCorrection", false, "comment", "证书与发票不符"));

        // then
        assertThat(driver.process(no)).hasPassed(taskKey, "Task_RejectApplication", "EndEvent_Rejected").isEnded();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(applications.get(no).statusReason()).contains("证书与发票不符");
    }

    @Test
    void correctionMailGivesTheReasonOnceAndTheLastDayIncluded() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();

        // when
        driver.complete(no, "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", true, "comment", "请补充发票"));

        // then
        assertThat(applications.get(no).statusReason()).isEqualTo("请补充发票");
        String text = jdbc.sql("SELECT text_body FROM mail_outbox WHERE application_no = ? AND subject LIKE '%请补正材料%'")
                .param(no).query(String.class).single();
        assertThat(text).contains("需补正的内容：请补充发票").doesNotContain("退回补正：")
                .containsPattern("请于 \\d{4}年\\d{1,2}月\\d{1,2}日（含）前").doesNotContain("00:00");
    }

    private void assertReturnedAt(String taskKey, String user) {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        walkTo(no, taskKey);

        // when
        driver.complete(no, taskKey, user, Map.of("approved", false, "returnForCorrection", true, "comment", "请补充发票"));

        // then
        ProcessInstance instance = driver.process(no);
        assertThat(instance).hasPassed(taskKey, "Task_ReturnForCorrection").isWaitingAt("Task_AwaitCorrection");
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.RETURNED_FOR_CORRECTION);
    }

    private void walkTo(String no, String taskKey) {
        if (taskKey.equals("DistrictReview")) {
            return;
        }
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "材料齐全"));
        if (taskKey.equals("DepartmentReview")) {
            return;
        }
        driver.complete(no, "DepartmentReview", "economy", Map.of("approved", true, "comment", "同意"));
    }
}

package cn.guanbiao.spotcheck;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.guanbiao.application.ApplicationEvents;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.recovery.FundRecoveries;
import cn.guanbiao.recovery.RecoverySource;
import cn.guanbiao.reference.CertificationBodyFindings;
import cn.guanbiao.usertask.ReviewDecisions;
import cn.guanbiao.usertask.ReviewOutcome;
import cn.guanbiao.usertask.ReviewerRelations;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import cn.guanbiao.recovery.RecoveryVariables;

import static cn.guanbiao.spotcheck.InspectionChecklist.Item.BODY_NO_CONSULTING;
import static cn.guanbiao.spotcheck.InspectionChecklist.Item.SYSTEM_RECORDS;
import static cn.guanbiao.spotcheck.SpotCheckDriver.checklist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Process spot-check-campaign: the draw, each inspection's outcome, recusal, deadlines and publication (R8). */
@AwardSpringTest
class SpotCheckCampaignProcessTest {

    private static final List<String> INSPECTORS = List.of("inspector1", "inspector2", "inspector3", "inspector4",
            "inspector5", "inspector6");

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired SpotCheckDriver spotChecks;
    @Autowired SpotCheckRecords records;
    @Autowired SpotCheckCampaigns campaigns;
    @Autowired CertificationBodyFindings bodyFindings;
    @Autowired Applications applications;
    @Autowired ApplicationEvents events;
    @Autowired ReviewDecisions decisions;
    @Autowired ReviewerRelations relations;
    @Autowired FundRecoveries recoveries;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void drawPutsTheDrawnAwardsUnderSpotCheckAndNamesTwoInspectorsForEach() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 3);

        // when
        String campaignNo = spotChecks.start(paid.callId(), "1", null, 7L);

        // then: the draw is stored as it was made
        SpotCheckRecords.Campaign campaign = records.campaign(campaignNo).orElseThrow();
        assertThat(campaignNo).matches("SC-\\d{4}-\\d{2,}");
        assertThat(campaign.seed()).isEqualTo(7L);
        assertThat(campaign.inspectorsPerUnit()).isEqualTo(2);
        assertThat(campaign.startedBy()).isEqualTo("admin");
        assertThat(records.population(campaignNo)).extracting(SpotCheckDraw.Unit::applicationNo)
                .containsExactlyElementsOf(paid.applicationNos().stream().sorted().toList());
        assertThat(records.sample(campaignNo)).containsExactlyInAnyOrderElementsOf(paid.applicationNos());
        assertThat(campaign.inspectorPool()).containsAll(INSPECTORS);
        // and each unit waits for its inspection by the two inspectors drawn for it, and only them
        assertThat(spotChecks.process(campaignNo)).isWaitingAt("SpotCheckInspection");
        for (String no : paid.applicationNos()) {
            assertThat(driver.status(no)).isEqualTo(ApplicationStatus.UNDER_SPOT_CHECK);
            assertThat(mailsTo(no, "zhangsan@example.com")).anySatisfy(s -> assertThat(s).contains("列入监督抽查"));
            List<String> drawn = spotChecks.inspectors(campaignNo, no);
            assertThat(drawn).hasSize(2).doesNotHaveDuplicates().isSubsetOf(INSPECTORS);
            Task task = spotChecks.inspection(campaignNo, no);
            assertThat(candidateUsers(task)).containsExactlyInAnyOrderElementsOf(drawn);
            assertThat(candidateGroups(task)).isEmpty();
            assertThat(task.getDueDate()).isAfter(new Date());
            assertThat(task.getDescription()).contains(no);
            drawn.forEach(inspector -> assertThat(mailsTo(no, inspector + "@guanbiao.example"))
                    .anySatisfy(s -> assertThat(s).contains("新的审核任务")));
        }
    }

    @Test
    void compliantUnitIsBackToPaidItsInspectionIsOnTheAuditTrailAndTheResultIsPublished() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        String campaignNo = spotChecks.start(paid.callId(), "0.05", null, 11L);
        String inspector = spotChecks.inspectors(campaignNo, paid.first()).get(0);

        // when
        spotChecks.inspect(campaignNo, paid.first(), inspector, checklist(SpotCheckConclusion.COMPLIANT, ""));

        // then: the route
        assertThat(spotChecks.process(campaignNo))
                .hasPassedInOrder("Task_Draw", "SpotCheckInspection", "Task_ConfirmCompliance", "Task_PublishResults")
                .hasNotPassed("Task_RecordBodyFinding", "Task_RequireRectification", "Task_StartRecovery")
                .isEnded();
        // the unit: 已拨付 again, told so in words of a spot check, not of a payment
        assertThat(driver.status(paid.first())).isEqualTo(ApplicationStatus.PAID);
        assertThat(events.of(paid.first()).get(events.of(paid.first()).size() - 1).detail()).contains("监督抽查合格", campaignNo);
        assertThat(mailsTo(paid.first(), "zhangsan@example.com")).anySatisfy(s -> assertThat(s).endsWith("：监督抽查合格"));
        // who decided what, when: on the audit trail
        assertThat(decisions.of(paid.first())).anySatisfy(d -> {
            assertThat(d.taskKey()).isEqualTo("SpotCheckInspection");
            assertThat(d.userId()).isEqualTo(inspector);
            assertThat(d.outcome()).isEqualTo(ReviewOutcome.APPROVED);
            assertThat(d.comment()).contains(campaignNo, "合格");
        });
        ApiClient.Response trail = new ApiClient(port).as("admin", "admin").get("/admin/applications/" + paid.first());
        assertThat(trail.body()).contains("现场检查", inspector, campaignNo);
        // 一公开: the campaign's results are public, without the inspectors
        assertThat(records.campaign(campaignNo).orElseThrow().status()).isEqualTo(SpotCheckRecords.CampaignStatus.PUBLISHED);
        ApiClient.Response page = new ApiClient(port).get("/public/spot-checks");
        assertThat(page.status()).isEqualTo(200);
        String published = section(page.body(), campaignNo);
        assertThat(published).contains(applications.get(paid.first()).creditCode(), "合格", "随机种子：<span>11</span>")
                .doesNotContain("inspector");
        assertThat(new ApiClient(port).get("/public/notices").body()).contains("href=\"/public/spot-checks\"");
    }

    @Test
    void unitThatMustPutThingsRightKeepsItsAwardAndIsToldWhat() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        String campaignNo = spotChecks.start(paid.callId(), null, null, 12L);

        // when
        spotChecks.inspect(campaignNo, paid.first(),
                checklist(SpotCheckConclusion.RECTIFY, "2025 年下半年知识产权台账缺失", SYSTEM_RECORDS));

        // then
        assertThat(spotChecks.process(campaignNo)).hasPassed("Task_RequireRectification", "Task_PublishResults")
                .hasNotPassed("Task_ConfirmCompliance", "Task_StartRecovery", "Task_RecordBodyFinding").isEnded();
        assertThat(driver.status(paid.first())).isEqualTo(ApplicationStatus.PAID);
        assertThat(applications.get(paid.first()).statusReason()).contains("须整改", "台账缺失");
        assertThat(mailBodiesTo(paid.first(), "zhangsan@example.com"))
                .anySatisfy(body -> assertThat(body).contains("认真整改", "检查意见：", "台账缺失", "本邮件不是新的拨付通知"));
        assertThat(mailsTo(paid.first(), "zhangsan@example.com")).anySatisfy(s -> assertThat(s).endsWith("：监督抽查发现问题，请整改"));
        assertThat(records.unit(campaignNo, paid.first()).unmetItems()).isEqualTo(SYSTEM_RECORDS.failure());
    }

    @Test
    void fraudHandsTheAwardToTheRecoveryProcess() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        String campaignNo = spotChecks.start(paid.callId(), null, null, 13L);

        // when
        spotChecks.inspect(campaignNo, paid.first(),
                checklist(SpotCheckConclusion.FRAUD, "现场无任何管理台账，申报材料系咨询机构代编", SYSTEM_RECORDS));

        // then
        assertThat(spotChecks.process(campaignNo)).hasPassed("Task_StartRecovery", "Task_PublishResults").isEnded();
        ProcessInstance recovery = recoveries.running(paid.first()).orElseThrow();
        assertThat(recovery).isWaitingAt("RecoveryDecision");
        var variables = RecoveryVariables.of(engine.getRuntimeService().getVariables(recovery.getId()));
        assertThat(variables.source()).isEqualTo(RecoverySource.SPOT_CHECK);
        assertThat(variables.sourceRef()).isEqualTo(campaignNo);
        assertThat(variables.findings()).contains("咨询机构代编", SYSTEM_RECORDS.failure());
        // until the municipal office decides, the unit is still under the check
        assertThat(driver.status(paid.first())).isEqualTo(ApplicationStatus.UNDER_SPOT_CHECK);
        assertThat(section(new ApiClient(port).get("/public/spot-checks").body(), campaignNo)).contains("涉嫌弄虚作假，已立案核查");
    }

    @Test
    void whatTheInspectionFoundAboutTheCertificationBodyIsRecordedAgainstTheBody() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        String campaignNo = spotChecks.start(paid.callId(), null, null, 14L);
        String inspector = spotChecks.inspectors(campaignNo, paid.first()).get(0);

        // when: the unit is fine, its certification body also coached it
        spotChecks.inspect(campaignNo, paid.first(), inspector,
                checklist(SpotCheckConclusion.COMPLIANT, "认证机构的关联公司为该单位提供了贯标辅导", BODY_NO_CONSULTING));

        // then
        assertThat(spotChecks.process(campaignNo)).hasPassedInOrder("Task_RecordBodyFinding", "Task_ConfirmCompliance").isEnded();
        assertThat(bodyFindings.of(Applicants.APPROVED_BODY)).anySatisfy(f -> {
            assertThat(f.applicationNo()).isEqualTo(paid.first());
            assertThat(f.sourceRef()).isEqualTo(campaignNo);
            assertThat(f.issue()).isEqualTo(BODY_NO_CONSULTING.failure());
            assertThat(f.findings()).contains("贯标辅导");
            assertThat(f.recordedBy()).isEqualTo(inspector);
        });
        assertThat(driver.status(paid.first())).isEqualTo(ApplicationStatus.PAID);
    }

    @Test
    void parallelInspectionsEachKeepTheirOwnResult() {
        // given: two units drawn, inspected in turn
        PaidAwards.Paid paid = PaidAwards.create(driver, 2);
        String campaignNo = spotChecks.start(paid.callId(), "1", null, 15L);
        String fraud = paid.applicationNos().get(0);
        String compliant = paid.applicationNos().get(1);

        // when
        spotChecks.inspect(campaignNo, fraud, checklist(SpotCheckConclusion.FRAUD, "发票系伪造", SYSTEM_RECORDS));

        // then: the other unit still waits, and the first result did not leak into the process instance
        assertThat(spotChecks.process(campaignNo)).isWaitingAt("SpotCheckInspection");
        assertThat(SpotCheckVariables.of(engine.getRuntimeService().getVariables(spotChecks.processInstanceId(campaignNo)))
                .conclusion()).isNull();
        assertThat(SpotCheckVariables.of(engine.getTaskService().getVariables(spotChecks.inspection(campaignNo, compliant).getId()))
                .conclusion()).isNull();

        // when
        spotChecks.inspect(campaignNo, compliant, checklist(SpotCheckConclusion.COMPLIANT, ""));

        // then
        assertThat(spotChecks.process(campaignNo)).hasPassed("Task_StartRecovery", "Task_ConfirmCompliance").isEnded();
        assertThat(recoveries.running(fraud)).isPresent();
        assertThat(recoveries.running(compliant)).isEmpty();
        assertThat(driver.status(compliant)).isEqualTo(ApplicationStatus.PAID);
        assertThat(records.units(campaignNo)).extracting(SpotCheckRecords.CheckedUnit::conclusion)
                .containsExactlyInAnyOrder(SpotCheckConclusion.FRAUD, SpotCheckConclusion.COMPLIANT);
    }

    @Test
    void campaignWithNothingToCheckEndsWithoutInspections() {
        // given: a call without any paid award
        String callId = driver.openCall("1000000").callId();

        // when
        String campaignNo = spotChecks.start(callId, null, null, 16L);

        // then
        assertThat(spotChecks.process(campaignNo)).hasPassed("Task_Draw", "EndEvent_NothingToCheck")
                .hasNotPassed("SpotCheckInspection", "Task_PublishResults").isEnded();
        SpotCheckRecords.Campaign campaign = records.campaign(campaignNo).orElseThrow();
        assertThat(campaign.populationSize()).isZero();
        assertThat(campaign.status()).isEqualTo(SpotCheckRecords.CampaignStatus.NOTHING_TO_CHECK);
        assertThat(new ApiClient(port).get("/public/spot-checks").body()).doesNotContain(campaignNo);
    }

    @Test
    void inspectorsWhoReviewedOrAreRelatedToTheUnitAreNeverDrawnAndTheDrawSaysWhy() {
        // given: four of the six inspectors must stand aside
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        String creditCode = applications.get(paid.first()).creditCode();
        relations.add("inspector1", creditCode, "曾为该单位提供贯标咨询");
        relations.add("inspector2", creditCode, "配偶在该单位任职");
        relations.add("inspector4", creditCode, "持有该单位股份");
        decisions.add(new ReviewDecisions.Decision(paid.first(), "DistrictReview", "区县初审", "inspector3",
                ReviewOutcome.APPROVED, "调任前办理", LocalDateTime.now()));

        // when
        String campaignNo = spotChecks.start(paid.callId(), null, 2, 17L);

        // then
        assertThat(spotChecks.inspectors(campaignNo, paid.first())).containsExactlyInAnyOrder("inspector5", "inspector6");
        SpotCheckCampaigns.CampaignView view = campaigns.view(campaignNo).orElseThrow();
        assertThat(view.sample().get(0).recused()).extracting(SpotCheckCampaigns.RecusalView::userId)
                .containsExactly("inspector1", "inspector2", "inspector3", "inspector4");
        assertThat(view.sample().get(0).recused()).extracting(SpotCheckCampaigns.RecusalView::reason)
                .anySatisfy(reason -> assertThat(reason).contains("区县初审", paid.first()))
                .anySatisfy(reason -> assertThat(reason).contains("配偶在该单位任职"));
        assertThat(view.reproduced()).isTrue();
    }

    @Test
    void drawFailsNamingTheUnitWhenTooFewInspectorsAreLeftAndStoresNothing() {
        // given: four of the six inspectors related to the unit, three needed (four of six and two needed would
        // leave this award blocking every later draw of two that reaches it, in this shared test database)
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        String creditCode = applications.get(paid.first()).creditCode();
        INSPECTORS.subList(0, 4).forEach(inspector -> relations.add(inspector, creditCode, "同一集团"));
        long campaignsBefore = records.campaigns().size();

        // when / then
        assertThatThrownBy(() -> spotChecks.start(paid.callId(), null, 3, 18L))
                .satisfies(e -> assertThat(rootMessages(e)).contains(paid.first()).contains("只剩 2 名", "每家需 3 名"));
        assertThat(records.campaigns()).hasSize((int) campaignsBefore);
        assertThat(driver.status(paid.first())).isEqualTo(ApplicationStatus.PAID);
    }

    @Test
    void inspectorRelatedToTheUnitAfterTheDrawCannotCompleteTheInspectionButTheOtherCan() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        String campaignNo = spotChecks.start(paid.callId(), null, null, 19L);
        List<String> drawn = spotChecks.inspectors(campaignNo, paid.first());
        relations.add(drawn.get(0), applications.get(paid.first()).creditCode(), "检查前申报：近亲属在该单位任职");

        // when / then
        assertThatThrownBy(() -> spotChecks.inspect(campaignNo, paid.first(), drawn.get(0), checklist(SpotCheckConclusion.COMPLIANT, "")))
                .hasMessageContaining("回避");
        spotChecks.inspect(campaignNo, paid.first(), drawn.get(1), checklist(SpotCheckConclusion.COMPLIANT, ""));
        assertThat(spotChecks.process(campaignNo)).isEnded();
    }

    @Test
    void checklistMustBeCompleteAndConsistent() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        String campaignNo = spotChecks.start(paid.callId(), null, null, 20L);
        Map<String, Object> noConclusion = new HashMap<>(checklist(SpotCheckConclusion.COMPLIANT, ""));
        noConclusion.remove("conclusion");

        // when / then
        assertThatThrownBy(() -> spotChecks.inspect(campaignNo, paid.first(), noConclusion)).hasMessageContaining("请选择检查结论");
        assertThatThrownBy(() -> spotChecks.inspect(campaignNo, paid.first(), checklist(SpotCheckConclusion.RECTIFY, "")))
                .hasMessageContaining("请填写检查发现");
        assertThatThrownBy(() -> spotChecks.inspect(campaignNo, paid.first(), checklist(SpotCheckConclusion.COMPLIANT, "", SYSTEM_RECORDS)))
                .hasMessageContaining("请填写检查发现").hasMessageContaining(SYSTEM_RECORDS.failure());
        assertThatThrownBy(() -> spotChecks.inspect(campaignNo, paid.first(), checklist(SpotCheckConclusion.COMPLIANT, "台账不全", SYSTEM_RECORDS)))
                .hasMessageContaining("不能为“合格”");
        assertThat(spotChecks.process(campaignNo)).isWaitingAt("SpotCheckInspection");
        assertThat(records.unit(campaignNo, paid.first()).conclusion()).isNull();
    }

    @Test
    void awardsWhoseRecoveryIsUnderWayAreNotDrawn() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 2);
        String underRecovery = paid.applicationNos().get(0);
        recoveries.start(underRecovery, RecoverySource.COMPLAINT, "TS-TEST", "举报材料造假");

        // when
        String campaignNo = spotChecks.start(paid.callId(), "1", null, 21L);

        // then
        assertThat(records.population(campaignNo)).extracting(SpotCheckDraw.Unit::applicationNo)
                .containsExactly(paid.applicationNos().get(1));
        assertThat(records.sample(campaignNo)).containsExactly(paid.applicationNos().get(1));
    }

    @Test
    void inspectorsAreRemindedBeforeTheDueDateAndOverdueInspectionsGoToTheMunicipalOffice() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        String campaignNo = spotChecks.start(paid.callId(), null, null, 22L);
        List<String> drawn = spotChecks.inspectors(campaignNo, paid.first());
        String instance = spotChecks.processInstanceId(campaignNo);

        // when
        driver.fireTimer(instance, "Event_InspectionsDueSoon");
        driver.fireTimer(instance, "Event_InspectionsOverdue");

        // then
        assertThat(spotChecks.process(campaignNo)).hasPassed("Task_RemindInspectors", "Task_EscalateOverdueInspections")
                .isWaitingAt("SpotCheckInspection");
        assertThat(mailsTo(campaignNo, drawn.get(0) + "@guanbiao.example"))
                .anySatisfy(s -> assertThat(s).contains("即将到期"))
                .anySatisfy(s -> assertThat(s).contains("已逾期"));
        assertThat(candidateGroups(spotChecks.inspection(campaignNo, paid.first()))).contains("municipal-ip-office");
        assertThat(mailsTo(campaignNo, "municipal@guanbiao.example")).anySatisfy(s -> assertThat(s).contains("已逾期"));
    }

    @Test
    void quarterlyTimerStartsACampaignWithTheConfiguredRateOverEveryPaidAward() {
        // given: at least one paid award anywhere
        PaidAwards.create(driver, 1);
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(SpotCheckVariables.PROCESS_KEY)
                .activityId("StartEvent_Quarterly").timers().singleResult();
        Set<String> before = campaigns.all().stream().map(SpotCheckRecords.Campaign::campaignNo).collect(Collectors.toSet());

        // when
        engine.getManagementService().executeJob(timer.getId());

        // then: a new campaign, numbered and drawn with the defaults of config/application.yaml
        List<SpotCheckRecords.Campaign> started = new ArrayList<>(campaigns.all());
        started.removeIf(c -> before.contains(c.campaignNo()));
        assertThat(started).hasSize(1);
        SpotCheckRecords.Campaign campaign = started.get(0);
        assertThat(campaign.campaignNo()).matches("SC-\\d{4}-\\d{2,}");
        assertThat(campaign.rate()).isEqualByComparingTo("0.05");
        assertThat(campaign.inspectorsPerUnit()).isEqualTo(2);
        assertThat(campaign.startedBy()).isNull();
        assertThat(campaign.sampleSize()).isEqualTo(Math.max(1, (int) Math.ceil(campaign.populationSize() * 0.05 - 1e-9)));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(campaign.processInstanceId())
                .singleResult().getBusinessKey()).isEqualTo(campaign.campaignNo());
        // and the next quarter is scheduled: 09:00 on the first of January, April, July or October
        Job next = engine.getManagementService().createJobQuery().processDefinitionKey(SpotCheckVariables.PROCESS_KEY)
                .activityId("StartEvent_Quarterly").timers().singleResult();
        LocalDateTime due = LocalDateTime.ofInstant(next.getDuedate().toInstant(), ZoneId.systemDefault());
        assertThat(due).isAfter(LocalDateTime.now());
        assertThat(due.getDayOfMonth()).isEqualTo(1);
        assertThat(due.getMonthValue()).isIn(1, 4, 7, 10);
        assertThat(due.getHour()).isEqualTo(9);

        // cleanup of what it drew from other tests: every inspection compliant, the awards paid again
        driver.runJobs(campaign.processInstanceId());
        for (String no : records.sample(campaign.campaignNo())) {
            spotChecks.inspect(campaign.campaignNo(), no, checklist(SpotCheckConclusion.COMPLIANT, ""));
        }
        assertThat(spotChecks.process(campaign.campaignNo())).hasPassed("StartEvent_Quarterly", "Task_PublishResults").isEnded();
    }

    private static String section(String page, String campaignNo) {
        int start = page.indexOf("id=\"" + campaignNo + "\"");
        assertThat(start).as("section of " + campaignNo).isGreaterThanOrEqualTo(0);
        int end = page.indexOf("</table>", start);
        return page.substring(start, end);
    }

    private static String rootMessages(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    private List<String> candidateUsers(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
                .map(IdentityLink::getUserId).toList();
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private List<String> mailsTo(String caseNo, String recipient) {
        return jdbc.sql("SELECT subject FROM mail_outbox WHERE application_no = ? AND recipient = ? ORDER BY created_at")
                .params(caseNo, recipient).query(String.class).list();
    }

    private List<String> mailBodiesTo(String caseNo, String recipient) {
        return jdbc.sql("SELECT text_body FROM mail_outbox WHERE application_no = ? AND recipient = ?")
                .params(caseNo, recipient).query(String.class).list();
    }
}

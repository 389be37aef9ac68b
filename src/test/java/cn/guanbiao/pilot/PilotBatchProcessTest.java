package cn.guanbiao.pilot;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Process pilot-batch (R11): the district's share, its list, the two approvals or a return, reminders and escalation. */
@AwardSpringTest
class PilotBatchProcessTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired ProcessEngine engine;
    @Autowired PilotDriver pilot;
    @Autowired AwardDriver driver;
    @Autowired PilotBatches batches;
    @Autowired PilotEnterprises enterprises;
    @Autowired PilotParticipations participations;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @Test
    void proposesAThirdRoundedUpAndAsksTheDistrictByItsDeadline() {
        // given: seven eligible enterprises in a district
        String district = PilotDriver.freshDistrict();
        List<String> codes = pilot.enterprises(district, 7);

        // when: the 2023 batch is opened
        String batchNo = pilot.open(2023, district).batchNo();

        // then: ⌈7/3⌉ = 3 proposed, the district's office decides, due on 26 July 2023
        ProcessInstance instance = pilot.instance(batchNo);
        assertThat(instance).hasPassed("Task_ProposeShare").isWaitingAt("DistrictPilotSelection");
        assertThat(pilot.proposed(batchNo)).hasSize(3).isSubsetOf(codes);
        Task task = pilot.task(batchNo, "DistrictPilotSelection");
        assertThat(task).hasCandidateGroup("district-" + district);
        assertThat(task.getDueDate()).isEqualTo(java.util.Date.from(
                ZonedDateTime.of(2023, 7, 27, 0, 0, 0, 0, BEIJING).toInstant()));
        assertThat(batches.find(batchNo).orElseThrow()).satisfies(b -> {
            assertThat(b.deadline()).isEqualTo(LocalDate.of(2023, 7, 26));
            assertThat(b.eligibleCount()).isEqualTo(7);
            assertThat(b.proposedCount()).isEqualTo(3);
            assertThat(b.status()).isEqualTo(PilotBatches.Status.SELECTING);
        });
        // the form offers all seven, the proposal ticked, each enterprise's contact line ready to correct
        var variables = PilotBatchVariables.of(runtimeService.getVariables(instance.getId()));
        assertThat(variables.options()).contains(codes.toArray(String[]::new));
        assertThat(variables.contacts()).contains(codes.get(0) + ",联系人");
        assertThat(mailsTo(batchNo, PilotDriver.reviewerOf(district) + "@guanbiao.example"))
                .anySatisfy(s -> assertThat(s).contains("新的审核任务", "确定本区县试点企业名单"));
    }

    @Test
    void districtWithEveryEnterprisePilotedHasNothingToSelect() {
        // given: both enterprises of the district were piloted in 2023
        String district = PilotDriver.freshDistrict();
        pilot.enterprises(district, 2, 2023);

        // when
        String batchNo = pilot.open(2024, district).batchNo();

        // then
        assertThat(historic(batchNo)).hasPassed("Gateway_AnyoneToSelect", "EndEvent_NothingToSelect")
                .hasNotPassed("DistrictPilotSelection").isEnded();
        assertThat(batches.find(batchNo).orElseThrow().status()).isEqualTo(PilotBatches.Status.NOTHING_TO_SELECT);
    }

    @Test
    void bothApprovalsPilotTheListAndStartEachEnterprisesPilot() {
        // given: the district sends the proposal
        String district = PilotDriver.freshDistrict();
        List<String> codes = pilot.enterprises(district, 5);
        String batchNo = pilot.open(2024, district).batchNo();
        List<String> sent = pilot.sendProposal(batchNo, district);
        assertThat(pilot.instance(batchNo)).isWaitingAt("MunicipalPilotApproval", "EconomyPilotApproval");
        assertThat(pilot.task(batchNo, "MunicipalPilotApproval")).hasCandidateGroup(Groups.MUNICIPAL_IP_OFFICE);
        assertThat(pilot.task(batchNo, "EconomyPilotApproval")).hasCandidateGroup("dept-economy");

        // when: both approve
        pilot.approveBoth(batchNo);

        // then: the list is the year's pilot, with the contact person the district named
        assertThat(historic(batchNo)).hasPassedInOrder("DistrictPilotSelection", "SubProcess_JointApproval",
                "Task_RecordApprovedList", "EndEvent_ListApproved").hasPassed("EndEvent_MunicipalApproved", "EndEvent_EconomyApproved")
                .isEnded();
        assertThat(sent).hasSize(4); // ⌈2·5/3⌉: a district that starts in the second year catches up with the path
        for (String code : codes) {
            PilotEnterprises.PilotEnterprise e = enterprises.find(code).orElseThrow();
            assertThat(e.pilotYear()).as(code).isEqualTo(sent.contains(code) ? 2024 : null);
        }
        assertThat(enterprises.find(sent.get(0)).orElseThrow().contactName()).isEqualTo("王联络");
        assertThat(batches.find(batchNo).orElseThrow().status()).isEqualTo(PilotBatches.Status.APPROVED);
        assertThat(batches.decisions(batchNo)).extracting(PilotBatches.Decision::taskKey, PilotBatches.Decision::userId,
                PilotBatches.Decision::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DistrictPilotSelection", PilotDriver.reviewerOf(district), "SENT"),
                org.assertj.core.groups.Tuple.tuple("MunicipalPilotApproval", "municipal", "APPROVED"),
                org.assertj.core.groups.Tuple.tuple("EconomyPilotApproval", "economy", "APPROVED"));
        // and each enterprise on the list starts its own pilot, recorded by the district
        for (String code : sent) {
            ProcessInstance participation = runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(PilotParticipations.businessKey(2024, code))
                    .processDefinitionKey(PilotVariables.PARTICIPATION_PROCESS).singleResult();
            assertThat(participation).isWaitingAt("PilotInitialAssessment");
            assertThat(taskService.createTaskQuery().processInstanceId(participation.getId()).singleResult())
                    .hasCandidateGroup("district-" + district);
            assertThat(participations.find(code).orElseThrow().batchNo()).isEqualTo(batchNo);
            // and its contact person is told what to do on the national platform
            assertThat(mailBodiesTo(PilotParticipations.businessKey(2024, code), "liaison@example.com")).singleElement()
                    .satisfies(body -> assertThat(body).contains("王联络", "已列入 2024 年", "https://www.tc554.org.cn", "初始测评",
                            "知识产权局"));
        }
    }

    @Test
    void municipalReturnSendsTheListBackAndWithdrawsTheOtherApproval() {
        // given
        String district = PilotDriver.freshDistrict();
        pilot.enterprises(district, 3);
        String batchNo = pilot.open(2024, district).batchNo();
        pilot.sendProposal(batchNo, district);

        // when: the municipal office returns it while the economy commission has not decided
        pilot.decide(batchNo, "MunicipalPilotApproval", "RETURN", "请优先选择开展试点意愿高的企业");

        // then
        assertThat(pilot.instance(batchNo)).hasPassed("EndEvent_MunicipalReturned", "Event_ListReturned")
                .isWaitingAt("DistrictPilotSelection");
        assertThat(pilot.task(batchNo, "EconomyPilotApproval")).isNull();
        assertThat(PilotBatchVariables.of(runtimeService.getVariables(pilot.instance(batchNo).getId())).returnComment())
                .contains("市知识产权局", "开展试点意愿高");
        assertThat(batches.find(batchNo).orElseThrow().status()).isEqualTo(PilotBatches.Status.SELECTING);

        // and when the district sends it again, both decide afresh
        pilot.sendProposal(batchNo, district);
        assertThat(pilot.instance(batchNo)).isWaitingAt("MunicipalPilotApproval", "EconomyPilotApproval");
        assertThat(PilotBatchVariables.of(taskService.getVariables(pilot.task(batchNo, "MunicipalPilotApproval").getId()))
                .decisionEntered()).isNull();
        pilot.approveBoth(batchNo);
        assertThat(historic(batchNo)).isEnded().hasPassed("EndEvent_ListApproved");
    }

    @Test
    void economyCommissionReturnAfterTheMunicipalApprovalSendsTheListBack() {
        // given: the municipal office has approved
        String district = PilotDriver.freshDistrict();
        pilot.enterprises(district, 3);
        String batchNo = pilot.open(2025, district).batchNo();
        pilot.sendProposal(batchNo, district);
        pilot.decide(batchNo, "MunicipalPilotApproval", "APPROVE", "同意");

        // when
        pilot.decide(batchNo, "EconomyPilotApproval", "RETURN", "名单中有企业不属于专精特新“小巨人”");

        // then: back to the district; the municipal approval of this round does not carry over
        assertThat(pilot.instance(batchNo)).hasPassed("EndEvent_MunicipalApproved", "EndEvent_EconomyReturned")
                .isWaitingAt("DistrictPilotSelection");
        assertThat(batches.decisions(batchNo)).extracting(PilotBatches.Decision::outcome)
                .containsExactly("SENT", "APPROVED", "RETURNED");
        pilot.sendProposal(batchNo, district);
        assertThat(pilot.instance(batchNo)).isWaitingAt("MunicipalPilotApproval", "EconomyPilotApproval");
    }

    @Test
    void lastYearProposesEveryEnterpriseThatRemains() {
        // given: 2 of 5 piloted in 2023
        String district = PilotDriver.freshDistrict();
        pilot.enterprises(district, 2, 2023);
        List<String> remaining = pilot.enterprises(district, 3);

        // when
        String batchNo = pilot.open(2025, district).batchNo();

        // then
        assertThat(pilot.proposed(batchNo)).containsExactlyInAnyOrderElementsOf(remaining);
        assertThat(batches.find(batchNo).orElseThrow().deadline()).isEqualTo(LocalDate.of(2025, 3, 20));
    }

    @Test
    void listThatDiffersFromTheProposalNeedsReasonsAndEveryEnterpriseAContact() {
        // given
        String district = PilotDriver.freshDistrict();
        List<String> codes = pilot.enterprises(district, 6);
        String batchNo = pilot.open(2024, district).batchNo();
        List<String> proposed = pilot.proposed(batchNo);
        List<String> more = codes.stream().filter(c -> !proposed.contains(c)).limit(1).toList();
        List<String> adjusted = new java.util.ArrayList<>(proposed);
        adjusted.addAll(more);
        Task task = pilot.task(batchNo, "DistrictPilotSelection");

        // when / then: more than proposed without a reason is refused
        assertThatThrownBy(() -> pilot.select(batchNo, district, adjusted, null)).hasMessageContaining("调整理由");
        // an enterprise of another district is refused
        String stranger = pilot.enterprises(PilotDriver.freshDistrict(), 1).get(0);
        assertThatThrownBy(() -> pilot.select(batchNo, district, List.of(stranger), "换一家")).hasMessageContaining(stranger);
        // an enterprise without a contact person is refused
        assertThatThrownBy(() -> driver.complete(batchNo, "DistrictPilotSelection", PilotDriver.reviewerOf(district), Map.of(
                PilotVariables.SELECTED, SpinValues.jsonValue("[\"" + proposed.get(0) + "\"]").create(),
                PilotVariables.CONTACTS, proposed.get(0) + ",,,", PilotVariables.ADJUSTMENT_REASON, "只报一家")))
                .hasMessageContaining("联系人").hasMessageContaining(proposed.get(0));
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult()).as("task still open").isNotNull();

        // when: with the reasons
        pilot.select(batchNo, district, adjusted, "该企业试点意愿强，提前纳入");

        // then
        assertThat(pilot.instance(batchNo)).isWaitingAt("MunicipalPilotApproval", "EconomyPilotApproval");
        assertThat(batches.selected(batchNo)).extracting(PilotBatches.Entry::creditCode).containsExactlyInAnyOrderElementsOf(adjusted);
        assertThat(batches.find(batchNo).orElseThrow().adjustmentReason()).isEqualTo("该企业试点意愿强，提前纳入");
        assertThat(PilotBatchVariables.of(runtimeService.getVariables(pilot.instance(batchNo).getId())).pilotList())
                .contains("该企业试点意愿强", "\"selectedCount\":\"" + adjusted.size() + "\"");
    }

    @Test
    void approverMustChooseAndGiveReasonsToReturn() {
        // given
        String district = PilotDriver.freshDistrict();
        pilot.enterprises(district, 1);
        String batchNo = pilot.open(2024, district).batchNo();
        pilot.sendProposal(batchNo, district);

        // when / then
        assertThatThrownBy(() -> pilot.decide(batchNo, "EconomyPilotApproval", "RETURN", " ")).hasMessageContaining("意见");
        assertThatThrownBy(() -> pilot.decide(batchNo, "EconomyPilotApproval", "MAYBE", "")).hasMessageContaining("decision");
        assertThat(pilot.instance(batchNo)).isWaitingAt("MunicipalPilotApproval", "EconomyPilotApproval");
    }

    @Test
    void districtIsRemindedBeforeTheDeadlineAndTheMunicipalOfficeTakesUpAnOverdueList() {
        // given
        String district = PilotDriver.freshDistrict();
        pilot.enterprises(district, 2);
        String batchNo = pilot.open(2024, district).batchNo();
        String instanceId = pilot.instance(batchNo).getId();
        Job reminder = timer(instanceId, "Event_SelectionDueSoon");
        Job overdue = timer(instanceId, "Event_SelectionOverdue");

        // then: the timers derive from the year's deadline, 20 March 2024
        assertThat(reminder.getDuedate()).isEqualTo(java.util.Date.from(ZonedDateTime.of(2024, 3, 10, 9, 0, 0, 0, BEIJING).toInstant()));
        assertThat(overdue.getDuedate()).isEqualTo(java.util.Date.from(ZonedDateTime.of(2024, 3, 21, 0, 0, 0, 0, BEIJING).toInstant()));

        // when: the reminder fires while the list is still due (a deadline ahead of the test's clock)
        Task open = pilot.task(batchNo, "DistrictPilotSelection");
        open.setDueDate(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(10))));
        taskService.saveTask(open);
        driver.fireTimer(instanceId, "Event_SelectionDueSoon");

        // then
        assertThat(pilot.instance(batchNo)).hasPassed("Task_RemindDistrict", "EndEvent_DistrictReminded")
                .isWaitingAt("DistrictPilotSelection");
        assertThat(mailsTo(batchNo, PilotDriver.reviewerOf(district) + "@guanbiao.example"))
                .anySatisfy(s -> assertThat(s).contains("即将到期"));

        // when: the deadline passes
        driver.fireTimer(instanceId, "Event_SelectionOverdue");

        // then: escalated to the municipal office, the task still the district's
        assertThat(pilot.instance(batchNo)).hasPassed("Task_EscalateOverdueList", "EndEvent_OverdueEscalated")
                .isWaitingAt("DistrictPilotSelection");
        assertThat(candidateGroups(pilot.task(batchNo, "DistrictPilotSelection").getId()))
                .containsExactlyInAnyOrder("district-" + district, Groups.MUNICIPAL_IP_OFFICE);
        assertThat(mailsTo(batchNo, "municipal@guanbiao.example")).anySatisfy(s -> assertThat(s).contains("已逾期"));
    }

    @Test
    void batchOpenedAfterItsDeadlineIsEscalatedWithoutADueSoonReminder() {
        // given: the 2024 list, due on 20 March 2024, opened now
        String district = PilotDriver.freshDistrict();
        pilot.enterprises(district, 2);
        String batchNo = pilot.open(2024, district).batchNo();
        String instanceId = pilot.instance(batchNo).getId();

        // when: both timers are due at once
        driver.fireTimer(instanceId, "Event_SelectionDueSoon");
        driver.fireTimer(instanceId, "Event_SelectionOverdue");

        // then: the reminder step passed without a mail, the escalation went out
        assertThat(pilot.instance(batchNo)).hasPassed("Task_RemindDistrict", "Task_EscalateOverdueList")
                .isWaitingAt("DistrictPilotSelection");
        assertThat(mailsTo(batchNo, PilotDriver.reviewerOf(district) + "@guanbiao.example"))
                .noneSatisfy(s -> assertThat(s).contains("即将到期")).anySatisfy(s -> assertThat(s).contains("已逾期"));
    }

    private ProcessInstance historic(String batchNo) {
        String id = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(batchNo)
                .processDefinitionKey(PilotVariables.BATCH_PROCESS).singleResult().getId();
        org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity instance =
                new org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity();
        instance.setId(id);
        instance.setProcessInstanceId(id);
        return instance;
    }

    private Job timer(String instanceId, String activityId) {
        return managementService.createJobQuery().processInstanceId(instanceId).activityId(activityId).timers().singleResult();
    }

    private List<String> candidateGroups(String taskId) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private List<String> mailBodiesTo(String caseNo, String recipient) {
        return jdbc.sql("SELECT text_body FROM mail_outbox WHERE application_no = ? AND recipient = ?")
                .params(caseNo, recipient).query(String.class).list();
    }

    private List<String> mailsTo(String caseNo, String recipient) {
        return jdbc.sql("SELECT subject FROM mail_outbox WHERE application_no = ? AND recipient = ? ORDER BY created_at")
                .params(caseNo, recipient).query(String.class).list();
    }
}

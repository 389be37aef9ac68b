package cn.guanbiao.demo;

import cn.guanbiao.platform.EngineBatches;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.guanbiao.applicant.ApplicationIntake;
import cn.guanbiao.application.CreditCode;
import cn.guanbiao.call.CallOpening;
import cn.guanbiao.credit.CreditListType;
import cn.guanbiao.credit.CreditRecords;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo applications at different steps, so that a newcomer sees a living system at first start: one waiting
 * for each review, one returned for correction, one in credit review, one awaiting the call's decision, and in
 * a second, decided call, one in public notice and one paid.
 */
@Component
@ConditionalOnProperty(name = {"app.demo.enabled", "app.demo.applications"}, havingValue = "true")
class DemoApplications {

    private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApplicationIntake intake;
    private final CallOpening callOpening;
    private final CreditRecords creditRecords;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final EngineBatches batches;
    private final Clock clock;
    private int serial;

    DemoApplications(ApplicationIntake intake, CallOpening callOpening, CreditRecords creditRecords, TaskService taskService,
            ManagementService managementService, RuntimeService runtimeService, IdentityService identityService,
            EngineBatches batches, Clock clock) {
        this.runtimeService = runtimeService;
        this.intake = intake;
        this.callOpening = callOpening;
        this.creditRecords = creditRecords;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.batches = batches;
        this.clock = clock;
    }

    void load(String openCallId) {
        // the demo units' honours are on config/reference/honour-register.csv; this one's listing (2021) has expired, so
        // its district reviewer sees the pre-check's 请核实
        String atDistrict = submit(openCallId, "重庆渝北智造科技有限公司", "500112", "ENTERPRISE", "GB/T 29490-2023");
        String atDepartment = submit(openCallId, "重庆渝中数字大学", "500103", "UNIVERSITY", "GB/T 33251-2016");
        decide(atDepartment, "DistrictReview", "reviewer-500103", true, false, "材料齐全，证书有效");
        String returned = submit(openCallId, "重庆江北精密仪器有限公司", "500105", "ENTERPRISE", "GB/T 29490-2013");
        decide(returned, "DistrictReview", "reviewer-500105", false, true, "认证费发票不清晰，请重新上传");
        String creditCode = CreditCode.withCheckCharacter("91500106MA5UCR001");
        creditRecords.addIfAbsent(creditCode, CreditListType.ABNORMAL_OPERATION, "国家企业信用信息公示系统（演示）");
        String inCreditReview = submit(openCallId, "重庆沙坪坝新材料有限公司", "500106", "ENTERPRISE", "GB/T 29490-2023", creditCode);
        passReviews(inCreditReview, "reviewer-500106");
        String awaiting = submit(openCallId, "重庆科学城研究院", "500106", "RESEARCH_ORG", "GB/T 33250-2016");
        passReviews(awaiting, "reviewer-500106");

        LocalDateTime now = LocalDateTime.now(clock);
        String decidedCall = callOpening.open(now.getYear(), now.minusDays(30), now.plusDays(1), new BigDecimal("500000.00")).callId();
        String inNotice = submit(decidedCall, "重庆两江知识产权示范企业有限公司", "500112", "ENTERPRISE", "GB/T 29490-2023");
        String paid = submit(decidedCall, "重庆南岸优势企业股份有限公司", "500108", "ENTERPRISE", "GB/T 29490-2023");
        passReviews(inNotice, "reviewer-500112");
        passReviews(paid, "reviewer-500108");
        callOpening.close(decidedCall);
        decide(decidedCall, "ApproveAwardList", "municipal", true, false, "同意拟奖励名单");
        // the decision reaches each application in a job of its own (call/ReleaseCallDecisionsDelegate); once it has,
        // the paid one's notice period is cut short
        for (int attempt = 0; attempt < 100 && !hasTask(paid, "FundReleaseApproval"); attempt++) {
            runBatches();
            runJobs(paid, true);
            pause();
        }
        decide(paid, "FundReleaseApproval", "finance", true, false, "同意拨付");
        runJobs(paid, false);
        log.info("Demo applications: {} at 区县初审, {} at 行业主管部门审核, {} 退回补正, {} 信用核查人工研判, {} 待定奖励名单, "
                + "{} 公示中, {} 已拨付", atDistrict, atDepartment, returned, inCreditReview, awaiting, inNotice, paid);
    }

    private void passReviews(String no, String districtReviewer) {
        decide(no, "DistrictReview", districtReviewer, true, false, "材料齐全，证书有效");
        decide(no, "DepartmentReview", departmentReviewer(no), true, false, "符合行业主管部门要求");
        decide(no, "MunicipalReview", "municipal", true, false, "同意");
        settle(no);
    }

    /** Runs the automatic steps after the reviews (credit check, award computation) here and now. */
    private void settle(String no) {
        for (int attempt = 0; attempt < 50 && hasDueJobs(no); attempt++) {
            runJobs(no, false);
            pause();
        }
    }

    private boolean hasDueJobs(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .anyMatch(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).executable()
                        .count() > 0);
    }

    private String departmentReviewer(String no) {
        Task task = awaitTask(no, "DepartmentReview");
        String group = taskService.getIdentityLinksForTask(task.getId()).stream()
                .map(l -> l.getGroupId()).filter(g -> g != null).findFirst().orElseThrow();
        return Map.of("dept-economy", "economy", "dept-education", "education", "dept-science", "science",
                "municipal-ip-office", "municipal").getOrDefault(group, "economy");
    }

    private void decide(String businessKey, String taskKey, String user, boolean approved, boolean returnForCorrection,
            String comment) {
        Task task = awaitTask(businessKey, taskKey);
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId()).toList());
        try {
            taskService.claim(task.getId(), user);
            taskService.complete(task.getId(), Map.of("approved", approved, "returnForCorrection", returnForCorrection,
                    "comment", comment));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private boolean hasTask(String businessKey, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).count() > 0;
    }

    /** Waits for the task, executing the jobs before it here rather than waiting for the job executor. */
    private Task awaitTask(String businessKey, String taskKey) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                    .singleResult();
            if (task != null) {
                return task;
            }
            runJobs(businessKey, false);
            pause();
        }
        throw new IllegalStateException("Demo data: " + businessKey + " never reached " + taskKey);
    }

    /** The engine's batches (the job executor may get to a job first: the next round sees its result). */
    private void runBatches() {
        for (Job job : batches.jobs()) {
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException takenByTheJobExecutor) {
                // the next round sees the result
            }
        }
    }

    private void runJobs(String businessKey, boolean includingNoticeTimer) {
        List<Job> jobs = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).list().stream())
                .toList();
        for (Job job : jobs) {
            boolean timer = job.getDuedate() != null && job.getDuedate().after(new java.util.Date());
            if (!timer || includingNoticeTimer && "Event_NoticePeriodOver".equals(activityOf(job))) {
                try {
                    managementService.executeJob(job.getId());
                } catch (RuntimeException takenByTheJobExecutor) {
                    // the job executor got there first; the next round sees the result
                }
            }
        }
    }

    private String activityOf(Job job) {
        return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
    }

    private String submit(String callId, String orgName, String district, String type, String standard) {
        return submit(callId, orgName, district, type, standard,
                CreditCode.withCheckCharacter("9150%04dMA5U%05d".formatted(Integer.parseInt(district.substring(2)), ++serial)));
    }

    private String submit(String callId, String orgName, String district, String type, String standard, String creditCode) {
        LocalDate today = LocalDate.now(clock);
        ObjectNode json = JSON.createObjectNode()
                .put("callId", callId).put("orgName", orgName).put("creditCode", creditCode).put("applicantType", type)
                .put("districtCode", district).put("standard", standard).put("certificateNo", "165IP" + today.getYear() + creditCode.substring(12))
                .put("certificateIssuedOn", today.minusMonths(3).toString()).put("certificateExpiresOn", today.plusYears(3).toString())
                .put("certificationBody", "中知（北京）认证有限公司").put("auditStage", "INITIAL")
                .put("contactName", "李明").put("contactEmail", "contact-" + creditCode.toLowerCase() + "@example.com")
                .put("contactPhone", "023-67000000");
        json.putArray("honours").add("MUNICIPAL_ADVANTAGE");
        json.putArray("certificationFees").addObject().put("invoiceNo", "5000" + creditCode.substring(10))
                .put("amount", new BigDecimal("28000.00")).put("cycle", 1).put("stage", "INITIAL").put("kind", "CERTIFICATION");
        json.withArray("certificationFees").addObject().put("invoiceNo", "6000" + creditCode.substring(10))
                .put("amount", new BigDecimal("15000.00")).put("cycle", 1).put("stage", "INITIAL").put("kind", "CONSULTING");
        json.putArray("priorAwards");
        return intake.submit(json).applicationNo();
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

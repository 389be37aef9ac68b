package cn.guanbiao.support;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.guanbiao.applicant.ApplicationIntake;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.call.CallOpening;
import cn.guanbiao.notification.MailOutbox;
import cn.guanbiao.platform.EngineBatches;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives applications and calls through the engine the way the job executor and reviewers would, with the
 * job executor off: jobs are executed by hand, tasks completed as a named reviewer.
 */
@Component
public class AwardDriver {

    private final ApplicationIntake intake;
    private final Applications applications;
    private final CallOpening callOpening;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final HistoryService historyService;
    private final EngineBatches batches;

    public AwardDriver(ApplicationIntake intake, Applications applications, CallOpening callOpening,
            RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
            IdentityService identityService, HistoryService historyService, EngineBatches batches) {
        this.historyService = historyService;
        this.batches = batches;
        this.intake = intake;
        this.applications = applications;
        this.callOpening = callOpening;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
    }

    public CallOpening.Opened openCall(String budget) {
        LocalDateTime now = LocalDateTime.now();
        return callOpening.open(now.getYear(), now.minusDays(1), now.plusDays(30), new BigDecimal(budget));
    }

    /** Submits and runs the automatic steps up to the first wait state. */
    public ApplicationIntake.Accepted submit(JsonNode json) {
        ApplicationIntake.Accepted accepted = intake.submit(json);
        runJobs(accepted.processInstanceId());
        return accepted;
    }

    public ProcessInstance instance(String businessKey, String processKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(processKey).singleResult();
    }

    /** The application's process instance, running or ended (camunda-bpm-assert reads history for ended ones). */
    public ProcessInstance process(String applicationNo) {
        String id = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(applicationNo)
                .processDefinitionKey("award-application").singleResult().getId();
        ExecutionEntity instance = new ExecutionEntity();
        instance.setId(id);
        instance.setProcessInstanceId(id);
        return instance;
    }

    public Task task(String businessKey, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
    }

    /** Completes the task as the given user, then runs what follows up to the next wait state. */
    public void complete(String businessKey, String taskKey, String user, Map<String, Object> variables) {
        Task task = task(businessKey, taskKey);
        if (task == null) {
            throw new AssertionError("No task " + taskKey + " for " + businessKey);
        }
        as(user, () -> taskService.complete(task.getId(), variables));
        runJobs(task.getProcessInstanceId());
    }

    public void approve(String applicationNo, String taskKey) {
        complete(applicationNo, taskKey, "municipal", Map.of("approved", true, "comment", "同意"));
    }

    public void as(String user, Runnable action) {
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        identityService.setAuthentication(user, groups);
        try {
            action.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Executes the due (non-timer) jobs of a process instance until it waits for a person, a message or a timer. */
    public void runJobs(String processInstanceId) {
        for (int round = 0; round < 50; round++) {
            List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list()
                    .stream().filter(j -> !isTimer(j)).toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> managementService.executeJob(j.getId()));
        }
        throw new AssertionError("Jobs of " + processInstanceId + " never settle");
    }

    /**
     * Runs the engine's batches (the call's decision reaches each application through one: a seed job, one job per
     * application, a monitor job) until none is left; the applications' own jobs after that are not run.
     */
    public void runBatches() {
        for (int round = 0; round < 100; round++) {
            if (!batches.anyOpen()) {
                return;
            }
            batches.jobs().forEach(j -> managementService.executeJob(j.getId()));
        }
        throw new AssertionError("Batches never finish");
    }

    /** Fires the timer of the instance (whatever its due date), then runs what follows. */
    public void fireTimer(String processInstanceId, String activityId) {
        Job timer = managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers()
                .singleResult();
        if (timer == null) {
            throw new AssertionError("No timer at " + activityId);
        }
        managementService.executeJob(timer.getId());
        runJobs(processInstanceId);
    }

    /** Walks an application through the three reviews and the credit check with every decision positive. */
    public void passReviews(String applicationNo) {
        complete(applicationNo, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "材料齐全"));
        complete(applicationNo, "DepartmentReview", "economy", Map.of("approved", true, "comment", "同意"));
        complete(applicationNo, "MunicipalReview", "municipal", Map.of("approved", true, "comment", "同意"));
    }

    /** Closes the call and approves its list: every waiting application gets its decision. */
    public void decideCall(String callId) {
        callOpening.close(callId);
        ProcessInstance call = instance(callId, "award-call");
        runJobs(call.getId());
        complete(callId, "ApproveAwardList", "municipal", Map.of("approved", true, "comment", "同意名单"));
        runBatches();
        for (String applicationNo : applications.numbersOfCall(callId)) {
            ProcessInstance application = instance(applicationNo, "award-application");
            if (application != null) {
                runJobs(application.getId());
            }
        }
    }

    /** Takes the application through a call of its own to 已拨付: reviews, list, notice period, release. */
    public String pay(java.util.function.Function<String, ? extends JsonNode> applicationForCall) {
        String callId = openCall("1000000").callId();
        String applicationNo = submit(applicationForCall.apply(callId)).applicationNo();
        passReviews(applicationNo);
        decideCall(callId);
        fireTimer(process(applicationNo).getId(), "Event_NoticePeriodOver");
        complete(applicationNo, "FundReleaseApproval", "finance", Map.of("approved", true, "comment", "同意拨付"));
        if (status(applicationNo) != ApplicationStatus.PAID) {
            throw new AssertionError(applicationNo + " not paid but " + status(applicationNo));
        }
        return applicationNo;
    }

    public ApplicationStatus status(String applicationNo) {
        return applications.get(applicationNo).status();
    }

    private static boolean isTimer(Job job) {
        return job instanceof org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
    }

    /**
     * Delivers the queued e-mails about one application or complaint (the jobs of process mail-delivery, which the tests
     * send every e-mail through, its business key the case's number). Only these: the shared test context holds the
     * mails every earlier test queued and never delivered, hundreds of them late in the suite, each a PDF and an SMTP
     * session.
     */
    public int deliverMails(String caseNo) {
        int delivered = 0;
        for (ProcessInstance delivery : runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(MailOutbox.DELIVERY_PROCESS).processInstanceBusinessKey(caseNo).list()) {
            for (Job job : managementService.createJobQuery().processInstanceId(delivery.getId()).executable().list()) {
                managementService.executeJob(job.getId());
                delivered++;
            }
        }
        return delivered;
    }
}

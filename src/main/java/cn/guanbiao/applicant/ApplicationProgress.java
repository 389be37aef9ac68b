package cn.guanbiao.applicant;

import cn.guanbiao.application.ProcessVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Where an application is on its way (受理 → 区县初审 → … → 拨付), for the status page's step indicator: read from the
 * history of its {@code award-application} process, found by business key (the application number). The step is the one
 * of the last activity the process entered that belongs to a step; waits that belong to none (补正) leave it where it was.
 * Nothing a caller can set is read; the DOMAIN §6 {@code status} is not touched.
 */
@Service
class ApplicationProgress {

    /** The seven steps an applicant sees, in order. */
    public enum Step {
        ACCEPTED("受理"), DISTRICT_REVIEW("区县初审"), DEPARTMENT_REVIEW("行业主管部门审核"), MUNICIPAL_REVIEW("市局复核"),
        CREDIT_CHECK("信用核查"), PUBLIC_NOTICE("公示"), PAYMENT("拨付");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A step as shown: done, the current one, still to come, the one where the case stopped, or not reached. */
    public enum StepState { DONE, CURRENT, UPCOMING, STOPPED, NOT_REACHED }

    /** How the way ended, or that it goes on. */
    public enum Outcome {
        IN_PROGRESS("办理中"), PAID("已拨付，办理完毕"), REJECTED("不予奖励，办理终止"), NOT_FUNDED("本批次未获资助，办理终止"),
        TERMINATED("申请已撤回或终止办理");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record StepView(Step step, String label, StepState state, String note) {
    }

    public record ProgressView(Outcome outcome, String outcomeLabel, List<StepView> steps) {
    }

    private static final Map<String, Step> STEP_OF_ACTIVITY = Map.ofEntries(
            Map.entry("StartEvent_ApplicationSubmitted", Step.ACCEPTED),
            Map.entry("Task_CheckQualification", Step.ACCEPTED),
            Map.entry("DistrictReview", Step.DISTRICT_REVIEW),
            Map.entry("Task_RouteToDepartment", Step.DEPARTMENT_REVIEW),
            Map.entry("DepartmentReview", Step.DEPARTMENT_REVIEW),
            Map.entry("MunicipalReview", Step.MUNICIPAL_REVIEW),
            Map.entry("Task_CheckCredit", Step.CREDIT_CHECK),
            Map.entry("CreditReview", Step.CREDIT_CHECK),
            // the award is computed and the call's list decided before the list goes into notice
            Map.entry("Task_ComputeAward", Step.PUBLIC_NOTICE),
            Map.entry("Event_CallDecided", Step.PUBLIC_NOTICE),
            Map.entry("Task_MarkNotFunded", Step.PUBLIC_NOTICE),
            Map.entry("Task_StartPublicNotice", Step.PUBLIC_NOTICE),
            Map.entry("Event_NoticePeriodOver", Step.PUBLIC_NOTICE),
            Map.entry("Event_ObjectionRaised", Step.PUBLIC_NOTICE),
            Map.entry("ObjectionReview", Step.PUBLIC_NOTICE),
            Map.entry("Task_EndPublicNotice", Step.PUBLIC_NOTICE),
            Map.entry("FundReleaseApproval", Step.PAYMENT),
            Map.entry("Task_CheckComplaints", Step.PAYMENT),
            Map.entry("Event_ComplaintsVerified", Step.PAYMENT),
            Map.entry("Task_RecheckCredit", Step.PAYMENT),
            Map.entry("PaymentCreditReview", Step.PAYMENT),
            Map.entry("Task_ReleaseFunds", Step.PAYMENT));

    /** What the applicant is told of a wait that is not the step's own work. */
    private static final Map<String, String> NOTE_OF_WAIT = Map.of(
            "Task_AwaitCorrection", "已退回补正，等待申请人提交补正材料",
            "Event_CallDecided", "等待审定本批次拟奖励名单",
            "Event_NoticePeriodOver", "拟奖励名单公示中",
            "ObjectionReview", "正在核查公示期间收到的异议",
            "Event_ComplaintsVerified", "正在核查投诉举报，核查期间暂缓拨付");

    private static final Map<String, Outcome> OUTCOME_OF_END = Map.of(
            "EndEvent_Paid", Outcome.PAID,
            "EndEvent_NotFunded", Outcome.NOT_FUNDED,
            "EndEvent_Rejected", Outcome.REJECTED,
            "EndEvent_RejectedUncorrected", Outcome.REJECTED,
            "EndEvent_RejectedForComplaint", Outcome.REJECTED);

    private static final String ASYNC_CONTINUATION = "async-continuation";

    private final HistoryService history;
    private final ManagementService management;

    ApplicationProgress(HistoryService history, ManagementService management) {
        this.history = history;
        this.management = management;
    }

    /** The way of the application's (latest) process; empty if it has none (e.g. taken over from before the system). */
    Optional<ProgressView> of(String applicationNo) {
        HistoricProcessInstance process = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessVariables.PROCESS_KEY).processInstanceBusinessKey(applicationNo)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        if (process == null) {
            return Optional.empty();
        }
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
                .processInstanceId(process.getId()).orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc().list();
        Step reached = Step.ACCEPTED;
        for (HistoricActivityInstance activity : activities) {
            Step step = STEP_OF_ACTIVITY.get(activity.getActivityId());
            if (step != null) {
                reached = step;
            }
        }
        Outcome outcome = outcome(process);
        if (outcome == Outcome.IN_PROGRESS) {
            reached = awaitedStep(process.getId()).orElse(reached);
        }
        String note = outcome == Outcome.IN_PROGRESS ? waitNote(activities) : null;
        return Optional.of(new ProgressView(outcome, outcome.label(), steps(reached, outcome, note)));
    }

    /**
     * The step of an activity the process waits to enter (asyncBefore, e.g. 信用核查 while its job waits for the job
     * executor): such an activity is in no history yet, but the case is there.
     */
    private Optional<Step> awaitedStep(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).list().stream()
                .map(job -> management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult())
                .filter(definition -> definition != null && ASYNC_CONTINUATION.equals(definition.getJobType()))
                .map(JobDefinition::getActivityId).map(STEP_OF_ACTIVITY::get).filter(java.util.Objects::nonNull)
                .reduce((first, later) -> later);
    }

    private static Outcome outcome(HistoricProcessInstance process) {
        if (process.getEndTime() == null) {
            return Outcome.IN_PROGRESS;
        }
        String end = process.getEndActivityId();
        // ended otherwise than at one of its end events: withdrawn, or stopped by an administrator
        return end == null ? Outcome.TERMINATED : OUTCOME_OF_END.getOrDefault(end, Outcome.TERMINATED);
    }

    /** The note of the last wait still open, if it is one the applicant should know of. */
    private static String waitNote(List<HistoricActivityInstance> activities) {
        String note = null;
        for (HistoricActivityInstance activity : activities) {
            if (activity.getEndTime() == null && NOTE_OF_WAIT.containsKey(activity.getActivityId())) {
                note = NOTE_OF_WAIT.get(activity.getActivityId());
            }
        }
        return note;
    }

    private static List<StepView> steps(Step reached, Outcome outcome, String note) {
        List<StepView> steps = new ArrayList<>();
        for (Step step : Step.values()) {
            StepState state;
            String shown = null;
            if (outcome == Outcome.PAID || step.ordinal() < reached.ordinal()) {
                state = StepState.DONE;
            } else if (step == reached) {
                state = outcome == Outcome.IN_PROGRESS ? StepState.CURRENT : StepState.STOPPED;
                shown = outcome == Outcome.IN_PROGRESS ? note : outcome.label();
            } else {
                state = outcome == Outcome.IN_PROGRESS ? StepState.UPCOMING : StepState.NOT_REACHED;
            }
            steps.add(new StepView(step, step.label(), state, shown));
        }
        return steps;
    }
}

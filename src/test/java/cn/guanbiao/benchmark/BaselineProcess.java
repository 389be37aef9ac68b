package cn.guanbiao.benchmark;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The raw engine's share of the lifecycle: a process with the wait states and service tasks an application passes
 * on its way to 已拨付 (happy path of {@code award-application}) and no application logic. Same counts: four user
 * tasks, one message, one timer, four asynchronous continuations (after the start, before the credit check, after
 * the call's decision, before the payment) and seven service tasks (qualification, routing, credit, award, notice
 * start, notice end, payment) that do nothing.
 */
final class BaselineProcess {

    static final String KEY = "benchmark-baseline";
    static final String MESSAGE = "BaselineDecided";
    static final String GROUP = "benchmark-baseline";
    static final String[] USER_TASKS = {"Baseline_Review1", "Baseline_Review2", "Baseline_Review3", "Baseline_Approval"};
    static final String MESSAGE_EVENT = "Baseline_Decided";
    static final String TIMER_EVENT = "Baseline_NoticeOver";

    private BaselineProcess() {
    }

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(KEY)
                .name("基准流程（性能测试）")
                .camundaHistoryTimeToLiveString("P180D")
                .startEvent("Baseline_Start").camundaAsyncAfter()
                .serviceTask("Baseline_Qualification").camundaExpression("${true}")
                .userTask(USER_TASKS[0]).camundaCandidateGroups(GROUP)
                .serviceTask("Baseline_Routing").camundaExpression("${true}")
                .userTask(USER_TASKS[1]).camundaCandidateGroups(GROUP)
                .userTask(USER_TASKS[2]).camundaCandidateGroups(GROUP)
                .serviceTask("Baseline_Credit").camundaAsyncBefore().camundaExpression("${true}")
                .serviceTask("Baseline_Award").camundaExpression("${true}")
                .intermediateCatchEvent(MESSAGE_EVENT).camundaAsyncAfter().message(MESSAGE)
                .serviceTask("Baseline_NoticeStart").camundaExpression("${true}")
                .intermediateCatchEvent(TIMER_EVENT).timerWithDuration("P5D")
                .serviceTask("Baseline_NoticeEnd").camundaExpression("${true}")
                .userTask(USER_TASKS[3]).camundaCandidateGroups(GROUP)
                .serviceTask("Baseline_Payment").camundaAsyncBefore().camundaExpression("${true}")
                .endEvent("Baseline_End")
                .done();
    }
}

package cn.guanbiao.benchmark;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The raw engine: {@link BaselineProcess} instances driven through the Java API by T client threads, in the same
 * phases as the lifecycle (up to the message, all messages, then timer to the end), the job executor doing the
 * asynchronous continuations.
 */
final class BaselineRun {

    private final ProcessEngine processEngine;
    private final Engine engine;

    BaselineRun(ProcessEngine processEngine) {
        this.processEngine = processEngine;
        this.engine = new Engine(processEngine);
    }

    void deploy() {
        processEngine.getRepositoryService().createDeployment().name(BaselineProcess.KEY)
                .addModelInstance(BaselineProcess.KEY + ".bpmn", BaselineProcess.model())
                .enableDuplicateFiltering(true).deploy();
    }

    /** Runs {@code count} instances; returns the wall time in seconds, records step times in {@code steps}. */
    double run(String label, int count, int threads, Latencies steps) {
        String[] ids = new String[count];
        long start = System.nanoTime();
        Workers.forEach(count, threads, i -> {
            ProcessInstance instance = steps.time("start", () -> engine.runtime.startProcessInstanceByKey(
                    BaselineProcess.KEY, label + "-" + i, Variables.createVariables()
                            .putValue("applicationNo", label + "-" + i).putValue("callId", label)
                            .putValue("applicantType", "ENTERPRISE").putValue("districtCode", "500112")
                            .putValue("status", "SUBMITTED")));
            ids[i] = instance.getId();
            for (String taskKey : new String[] {BaselineProcess.USER_TASKS[0], BaselineProcess.USER_TASKS[1],
                    BaselineProcess.USER_TASKS[2]}) {
                String task = steps.time("awaitTask", () -> engine.awaitTask(ids[i], taskKey));
                steps.time("complete", () -> engine.complete(task, null, decision()));
            }
            steps.time("awaitMessageWait", () -> Workers.awaitTrue("message wait of " + ids[i],
                    () -> engine.runtime.createEventSubscriptionQuery().processInstanceId(ids[i])
                            .eventName(BaselineProcess.MESSAGE).count() == 1));
        });
        Workers.forEach(count, threads, i -> steps.time("correlate", () -> engine.runtime
                .createMessageCorrelation(BaselineProcess.MESSAGE).processInstanceId(ids[i]).correlate()));
        Workers.forEach(count, threads, i -> {
            steps.time("fireTimer", () -> engine.fireTimer(ids[i], BaselineProcess.TIMER_EVENT));
            String task = steps.time("awaitTask", () -> engine.awaitTask(ids[i], BaselineProcess.USER_TASKS[3]));
            steps.time("complete", () -> engine.complete(task, null, decision()));
            steps.time("awaitEnd", () -> Workers.awaitTrue("end of " + ids[i],
                    () -> engine.runtime.createProcessInstanceQuery().processInstanceId(ids[i]).count() == 0));
        });
        steps.time("drain", engine::drainJobs);
        return (System.nanoTime() - start) / 1e9;
    }

    private static Map<String, Object> decision() {
        return Variables.createVariables().putValue("approved", true).putValue("comment", "同意");
    }
}

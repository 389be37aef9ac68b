package cn.guanbiao.benchmark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** The engine calls both runs make: tasks completed as a named user, waits for the job executor. */
final class Engine {

    final RuntimeService runtime;
    final TaskService tasks;
    final ManagementService management;
    private final IdentityService identity;
    private final Map<String, List<String>> groupsOfUser = new ConcurrentHashMap<>();

    Engine(ProcessEngine engine) {
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
        this.identity = engine.getIdentityService();
    }

    /** Waits until the process instance has the user task (the job executor gets it there), returns its id. */
    String awaitTask(String processInstanceId, String taskKey) {
        return Workers.await(taskKey + " of " + processInstanceId, () -> {
            Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                    .singleResult();
            return task == null ? null : task.getId();
        });
    }

    /** Completes the task as {@code user} (null: without authentication, as a system would). */
    void complete(String taskId, String user, Map<String, Object> variables) {
        if (user == null) {
            tasks.complete(taskId, variables);
            return;
        }
        identity.setAuthentication(user, groupsOfUser.computeIfAbsent(user,
                u -> identity.createGroupQuery().groupMember(u).list().stream().map(Group::getId).toList()));
        try {
            tasks.complete(taskId, variables);
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Executes the timer at {@code activityId} of the instance now, whatever its due date (what the clock would do). */
    void fireTimer(String processInstanceId, String activityId) {
        Job timer = Workers.await("timer " + activityId + " of " + processInstanceId, () -> management.createJobQuery()
                .processInstanceId(processInstanceId).activityId(activityId).timers().singleResult());
        management.executeJob(timer.getId());
    }

    /** Waits until the job executor has nothing left that is due (timers due later do not count). */
    void drainJobs() {
        Workers.awaitTrue("the job executor to drain", () -> management.createJobQuery().executable().count() == 0);
    }

    long executableJobs() {
        return management.createJobQuery().executable().count();
    }
}

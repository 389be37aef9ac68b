package cn.guanbiao.benchmark;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Tasklist's first page for a reviewer: the tasks of the reviewer's groups (and assigned to the reviewer), newest
 * first, 15 a page, with authorizations checked — asked {@code times} times as the reviewer.
 */
final class TasklistQuery {

    record Result(String user, long openTasks, long finishedApplications, double p50Ms, double p95Ms) {
    }

    private final TaskService tasks;
    private final IdentityService identity;
    private final ProcessEngine engine;

    TasklistQuery(ProcessEngine engine) {
        this.engine = engine;
        this.tasks = engine.getTaskService();
        this.identity = engine.getIdentityService();
    }

    Result run(String user, int times) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        Latencies latencies = new Latencies();
        identity.setAuthentication(user, groups);
        try {
            for (int i = 0; i < times; i++) {
                latencies.time("page", () -> tasks.createTaskQuery().or().taskCandidateGroupIn(groups).taskAssignee(user)
                        .endOr().orderByTaskCreateTime().desc().listPage(0, 15));
            }
        } finally {
            identity.clearAuthentication();
        }
        long open = tasks.createTaskQuery().taskCandidateGroupIn(groups).count();
        long finished = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("award-application").finished().count();
        Latencies.Summary page = latencies.summary("page");
        return new Result(user, open, finished, page.p50Ms(), page.p95Ms());
    }
}

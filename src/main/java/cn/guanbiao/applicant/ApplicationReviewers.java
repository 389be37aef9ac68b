package cn.guanbiao.applicant;

import cn.guanbiao.application.ProcessVariables;
import java.util.Collection;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Who reviews an application, as the engine knows it (never a process variable, which a task completion could set):
 * the groups that are or were a candidate group of a task of its {@code award-application} instances (business key =
 * application number), and the users that are or were linked to such a task (a candidate user, its assignee or
 * owner). A department whose task has not come yet is not among them.
 * <p>
 * An open task's links are read from the task itself; an ended task's from the engine's history of identity links
 * ({@code ACT_HI_IDENTITYLINK}, written at history level {@code full}, which no {@code HistoryPolicy} filters out).
 */
@Component
class ApplicationReviewers {

    private final TaskService taskService;
    private final HistoryService historyService;

    ApplicationReviewers(TaskService taskService, HistoryService historyService) {
        this.taskService = taskService;
        this.historyService = historyService;
    }

    /** Whether the user, a member of the given groups, reviews or reviewed the application. */
    boolean include(String applicationNo, String userId, Collection<String> groups) {
        return hasOpenTask(applicationNo, userId, groups) || hadTask(applicationNo, userId, groups);
    }

    private boolean hasOpenTask(String applicationNo, String userId, Collection<String> groups) {
        if (openTasks(applicationNo).taskInvolvedUser(userId).count() > 0) {
            return true;
        }
        // includeAssignedTasks: a task one of the group has claimed still belongs to the group
        return !groups.isEmpty()
                && openTasks(applicationNo).taskCandidateGroupIn(groups.stream().toList()).includeAssignedTasks().count() > 0;
    }

    private boolean hadTask(String applicationNo, String userId, Collection<String> groups) {
        if (tasks(applicationNo).taskInvolvedUser(userId).count() > 0) {
            return true;
        }
        return groups.stream().anyMatch(group -> tasks(applicationNo).taskHadCandidateGroup(group).count() > 0);
    }

    private TaskQuery openTasks(String applicationNo) {
        return taskService.createTaskQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY)
                .processInstanceBusinessKey(applicationNo);
    }

    private HistoricTaskInstanceQuery tasks(String applicationNo) {
        return historyService.createHistoricTaskInstanceQuery().processDefinitionKey(ProcessVariables.PROCESS_KEY)
                .processInstanceBusinessKey(applicationNo);
    }
}

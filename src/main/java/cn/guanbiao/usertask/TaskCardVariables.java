package cn.guanbiao.usertask;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.guanbiao.platform.CommonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What a task card shows is copied onto each new task as task-local variables under names of their own
 * ({@code card…}), which the shared filters list ({@link IdentitySetup#CARD_VARIABLES}). Tasklist reads a card's
 * variables with the reviewer's rights, and a reviewer may read the task but not the whole process instance, so
 * the process's own variables would leave the cards blank. The copies are for display only: nothing reads them, and
 * having names of their own they never shadow a process variable that a form or a completion touches.
 */
@Component
class TaskCardVariables extends OnEveryUserTask {

    /** The process variables a card shows, with their labels, in the order shown. */
    static final Map<String, String> SHOWN = shown();

    private static final TaskListener COPY_TO_TASK = TaskCardVariables::copy;

    TaskCardVariables() {
        super(TaskListener.EVENTNAME_CREATE, COPY_TO_TASK);
    }

    static void copy(DelegateTask task) {
        for (String name : SHOWN.keySet()) {
            Object value = task.getVariable(name);
            if (value != null) {
                task.setVariableLocal(onCard(name), value);
            }
        }
    }

    /** The name of a process variable's copy on a task: {@code orgName} → {@code cardOrgName}. */
    static String onCard(String name) {
        return "card" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Map<String, String> shown() {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put(CommonVariables.APPLICATION_NO, "申请编号");
        shown.put(CommonVariables.ORG_NAME, "申请单位");
        shown.put(CommonVariables.AWARD_AMOUNT, "奖励金额（元）");
        shown.put(CommonVariables.CALL_ID, "申报批次");
        shown.put(CommonVariables.REFERENCE_NO, "投诉举报受理编号");
        return Collections.unmodifiableMap(shown);
    }

}

package cn.guanbiao.usertask;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who decides on a task: the user logged in (Tasklist, REST), else the task's assignee (a job, a test without login). */
public final class Deciders {

    private Deciders() {
    }

    public static String of(IdentityService identityService, DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }
}

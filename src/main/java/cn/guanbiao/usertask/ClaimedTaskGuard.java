package cn.guanbiao.usertask;

import cn.guanbiao.platform.StaffNames;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A task someone has claimed (认领) is theirs: in every process, only the claimant completes it. Tasklist already
 * offers the form only to the claimant, but the engine lets any member of the candidate group complete the task
 * over REST; a colleague who tries is told who has it. To take over, the claimant hands it back, or an administrator
 * reassigns it (Tasklist, Cockpit).
 * Without a logged-in user (jobs, the Java API in tests) nothing is checked.
 */
@Component
class ClaimedTaskGuard extends OnEveryUserTask {

    private static final TaskListener ONLY_THE_CLAIMANT = ClaimedTaskGuard::checkCompletedByClaimant;

    ClaimedTaskGuard() {
        super(TaskListener.EVENTNAME_COMPLETE, ONLY_THE_CLAIMANT);
    }

    static void checkCompletedByClaimant(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String claimant = task.getAssignee();
        if (authentication != null && claimant != null && !claimant.equals(authentication.getUserId())) {
            throw new BadUserRequestException("该任务已由"
                    + StaffNames.claimant(task.getProcessEngineServices().getIdentityService(), claimant) + "认领，只能由认领人办理。如需接手，请认领人退回任务，或请管理员转办给您。");
        }
    }
}

package cn.guanbiao.usertask;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A task someone has claimed (认领) is theirs: in every process, only the claimant completes it. Tasklist already
 * offers the form only to the claimant, but the engine lets any member of the candidate group complete the task
 * over REST; a colleague who tries is told who has it. To take over, the claimant hands it back, or an administrator
 * reassigns it (Tasklist, Cockpit).
 * Without a logged-in user (jobs, the Java API in tests) nothing is checked.
 */
@Component
class ClaimedTaskGuard extends AbstractProcessEnginePlugin {

    private static final TaskListener ONLY_THE_CLAIMANT = ClaimedTaskGuard::checkCompletedByClaimant;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, ONLY_THE_CLAIMANT);
            }
        });
    }

    static void checkCompletedByClaimant(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String claimant = task.getAssignee();
        if (authentication != null && claimant != null && !claimant.equals(authentication.getUserId())) {
            throw new BadUserRequestException("该任务已由 " + claimant + " 认领，只能由认领人办理。如需接手，请认领人退回任务，或请管理员转办给您。");
        }
    }
}

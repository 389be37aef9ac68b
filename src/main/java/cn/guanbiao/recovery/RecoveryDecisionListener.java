package cn.guanbiao.recovery;

import cn.guanbiao.platform.CommonVariables;
import java.math.BigDecimal;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.usertask.ReviewOutcome;
import cn.guanbiao.usertask.Completion;
import cn.guanbiao.usertask.UserTasks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 追回决定: {@code approved} true = recover {@code recoveryAmount} (default: all that was paid), false = no
 * recovery; the reasons ({@code comment}) are required either way, they go to the unit. {@code serious} puts
 * the unit on the joint-punishment list.
 */
@Component("recoveryDecision")
class RecoveryDecisionListener implements TaskListener {

    private final UserTasks userTasks;

    RecoveryDecisionListener(UserTasks userTasks) {
        this.userTasks = userTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            userTasks.announce(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            complete(task);
        }
    }

    private void complete(DelegateTask task) {
        Completion completion = userTasks.completing(task);
        ReviewOutcome outcome = ReviewOutcome.read(task, false);
        String comment = completion.requiredText(CommonVariables.COMMENT, "决定理由", "：追回或不予追回都须说明理由");
        boolean recover = outcome == ReviewOutcome.APPROVED;
        var variables = RecoveryVariables.of(task);
        if (recover) {
            BigDecimal paid = variables.paidAmount();
            BigDecimal amount = completion.isBlank(RecoveryVariables.RECOVERY_AMOUNT) ? paid
                    : completion.yuan(RecoveryVariables.RECOVERY_AMOUNT, "追回金额", paid);
            variables.setRecoveryAmount(amount);
        }
        variables.setSerious(recover && variables.serious());
        variables.setDecidedBy(completion.decider());
        completion.record(ProcessVariables.applicationNo(task), outcome, comment);
    }
}

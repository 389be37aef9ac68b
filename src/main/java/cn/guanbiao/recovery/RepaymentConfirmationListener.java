package cn.guanbiao.recovery;

import java.math.BigDecimal;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.usertask.ReviewOutcome;
import cn.guanbiao.usertask.Completion;
import cn.guanbiao.usertask.UserTasks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 确认退回资金: finance confirms what arrived ({@code receivedAmount}, at most the sum to recover). */
@Component("repaymentConfirmation")
class RepaymentConfirmationListener implements TaskListener {

    private final UserTasks userTasks;

    RepaymentConfirmationListener(UserTasks userTasks) {
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
        var variables = RecoveryVariables.of(task);
        BigDecimal due = variables.recoveryAmount();
        BigDecimal received = completion.yuan(RecoveryVariables.RECEIVED_AMOUNT, "实收退回金额", due);
        variables.setReceivedAmount(received);
        variables.setConfirmedBy(completion.decider());
        String note = completion.text(RecoveryVariables.NOTE);
        completion.record(ProcessVariables.applicationNo(task), ReviewOutcome.APPROVED,
                "实收退回资金 " + received.toPlainString() + " 元" + (note.isEmpty() ? "" : "；" + note));
    }
}

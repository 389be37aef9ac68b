package cn.guanbiao.recovery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.usertask.Deciders;
import cn.guanbiao.usertask.ReviewDecisions;
import cn.guanbiao.usertask.ReviewOutcome;
import cn.guanbiao.usertask.ReviewerNotices;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 确认退回资金: finance confirms what arrived ({@code receivedAmount}, at most the sum to recover). */
@Component("repaymentConfirmation")
class RepaymentConfirmationListener implements TaskListener {

    static final String CONFIRMED_BY = "repaymentConfirmedBy";
    private static final String NOTE = "repaymentNote";

    private final ReviewDecisions decisions;
    private final ReviewerNotices reviewerNotices;
    private final IdentityService identityService;
    private final Clock clock;

    RepaymentConfirmationListener(ReviewDecisions decisions, ReviewerNotices reviewerNotices,
            IdentityService identityService, Clock clock) {
        this.decisions = decisions;
        this.reviewerNotices = reviewerNotices;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            reviewerNotices.taskCreated(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            complete(task);
        }
    }

    private void complete(DelegateTask task) {
        BigDecimal due = new BigDecimal((String) task.getVariable(RecoveryVariables.RECOVERY_AMOUNT));
        BigDecimal received = RecoveryAmounts.read(task.getVariable(RecoveryVariables.RECEIVED_AMOUNT),
                RecoveryVariables.RECEIVED_AMOUNT, "实收退回金额", due);
        task.setVariable(RecoveryVariables.RECEIVED_AMOUNT, received.toPlainString());
        String user = Deciders.of(identityService, task);
        task.setVariable(CONFIRMED_BY, user);
        String note = (String) task.getVariable(NOTE);
        decisions.add(new ReviewDecisions.Decision(ProcessVariables.applicationNo(task),
                task.getTaskDefinitionKey(), task.getName(), user, ReviewOutcome.APPROVED,
                "实收退回资金 " + received.toPlainString() + " 元" + (note == null || note.isBlank() ? "" : "；" + note),
                LocalDateTime.now(clock)));
    }
}

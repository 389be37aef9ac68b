package cn.guanbiao.recovery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.review.Deciders;
import cn.guanbiao.review.ReviewDecisions;
import cn.guanbiao.review.ReviewOutcome;
import cn.guanbiao.review.ReviewerNotices;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 确认退回资金: finance confirms what arrived ({@code receivedAmount}, at most the sum to recover). */
@Component("repaymentConfirmation")
class RepaymentConfirmationListener implements TaskListener {

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
        var variables = RecoveryVariables.of(task);
        BigDecimal due = variables.recoveryAmount();
        BigDecimal received = RecoveryAmounts.read(variables.receivedAmountEntered(),
                RecoveryVariables.RECEIVED_AMOUNT, "实收退回金额", due);
        variables.setReceivedAmount(received);
        String user = Deciders.of(identityService, task);
        variables.setConfirmedBy(user);
        String note = variables.note();
        decisions.add(new ReviewDecisions.Decision(ProcessVariables.applicationNo(task),
                task.getTaskDefinitionKey(), task.getName(), user, ReviewOutcome.APPROVED,
                "实收退回资金 " + received.toPlainString() + " 元" + (note == null || note.isBlank() ? "" : "；" + note),
                LocalDateTime.now(clock)));
    }
}

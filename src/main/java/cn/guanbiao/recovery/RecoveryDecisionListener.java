package cn.guanbiao.recovery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.review.Deciders;
import cn.guanbiao.review.ReviewDecisions;
import cn.guanbiao.review.ReviewOutcome;
import cn.guanbiao.review.ReviewerNotices;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
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

    private final ReviewDecisions decisions;
    private final ReviewerNotices reviewerNotices;
    private final IdentityService identityService;
    private final Clock clock;

    RecoveryDecisionListener(ReviewDecisions decisions, ReviewerNotices reviewerNotices, IdentityService identityService,
            Clock clock) {
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
        ReviewOutcome outcome = ReviewOutcome.read(task, false);
        var variables = RecoveryVariables.of(task);
        String comment = variables.comment();
        if (comment == null || comment.isBlank()) {
            throw new BadUserRequestException("请填写决定理由（comment）：追回或不予追回都须说明理由");
        }
        boolean recover = outcome == ReviewOutcome.APPROVED;
        if (recover) {
            BigDecimal paid = variables.paidAmount();
            Object requested = variables.recoveryAmountEntered();
            BigDecimal amount = requested == null || requested.toString().isBlank() ? paid
                    : RecoveryAmounts.read(requested, RecoveryVariables.RECOVERY_AMOUNT, "追回金额", paid);
            variables.setRecoveryAmount(amount);
        }
        variables.setSerious(recover && variables.serious());
        String user = Deciders.of(identityService, task);
        variables.setDecidedBy(user);
        decisions.add(new ReviewDecisions.Decision(ProcessVariables.applicationNo(task),
                task.getTaskDefinitionKey(), task.getName(), user, outcome, comment, LocalDateTime.now(clock)));
    }
}

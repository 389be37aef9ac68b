package cn.guanbiao.review;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;

import cn.guanbiao.application.AwardApplicationVariables;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.notice.ObjectionDesk;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On every review task of {@code award-application}. Create: clear the previous task's decision, refresh the
 * summary the form shows, tell the group by e-mail. Claim and complete: four eyes. Complete: check the decision
 * (a reason is required unless approving), record who decided what, and set {@code reviewOutcome}, which the
 * gateways follow; the form's decision input is consumed.
 */
@Component("reviewDecision")
class ReviewDecisionListener implements TaskListener {

    /** Only the three reviews of the application itself may send it back to the applicant. */
    private static final Set<String> MAY_RETURN = Set.of("DistrictReview", "DepartmentReview", "MunicipalReview");

    private static final String OBJECTION_REVIEW = "ObjectionReview";

    private final ReviewSummaries summaries;
    private final ReviewDecisions decisions;
    private final ObjectionDesk objectionDesk;
    private final FourEyes fourEyes;
    private final ReviewerNotices reviewerNotices;
    private final IdentityService identityService;
    private final Clock clock;

    ReviewDecisionListener(ReviewSummaries summaries, ReviewDecisions decisions, ObjectionDesk objectionDesk,
            FourEyes fourEyes, ReviewerNotices reviewerNotices, IdentityService identityService, Clock clock) {
        this.fourEyes = fourEyes;
        this.reviewerNotices = reviewerNotices;
        this.clock = clock;
        this.objectionDesk = objectionDesk;
        this.summaries = summaries;
        this.decisions = decisions;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                ReviewOutcome.clear(task.getExecution());
                summaries.refresh(task.getExecution());
                reviewerNotices.taskCreated(task);
            }
            case EVENTNAME_ASSIGNMENT -> fourEyes.check(task.getAssignee(), task.getTaskDefinitionKey(),
                    ProcessVariables.applicationNo(task));
            case EVENTNAME_COMPLETE -> complete(task);
            default -> { }
        }
    }

    private void complete(DelegateTask task) {
        String user = Deciders.of(identityService, task);
        fourEyes.check(user, task.getTaskDefinitionKey(), ProcessVariables.applicationNo(task));
        ReviewOutcome outcome = ReviewOutcome.consume(task, MAY_RETURN.contains(task.getTaskDefinitionKey()));
        String comment = AwardApplicationVariables.of(task).comment();
        String applicationNo = ProcessVariables.applicationNo(task);
        decisions.add(new ReviewDecisions.Decision(applicationNo, task.getTaskDefinitionKey(), task.getName(),
                user, outcome, comment, LocalDateTime.now(clock)));
        var process = AwardApplicationVariables.of(task.getExecution());
        process.setReviewOutcome(outcome.name());
        if (OBJECTION_REVIEW.equals(task.getTaskDefinitionKey())) {
            objectionDesk.decideOpen(applicationNo, outcome == ReviewOutcome.REJECTED, user, comment);
        }
        if (outcome == ReviewOutcome.REJECTED) {
            process.setRejectionReason(task.getName() + "不予通过：" + comment);
        }
    }
}

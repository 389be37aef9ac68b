package cn.guanbiao.review;

import java.util.Set;

import cn.guanbiao.application.AwardApplicationVariables;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.notice.ObjectionDesk;
import cn.guanbiao.usertask.Completion;
import cn.guanbiao.usertask.FourEyes;
import cn.guanbiao.usertask.ReviewOutcome;
import cn.guanbiao.usertask.UserTasks;
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
    private final ObjectionDesk objectionDesk;
    private final FourEyes fourEyes;
    private final UserTasks userTasks;

    ReviewDecisionListener(ReviewSummaries summaries, ObjectionDesk objectionDesk, FourEyes fourEyes, UserTasks userTasks) {
        this.summaries = summaries;
        this.objectionDesk = objectionDesk;
        this.fourEyes = fourEyes;
        this.userTasks = userTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                ReviewOutcome.clear(task.getExecution());
                summaries.refresh(task.getExecution());
                userTasks.announce(task);
            }
            case EVENTNAME_ASSIGNMENT -> fourEyes.check(task.getAssignee(), task.getTaskDefinitionKey(),
                    ProcessVariables.applicationNo(task));
            case EVENTNAME_COMPLETE -> complete(task);
            default -> { }
        }
    }

    private void complete(DelegateTask task) {
        Completion completion = userTasks.completing(task);
        String user = completion.decider();
        String applicationNo = ProcessVariables.applicationNo(task);
        fourEyes.check(user, task.getTaskDefinitionKey(), applicationNo);
        ReviewOutcome outcome = ReviewOutcome.consume(task, MAY_RETURN.contains(task.getTaskDefinitionKey()));
        String comment = AwardApplicationVariables.of(task).comment();
        completion.record(applicationNo, outcome, comment);
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

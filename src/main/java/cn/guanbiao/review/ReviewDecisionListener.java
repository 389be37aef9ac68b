package cn.guanbiao.review;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.notice.Objections;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On every review task of {@code award-application}. Create: clear the previous task's decision and refresh
 * the summary the form shows. Complete: check the decision (a reason is required unless approving), record
 * who decided what, and set {@code reviewOutcome} for the gateway.
 */
@Component("reviewDecision")
class ReviewDecisionListener implements TaskListener {

    /** Only the three reviews of the application itself may send it back to the applicant. */
    private static final Set<String> MAY_RETURN = Set.of("DistrictReview", "DepartmentReview", "MunicipalReview");

    private static final String OBJECTION_REVIEW = "ObjectionReview";

    private final ReviewSummaries summaries;
    private final ReviewDecisions decisions;
    private final Objections objections;
    private final IdentityService identityService;
    private final Clock clock;

    ReviewDecisionListener(ReviewSummaries summaries, ReviewDecisions decisions, Objections objections,
            IdentityService identityService, Clock clock) {
        this.clock = clock;
        this.objections = objections;
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
            }
            case EVENTNAME_COMPLETE -> complete(task);
            default -> { }
        }
    }

    private void complete(DelegateTask task) {
        ReviewOutcome outcome = ReviewOutcome.read(task, MAY_RETURN.contains(task.getTaskDefinitionKey()));
        String comment = (String) task.getVariable(ProcessVariables.COMMENT);
        String applicationNo = (String) task.getVariable(ProcessVariables.APPLICATION_NO);
        decisions.add(new ReviewDecisions.Decision(applicationNo, task.getTaskDefinitionKey(), task.getName(),
                decidedBy(task), outcome, comment, LocalDateTime.now(clock)));
        task.getExecution().setVariable(ProcessVariables.REVIEW_OUTCOME, outcome.name());
        if (OBJECTION_REVIEW.equals(task.getTaskDefinitionKey())) {
            objections.decideOpen(applicationNo, outcome == ReviewOutcome.REJECTED, decidedBy(task), comment);
        }
        if (outcome == ReviewOutcome.REJECTED) {
            task.getExecution().setVariable(ProcessVariables.REJECTION_REASON, task.getName() + "不予通过：" + comment);
        }
    }

    private String decidedBy(DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null ? authentication.getUserId() : task.getAssignee();
    }
}

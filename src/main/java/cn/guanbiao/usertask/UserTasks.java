package cn.guanbiao.usertask;

import java.time.Clock;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What every task listener does around its own routing: on create, tell the candidates by e-mail; on complete, read
 * and check the form ({@link Completion}) and record who decided what.
 */
@Component
public class UserTasks {

    private final ReviewerNotices reviewerNotices;
    private final ReviewDecisions decisions;
    private final IdentityService identityService;
    private final Clock clock;

    public UserTasks(ReviewerNotices reviewerNotices, ReviewDecisions decisions, IdentityService identityService, Clock clock) {
        this.reviewerNotices = reviewerNotices;
        this.decisions = decisions;
        this.identityService = identityService;
        this.clock = clock;
    }

    /** A new task: its candidate groups and users are told by e-mail. */
    public void announce(DelegateTask task) {
        reviewerNotices.taskCreated(task);
    }

    /** As above, for a task about another case than its process's business key (a unit of a spot-check campaign). */
    public void announce(DelegateTask task, String caseNo) {
        reviewerNotices.taskCreated(task, caseNo);
    }

    public Completion completing(DelegateTask task) {
        return new Completion(task, Deciders.of(identityService, task), decisions, clock);
    }
}

package cn.guanbiao.usertask;

import java.time.Clock;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A user task being completed: its form fields ({@link FormFields}), who decides, and the record of the decision in
 * the audit trail (R7). Made by {@link UserTasks#completing}.
 */
public final class Completion extends FormFields {

    private final DelegateTask task;
    private final String decider;
    private final ReviewDecisions decisions;
    private final Clock clock;

    Completion(DelegateTask task, String decider, ReviewDecisions decisions, Clock clock) {
        super(task, clock);
        this.task = task;
        this.decider = decider;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The user logged in (Tasklist, REST), else the task's assignee ({@link Deciders}). */
    public String decider() {
        return decider;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Records the decider's decision on the application, under the task's key and name. */
    public void record(String applicationNo, ReviewOutcome outcome, String comment) {
        record(applicationNo, outcome, comment, now());
    }

    public void record(String applicationNo, ReviewOutcome outcome, String comment, LocalDateTime decidedAt) {
        decisions.add(new ReviewDecisions.Decision(applicationNo, task.getTaskDefinitionKey(), task.getName(), decider,
                outcome, comment, decidedAt));
    }
}

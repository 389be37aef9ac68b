package cn.guanbiao.usertask;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A review task is due soon (non-interrupting timer): remind whoever holds it. */
@Component("remindReviewers")
class RemindReviewersDelegate implements JavaDelegate {

    private final ReviewerNotices notices;

    RemindReviewersDelegate(ReviewerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.remind(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
    }
}

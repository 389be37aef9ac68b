package cn.guanbiao.usertask;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A review task is overdue (non-interrupting timer): the municipal IP office takes it up too. */
@Component("escalateOverdueTask")
class EscalateOverdueTaskDelegate implements JavaDelegate {

    private final ReviewerNotices notices;

    EscalateOverdueTaskDelegate(ReviewerNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.escalate(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
    }
}

package cn.guanbiao.recovery;


import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.StatusChanges;
import cn.guanbiao.usertask.ReviewerNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 逾期催缴: the deadline passed without the money: the unit is reminded, the municipal office and finance told. */
@Component("remindOverdueRepayment")
class RemindOverdueRepaymentDelegate implements JavaDelegate {

    private final StatusChanges statusChanges;
    private final ReviewerNotices reviewerNotices;

    RemindOverdueRepaymentDelegate(StatusChanges statusChanges, ReviewerNotices reviewerNotices) {
        this.statusChanges = statusChanges;
        this.reviewerNotices = reviewerNotices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        statusChanges.change(execution, ApplicationStatus.RECOVERY, "退回期限已过，请立即退回；逾期不退回的，我局将依法处理", null,
                RecoveryVariables.of(execution).recoveryAmount());
        reviewerNotices.escalate(execution.getProcessInstanceId(), applicationNo);
    }
}

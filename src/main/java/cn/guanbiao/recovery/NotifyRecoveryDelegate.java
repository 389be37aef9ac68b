package cn.guanbiao.recovery;


import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.StatusChanges;
import cn.guanbiao.calendar.WorkingDays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** 下达追回通知: status RECOVERY, and the unit is told by e-mail what to pay back, why and by when. */
@Component("notifyRecovery")
class NotifyRecoveryDelegate implements JavaDelegate {

    private final StatusChanges statusChanges;
    private final WorkingDays workingDays;
    private final int repaymentWorkingDays;

    NotifyRecoveryDelegate(StatusChanges statusChanges, WorkingDays workingDays,
            @Value("${app.recovery.repayment-working-days:20}") int repaymentWorkingDays) {
        this.statusChanges = statusChanges;
        this.workingDays = workingDays;
        this.repaymentWorkingDays = repaymentWorkingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = RecoveryVariables.of(execution);
        variables.setRepaymentDeadline(workingDays.endOfWorkingDays(repaymentWorkingDays));
        statusChanges.change(execution, ApplicationStatus.RECOVERY, variables.comment(), workingDays.plus(repaymentWorkingDays),
                variables.recoveryAmount());
    }
}

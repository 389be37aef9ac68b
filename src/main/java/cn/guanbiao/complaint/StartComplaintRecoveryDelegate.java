package cn.guanbiao.complaint;

import cn.guanbiao.recovery.FundRecoveries;
import cn.guanbiao.recovery.RecoverySource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 启动追回程序: a confirmed complaint about an award starts its recovery (R7), or joins the one under way. */
@Component("startComplaintRecovery")
class StartComplaintRecoveryDelegate implements JavaDelegate {

    private final FundRecoveries recoveries;
    private final Complaints complaints;

    StartComplaintRecoveryDelegate(FundRecoveries recoveries, Complaints complaints) {
        this.recoveries = recoveries;
        this.complaints = complaints;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String referenceNo = execution.getProcessBusinessKey();
        var variables = ComplaintVariables.of(execution);
        String recovery = recoveries.start(complaints.get(referenceNo).applicationNo(),
                RecoverySource.COMPLAINT, referenceNo, variables.findings());
        complaints.setRecovery(referenceNo, recovery);
        variables.setRecoveryProcessInstanceId(recovery);
    }
}

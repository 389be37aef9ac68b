package cn.guanbiao.complaint;

import cn.guanbiao.application.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 拨付前核对投诉举报 (award-application): {@code complaintsOpen} while a complaint about it holds the payment. */
@Component("checkComplaints")
class CheckComplaintsDelegate implements JavaDelegate {

    private final PaymentHolds holds;

    CheckComplaintsDelegate(PaymentHolds holds) {
        this.holds = holds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(PaymentHolds.COMPLAINTS_OPEN, holds.holdsPayment(ProcessVariables.applicationNo(execution)));
    }
}

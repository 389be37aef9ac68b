package cn.guanbiao.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 恢复拨付 (complaint-handling): the complaint held a payment and was unfounded; the application goes on. */
@Component("resumePayment")
class ResumePaymentDelegate implements JavaDelegate {

    private final PaymentHolds holds;
    private final Complaints complaints;

    ResumePaymentDelegate(PaymentHolds holds, Complaints complaints) {
        this.holds = holds;
        this.complaints = complaints;
    }

    @Override
    public void execute(DelegateExecution execution) {
        holds.verified(complaints.get(execution.getProcessBusinessKey()).applicationNo());
    }
}

package cn.guanbiao.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 不予奖励 (complaint-handling): a confirmed complaint about an application not yet paid rejects it, with the findings. */
@Component("rejectUnpaidAward")
class RejectUnpaidAwardDelegate implements JavaDelegate {

    private final PaymentHolds holds;
    private final Complaints complaints;

    RejectUnpaidAwardDelegate(PaymentHolds holds, Complaints complaints) {
        this.holds = holds;
        this.complaints = complaints;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = complaints.get(execution.getProcessBusinessKey());
        holds.confirmed(complaint.applicationNo(), complaint.referenceNo(), complaint.findings());
    }
}

package cn.guanbiao.complaint;

import cn.guanbiao.application.AwardApplicationVariables;
import cn.guanbiao.application.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 拨付前核对投诉举报 (award-application), in the step that pays: {@code complaintCheck} NONE (go on to the credit
 * check and the payment), OPEN (wait for the verification) or CONFIRMED (rejected with the findings).
 */
@Component("checkComplaints")
class CheckComplaintsDelegate implements JavaDelegate {

    private final PaymentHolds holds;

    CheckComplaintsDelegate(PaymentHolds holds) {
        this.holds = holds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PaymentHolds.Check check = holds.check(ProcessVariables.applicationNo(execution));
        execution.setVariable(PaymentHolds.COMPLAINT_CHECK, check.hold().name());
        if (check.hold() == PaymentHolds.Hold.CONFIRMED) {
            AwardApplicationVariables.of(execution).setRejectionReason(check.reason());
        }
    }
}

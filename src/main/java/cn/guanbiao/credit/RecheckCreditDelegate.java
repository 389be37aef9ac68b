package cn.guanbiao.credit;

import cn.guanbiao.application.AwardApplicationVariables;
import cn.guanbiao.application.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 拨付前信用复核 (R5): right before money moves, in the step that pays (no wait state between this task and
 * {@code Task_ReleaseFunds}, so one transaction holds the application's lock from this check to the booking).
 * {@code creditResult} routes: CLEAR → pay; REVIEW (a record listed since the first check) → PaymentCreditReview;
 * BLOCKED → rejected with the record as the reason.
 */
@Component("recheckCredit")
class RecheckCreditDelegate implements JavaDelegate {

    private final CreditCheck creditCheck;

    RecheckCreditDelegate(CreditCheck creditCheck) {
        this.creditCheck = creditCheck;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CreditCheck.Result result = creditCheck.recheckBeforePayment(ProcessVariables.applicationNo(execution));
        var variables = AwardApplicationVariables.of(execution);
        variables.setCreditResult(result.outcome().name());
        if (result.outcome() == CreditCheck.Outcome.BLOCKED) {
            variables.setRejectionReason(result.reason());
        }
    }
}

package cn.guanbiao.credit;

import cn.guanbiao.application.AwardApplicationVariables;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.StatusChanges;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("checkCredit")
class CheckCreditDelegate implements JavaDelegate {

    private final CreditCheck creditCheck;
    private final StatusChanges statusChanges;

    CheckCreditDelegate(CreditCheck creditCheck, StatusChanges statusChanges) {
        this.creditCheck = creditCheck;
        this.statusChanges = statusChanges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        statusChanges.change(execution, ApplicationStatus.CREDIT_CHECK, "审核通过，进行信用核查", null);
        CreditCheck.Result result = creditCheck.checkApplication(applicationNo);
        var variables = AwardApplicationVariables.of(execution);
        variables.setCreditResult(result.outcome().name());
        if (result.outcome() == CreditCheck.Outcome.BLOCKED) {
            variables.setRejectionReason(result.reason());
        }
    }
}

package cn.guanbiao.payment;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.StatusChanges;
import cn.guanbiao.award.Money;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

@Component("releaseFunds")
class ReleaseFundsDelegate implements JavaDelegate {

    private final FundRelease fundRelease;
    private final StatusChanges statusChanges;
    private final ApplicationEventPublisher events;

    ReleaseFundsDelegate(FundRelease fundRelease, StatusChanges statusChanges, ApplicationEventPublisher events) {
        this.fundRelease = fundRelease;
        this.statusChanges = statusChanges;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        if (fundRelease.release(applicationNo, null) == FundRelease.Result.PAID) {
            statusChanges.change(execution, ApplicationStatus.PAID,
                    "奖励资金 " + Money.yuan(new java.math.BigDecimal((String) execution.getVariable(ProcessVariables.AWARD_AMOUNT)))
                            + " 已拨付", null);
            events.publishEvent(new AwardPaid(applicationNo));
        }
    }
}

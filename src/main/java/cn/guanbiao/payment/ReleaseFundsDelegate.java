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
        FundRelease.Payment payment = fundRelease.release(applicationNo, null);
        if (payment.result() == FundRelease.Result.PAID) {
            statusChanges.change(execution, ApplicationStatus.PAID, payment.lowered()
                    ? "奖励资金 " + Money.yuan(payment.amount()) + " 已拨付（核定 " + Money.yuan(payment.approved())
                            + "，拨付前按单位奖励账户复核：此后该单位的发票或已获奖励有变化，按不超额奖励规定核减）"
                    : "奖励资金 " + Money.yuan(payment.amount()) + " 已拨付", null);
            events.publishEvent(new AwardPaid(applicationNo));
        }
    }
}

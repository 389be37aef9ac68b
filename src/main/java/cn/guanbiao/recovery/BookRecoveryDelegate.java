package cn.guanbiao.recovery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.StatusChanges;
import cn.guanbiao.award.Money;
import cn.guanbiao.account.Ledger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记追回资金: one RECOVERY row in the ledger (never more than was paid), status RECOVERED. Safe to re-run. */
@Component("bookRecovery")
class BookRecoveryDelegate implements JavaDelegate {

    private final Ledger ledger;
    private final StatusChanges statusChanges;
    private final Clock clock;

    BookRecoveryDelegate(Ledger ledger, StatusChanges statusChanges, Clock clock) {
        this.ledger = ledger;
        this.statusChanges = statusChanges;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        var variables = RecoveryVariables.of(execution);
        BigDecimal received = variables.receivedAmount();
        String confirmedBy = variables.confirmedBy();
        Ledger.RecoveryResult result = ledger.bookRecovery(applicationNo, received, LocalDateTime.now(clock), confirmedBy);
        if (result == Ledger.RecoveryResult.EXCEEDS_PAYMENT) {
            throw new IllegalStateException("追回金额 " + received + " 超过 " + applicationNo + " 的拨付金额，未入账");
        }
        if (result == Ledger.RecoveryResult.BOOKED) {
            statusChanges.change(applicationNo, ApplicationStatus.RECOVERED, confirmedBy,
                    "已收到退回的奖励资金 " + Money.yuan(received), null);
        }
    }
}

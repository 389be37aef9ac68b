package cn.guanbiao.payment;

import cn.guanbiao.account.PaymentBlock;
import cn.guanbiao.account.Ledger;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import cn.guanbiao.account.InvoiceRegister;
import cn.guanbiao.application.Application;
import cn.guanbiao.application.Applications;
import cn.guanbiao.award.AwardAssessment;
import cn.guanbiao.award.Money;
import cn.guanbiao.call.AwardCalls;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Pays an approved award: one ledger row per application, never two, booked against the call's budget, which
 * is never exceeded whatever runs at once (conditional update). Run again after a crash, it pays nothing more.
 * <p>
 * Every payment of a call updates the call's one row, and PostgreSQL keeps that row locked until the transaction
 * ends: booked where the step began, each payment held the next one up for the rest of its step (the status change,
 * its e-mail, the end of the process and its history). So the budget is booked last, just before the commit
 * (after the engine has written its own changes); when the budget does not cover it, the whole step rolls back.
 * <p>
 * Every {@link PaymentBlock} (the unit's credit, complaints) is asked again under the application's lock, in the
 * transaction that books: the diagram routes on the same checks in the same step ({@code Task_CheckComplaints},
 * {@code Task_RecheckCredit}, then {@code Task_ReleaseFunds}), so here nothing stops a payment; a model that pays
 * without those checks (a running instance of an older version) stops here with an incident instead.
 */
@Service
public class FundRelease {

    public enum Result { PAID, ALREADY_PAID }

    /** What was paid; {@code approved}: the award the call's decision fixed, which the account may have lowered since. */
    public record Payment(Result result, BigDecimal amount, BigDecimal approved) {

        public boolean lowered() {
            return amount.compareTo(approved) < 0;
        }
    }

    private final Applications applications;
    private final AwardCalls calls;
    private final Ledger ledger;
    private final InvoiceRegister invoices;
    private final AwardAssessment assessment;
    private final List<PaymentBlock> blocks;
    private final Clock clock;

    public FundRelease(Applications applications, AwardCalls calls, Ledger ledger, InvoiceRegister invoices,
            AwardAssessment assessment, List<PaymentBlock> blocks, Clock clock) {
        this.blocks = blocks;
        this.clock = clock;
        this.applications = applications;
        this.calls = calls;
        this.ledger = ledger;
        this.invoices = invoices;
        this.assessment = assessment;
    }

    /**
     * Pays the approved award, or less when the unit's account no longer allows it all (R4, measured again as the money
     * moves: an invoice another unit has claimed since, an award declared since): the account's invoices of this
     * application are held until the payment commits and consumes them, so nothing counts twice.
     */
    @Transactional
    public Payment release(String applicationNo, String approvedBy) {
        Application application = applications.lock(applicationNo);
        BigDecimal approved = application.awardAmount();
        Optional<Ledger.Entry> paid = ledger.payment(applicationNo);
        if (paid.isPresent()) {
            return new Payment(Result.ALREADY_PAID, paid.get().amount(), approved == null ? paid.get().amount() : approved);
        }
        for (PaymentBlock block : blocks) {
            block.whyNotPayable(applicationNo).ifPresent(reason -> {
                throw new IllegalStateException("申请 " + applicationNo + " 未拨付：" + reason
                        + "（拨付前须核对投诉举报、复核信用：请将流程实例迁移到最新版本后重试）");
            });
        }
        if (approved == null || approved.signum() <= 0) {
            throw new IllegalStateException("申请 " + applicationNo + " 没有可拨付的奖励金额，未拨付");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        invoices.lockClaimsOf(applicationNo, now);
        BigDecimal amount = approved.min(assessment.assess(application).computation().amount());
        if (amount.signum() <= 0) {
            throw new IllegalStateException("申请 " + applicationNo + " 按单位奖励账户复核已无可拨付金额（核定 " + Money.yuan(approved)
                    + "，此后该单位的发票或已获奖励有变化），未拨付；请核实后处理");
        }
        bookAgainstBudgetBeforeCommit(applicationNo, application.callId(), amount);
        ledger.book(new Ledger.Entry(applicationNo, application.callId(), application.creditCode(), Ledger.Kind.PAYMENT,
                amount, now, approvedBy));
        return new Payment(Result.PAID, amount, approved);
    }

    private void bookAgainstBudgetBeforeCommit(String applicationNo, String callId, BigDecimal amount) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (!calls.pay(callId, amount)) {
                    throw new IllegalStateException("拨付申请 " + applicationNo + " 的 " + Money.yuan(amount)
                            + "将超出批次 " + callId + " 的预算，未拨付");
                }
            }
        });
    }
}

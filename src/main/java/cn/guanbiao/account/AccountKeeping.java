package cn.guanbiao.account;

import cn.guanbiao.application.ApplicationFormSaved;
import cn.guanbiao.application.ApplicationStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps each unit's award account as its applications change, in the transaction that changes them: a form's
 * invoices are claimed and its declared awards recorded; an application that ends unpaid releases its claims, a paid
 * one consumes them.
 */
@Component
class AccountKeeping {

    private final InvoiceRegister invoices;
    private final DeclaredAwards declared;

    AccountKeeping(InvoiceRegister invoices, DeclaredAwards declared) {
        this.invoices = invoices;
        this.declared = declared;
    }

    /**
     * Last in the transaction, just before it commits: an invoice's row stays locked from its claim to the commit, so
     * that simultaneous submissions naming one invoice wait for each other only that long.
     */
    @EventListener
    void formSaved(ApplicationFormSaved saved) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                invoices.claim(saved.applicationNo(), saved.form().creditCode(), saved.form().certificationFees(), saved.at());
                declared.declare(saved.applicationNo(), saved.form().creditCode(), saved.form().priorAwards(), saved.at());
            }
        });
    }

    @EventListener
    void statusChanged(ApplicationStatusChanged changed) {
        switch (changed.status()) {
            case REJECTED, NOT_FUNDED -> invoices.release(changed.applicationNo(), changed.at());
            case PAID -> invoices.consume(changed.applicationNo(), changed.at());
            default -> { }
        }
    }
}

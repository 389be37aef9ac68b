package cn.guanbiao.recovery;

import cn.guanbiao.application.Application;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.account.Ledger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 立案核查: what the municipal office needs on the decision form — the unit and what was paid to it. */
@Component("openRecovery")
class OpenRecoveryDelegate implements JavaDelegate {

    private final Applications applications;
    private final Ledger ledger;

    OpenRecoveryDelegate(Applications applications, Ledger ledger) {
        this.applications = applications;
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        Application application = applications.get(applicationNo);
        Ledger.Entry payment = ledger.payment(applicationNo)
                .orElseThrow(() -> new IllegalStateException(applicationNo + " was never paid"));
        var variables = RecoveryVariables.of(execution);
        variables.opened(application.orgName(), application.creditCode(), payment.amount(), variables.source().label());
    }
}

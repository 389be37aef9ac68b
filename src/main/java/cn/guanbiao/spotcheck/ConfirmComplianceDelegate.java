package cn.guanbiao.spotcheck;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.StatusChanges;
import cn.guanbiao.application.StatusMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 抽查合格: the unit is back to 已拨付 — the check is over and nothing is owed — and is told so by an e-mail that
 * is worded as the end of a spot check, not as a second payment.
 */
@Component("confirmSpotCheckCompliance")
class ConfirmComplianceDelegate implements JavaDelegate {

    private final StatusChanges statusChanges;
    private final SpotCheckRecords records;

    ConfirmComplianceDelegate(StatusChanges statusChanges, SpotCheckRecords records) {
        this.statusChanges = statusChanges;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = SpotCheckVariables.of(execution);
        String campaignNo = variables.campaignNo();
        String applicationNo = variables.applicationNo();
        statusChanges.changeOnOccasion(applicationNo, ApplicationStatus.PAID, records.unit(campaignNo, applicationNo).inspectedBy(),
                "监督抽查合格（抽查批次 " + campaignNo + "）", StatusMail.Occasion.SPOT_CHECK_PASSED);
    }
}

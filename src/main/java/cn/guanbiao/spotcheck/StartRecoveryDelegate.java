package cn.guanbiao.spotcheck;

import cn.guanbiao.recovery.FundRecoveries;
import cn.guanbiao.recovery.RecoverySource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 移交追回: fraud found — process {@code fund-recovery} takes over (R7). The unit stays 抽查中 until the municipal
 * office's recovery decision changes its status.
 */
@Component("startSpotCheckRecovery")
class StartRecoveryDelegate implements JavaDelegate {

    private final FundRecoveries recoveries;
    private final SpotCheckRecords records;

    StartRecoveryDelegate(FundRecoveries recoveries, SpotCheckRecords records) {
        this.recoveries = recoveries;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = SpotCheckVariables.of(execution);
        String campaignNo = variables.campaignNo();
        String applicationNo = variables.applicationNo();
        SpotCheckRecords.CheckedUnit unit = records.unit(campaignNo, applicationNo);
        String findings = unit.findings()
                + (unit.unmetItems() == null || unit.unmetItems().isEmpty() ? "" : "（未达到：" + unit.unmetItems() + "）");
        recoveries.start(applicationNo, RecoverySource.SPOT_CHECK, campaignNo, findings);
    }
}

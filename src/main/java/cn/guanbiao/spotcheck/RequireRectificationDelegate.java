package cn.guanbiao.spotcheck;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.StatusChanges;
import cn.guanbiao.application.StatusMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 责令整改: the award stands (已拨付 again) but the unit is told what it has to put right; the next spot check or
 * the performance evaluation looks at it again.
 */
@Component("requireSpotCheckRectification")
class RequireRectificationDelegate implements JavaDelegate {

    private final StatusChanges statusChanges;
    private final SpotCheckRecords records;

    RequireRectificationDelegate(StatusChanges statusChanges, SpotCheckRecords records) {
        this.statusChanges = statusChanges;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = SpotCheckVariables.of(execution);
        String campaignNo = variables.campaignNo();
        String applicationNo = variables.applicationNo();
        SpotCheckRecords.CheckedUnit unit = records.unit(campaignNo, applicationNo);
        statusChanges.changeOnOccasion(applicationNo, ApplicationStatus.PAID, unit.inspectedBy(),
                "监督抽查（抽查批次 " + campaignNo + "）发现问题，须整改：" + unit.findings(),
                StatusMail.Occasion.SPOT_CHECK_RECTIFICATION);
    }
}

package cn.guanbiao.spotcheck;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.guanbiao.application.Applications;
import cn.guanbiao.reference.CertificationBodyFindings;
import cn.guanbiao.usertask.FormFields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记认证机构问题: what the inspection found about the certification body, recorded against that body. */
@Component("recordInspectionBodyFinding")
class RecordBodyFindingDelegate implements JavaDelegate {

    private final CertificationBodyFindings findings;
    private final SpotCheckRecords records;
    private final Applications applications;
    private final Clock clock;

    RecordBodyFindingDelegate(CertificationBodyFindings findings, SpotCheckRecords records, Applications applications,
            Clock clock) {
        this.findings = findings;
        this.records = records;
        this.applications = applications;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var variables = SpotCheckVariables.of(execution);
        String campaignNo = variables.campaignNo();
        String applicationNo = variables.applicationNo();
        InspectionChecklist.Inspection inspection = InspectionChecklist.read(new FormFields(execution, clock));
        findings.record(applications.get(applicationNo).form().certificationBody(), CertificationBodyFindings.Source.SPOT_CHECK,
                campaignNo, applicationNo,
                InspectionChecklist.Inspection.describe(inspection.unmetOf(InspectionChecklist.Area.CERTIFICATION_BODY)),
                inspection.findings(), records.unit(campaignNo, applicationNo).inspectedBy(), LocalDateTime.now(clock));
    }
}

package cn.guanbiao.complaint;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.guanbiao.reference.CertificationBodyFindings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录认证机构问题: a confirmed complaint about a body is recorded against it, for the report to the national office. */
@Component("recordComplaintBodyFinding")
class RecordBodyFindingDelegate implements JavaDelegate {

    private final CertificationBodyFindings findings;
    private final Complaints complaints;
    private final Clock clock;

    RecordBodyFindingDelegate(CertificationBodyFindings findings, Complaints complaints, Clock clock) {
        this.findings = findings;
        this.complaints = complaints;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String referenceNo = execution.getProcessBusinessKey();
        var variables = ComplaintVariables.of(execution);
        findings.record(complaints.get(referenceNo).certificationBody(), CertificationBodyFindings.Source.COMPLAINT, referenceNo,
                null, "投诉举报经核查属实", variables.findings(), variables.decidedBy(), LocalDateTime.now(clock));
    }
}

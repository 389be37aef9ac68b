package cn.guanbiao.complaint;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.guanbiao.application.Application;
import cn.guanbiao.application.Applications;
import cn.guanbiao.award.Money;
import cn.guanbiao.account.Ledger;
import cn.guanbiao.platform.JsonVariables;
import cn.guanbiao.recovery.FundRecoveries;
import cn.guanbiao.reference.CertificationBodies;
import cn.guanbiao.reference.CertificationBodyFindings;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * What the verification form shows (Camunda Forms show only process variables): the complaint as received and
 * what the records say of the award or the body concerned. A Json variable of strings, never null (forms/README).
 */
@Service
class ComplaintSummaries {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Complaints complaints;
    private final Applications applications;
    private final Ledger ledger;
    private final FundRecoveries recoveries;
    private final CertificationBodies bodies;
    private final CertificationBodyFindings findings;
    private final JsonVariables json;

    ComplaintSummaries(Complaints complaints, Applications applications, Ledger ledger, FundRecoveries recoveries,
            CertificationBodies bodies, CertificationBodyFindings findings, JsonVariables json) {
        this.complaints = complaints;
        this.applications = applications;
        this.ledger = ledger;
        this.recoveries = recoveries;
        this.bodies = bodies;
        this.findings = findings;
        this.json = json;
    }

    void refresh(DelegateExecution execution) {
        ComplaintVariables.of(execution).setSummary(json.of(summaryOf(complaints.get(execution.getProcessBusinessKey()))));
    }

    Map<String, Object> summaryOf(Complaint complaint) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("referenceNo", complaint.referenceNo());
        s.put("subjectCode", complaint.subject().name());
        s.put("subject", complaint.subject().label());
        s.put("receivedAt", complaint.receivedAt().format(TIME));
        s.put("content", complaint.content());
        String contact = Stream.of(complaint.contactName(), complaint.contactEmail(), complaint.contactPhone())
                .filter(Objects::nonNull).collect(Collectors.joining(" / "));
        s.put("contact", contact.isEmpty() ? "匿名（未留联系方式）" : contact);
        s.put("reply", complaint.hasContactEmail() ? "核查结论将以电子邮件告知投诉人" : "投诉人未留电子邮箱，不发送处理结果");
        if (complaint.subject() == ComplaintSubject.AWARD) {
            Application application = applications.get(complaint.applicationNo());
            s.put("applicationNo", application.applicationNo());
            s.put("orgName", application.orgName());
            s.put("creditCode", application.creditCode());
            s.put("applicationStatus", application.status().label());
            boolean paid = ledger.payment(application.applicationNo()).isPresent();
            s.put("paidAmount", ledger.payment(application.applicationNo()).map(p -> Money.yuan(p.amount()))
                    .orElse("未拨付（核查期间暂缓拨付）"));
            s.put("paymentHeld", paid ? "否" : "是");
            s.put("certificationBody", application.form().certificationBody());
            s.put("recovery", recoveries.running(application.applicationNo()).isPresent() ? "已有追回程序在办理中" : "无");
        } else {
            s.put("certificationBody", complaint.certificationBody());
            s.put("bodyStatus", bodies.find(complaint.certificationBody())
                    .map(CertificationBodies.CertificationBody::describe).orElse("不在认证机构名录中"));
            s.put("earlierFindings", findings.of(complaint.certificationBody()).stream().map(f -> Map.of(
                    "recordedAt", f.recordedAt().format(TIME),
                    "source", (f.source() == CertificationBodyFindings.Source.COMPLAINT ? "投诉举报 " : "监督抽查 ") + f.sourceRef(),
                    "findings", f.findings())).toList());
        }
        return s;
    }
}

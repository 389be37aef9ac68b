package cn.guanbiao.review;

import cn.guanbiao.usertask.ReviewDecisions;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import cn.guanbiao.application.AwardApplicationVariables;
import cn.guanbiao.application.Application;
import cn.guanbiao.application.ApplicationForm;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.Attachments;
import cn.guanbiao.application.Honour;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.award.AwardAssessment;
import cn.guanbiao.award.UnitAccountSummary;
import cn.guanbiao.award.AwardComputation;
import cn.guanbiao.award.FeeLine;
import cn.guanbiao.award.Money;
import cn.guanbiao.complaint.Complaints;
import cn.guanbiao.credit.CreditRecords;
import cn.guanbiao.notice.Objections;
import cn.guanbiao.platform.JsonVariables;
import cn.guanbiao.platform.StaffNames;
import cn.guanbiao.reference.CertificationBodies;
import cn.guanbiao.reference.Districts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * The read-only summary every review form shows (Camunda Forms can only show process variables): the unit,
 * its certificate, the pre-check, each fee counted or not and why, prior awards, the award and how it was
 * reached, earlier reviewers' decisions, credit records, objections and complaints (投诉举报) about the application.
 * Refreshed whenever a task is created.
 */
@Service
public class ReviewSummaries {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Applications applications;
    private final QualificationCheck qualificationCheck;
    private final AwardAssessment awardAssessment;
    private final UnitAccountSummary accountSummary;
    private final ReviewDecisions decisions;
    private final CreditRecords creditRecords;
    private final Objections objections;
    private final CertificationBodies bodies;
    private final Districts districts;
    private final JsonVariables json;
    private final Attachments attachments;
    private final Complaints complaints;
    private final StaffNames staffNames;

    public ReviewSummaries(Applications applications, QualificationCheck qualificationCheck,
            AwardAssessment awardAssessment, UnitAccountSummary accountSummary, ReviewDecisions decisions, CreditRecords creditRecords,
            Objections objections, CertificationBodies bodies, Districts districts, JsonVariables json,
            Attachments attachments, Complaints complaints, StaffNames staffNames) {
        this.staffNames = staffNames;
        this.attachments = attachments;
        this.complaints = complaints;
        this.applications = applications;
        this.qualificationCheck = qualificationCheck;
        this.awardAssessment = awardAssessment;
        this.accountSummary = accountSummary;
        this.decisions = decisions;
        this.creditRecords = creditRecords;
        this.objections = objections;
        this.bodies = bodies;
        this.districts = districts;
        this.json = json;
    }

    public void refresh(DelegateExecution execution) {
        AwardApplicationVariables.of(execution).setReviewSummary(json.of(summaryOf(ProcessVariables.applicationNo(execution))));
    }

    public Map<String, Object> summaryOf(String applicationNo) {
        Application application = applications.get(applicationNo);
        ApplicationForm form = application.form();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("applicationNo", applicationNo);
        s.put("orgName", form.orgName());
        s.put("creditCode", form.creditCode());
        s.put("applicantType", form.applicantType().label());
        s.put("district", districts.find(form.districtCode()).map(d -> d.name() + "（" + d.code() + "）").orElse(form.districtCode()));
        s.put("standard", form.standard());
        s.put("certificateNo", form.certificateNo());
        s.put("certificateIssuedOn", form.certificateIssuedOn().toString());
        s.put("certificateExpiresOn", form.certificateExpiresOn().toString());
        s.put("certificationBody", form.certificationBody());
        s.put("bodyStatus", bodies.find(form.certificationBody()).map(CertificationBodies.CertificationBody::describe)
                .orElse("不在认证机构名录中"));
        s.put("auditStage", form.auditStage().label());
        s.put("honours", form.honours().isEmpty() ? "无"
                : form.honours().stream().map(Honour::label).collect(Collectors.joining("、")));
        s.put("contact", form.contactName() + " / " + form.contactEmail()
                + (form.contactPhone() == null ? "" : " / " + form.contactPhone()));
        s.put("submittedAt", application.submittedAt().format(TIME));
        s.put("checks", qualificationCheck.check(application).checks().stream()
                .map(c -> row("check", c.name(), "result", c.outcome().label(), "detail", c.detail())).toList());
        AwardComputation award = awardAssessment.assess(application).computation();
        s.put("fees", award.lines().stream().map(ReviewSummaries::feeRow).toList());
        s.put("priorAwards", form.priorAwards().stream()
                .map(p -> row("level", p.level().label(), "amount", Money.yuan(p.amount()))).toList());
        s.put("account", accountSummary.of(application));
        s.put("award", Map.of(
                "amount", Money.yuan(award.amount()),
                "steps", award.steps().stream().map(step -> row("step", step)).toList(),
                "flags", award.flags().stream().map(flag -> row("flag", flag)).toList()));
        s.put("comments", decisions.of(applicationNo).stream().map(d -> row("task", d.taskName(),
                "user", d.userId() == null ? "" : staffNames.nameAndOffice(d.userId()), "decision", d.outcome().label(),
                "comment", d.comment() == null ? "" : d.comment(), "at", d.decidedAt().format(TIME))).toList());
        s.put("creditRecords", creditRecords.of(form.creditCode()).stream().map(r -> row("listType", r.listType().label(),
                "source", r.source(), "recordedAt", r.recordedAt().format(TIME))).toList());
        s.put("objections", objections.of(applicationNo).stream().map(o -> row("receivedAt", o.receivedAt().format(TIME),
                "reason", o.reason(), "contact", o.contact() == null ? "" : o.contact())).toList());
        s.put("complaints", complaints.about(applicationNo).stream().map(c -> row("referenceNo", c.referenceNo(),
                "receivedAt", c.receivedAt().format(TIME), "status", c.status().label(), "content", c.content(),
                "findings", c.findings() == null ? "" : c.findings())).toList());
        s.put("attachments", attachments.of(applicationNo).stream().map(a -> row(
                "name", a.kind().label() + "：" + a.fileName(), "link", attachments.reviewerLink(a.id()))).toList());
        return s;
    }

    private static Map<String, String> feeRow(FeeLine line) {
        return row("invoiceNo", line.invoiceNo(), "amount", Money.yuan(line.amount()),
                "stage", line.stage() == null ? "" : line.stage().label(), "cycle", "第" + line.cycle() + "周期",
                "kind", line.kind().label(), "counted", line.counted() ? "计入" : "不计入", "reason", line.reason(),
                "source", line.source());
    }

    private static Map<String, String> row(String... keyValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put(keyValues[i], keyValues[i + 1]);
        }
        return row;
    }
}

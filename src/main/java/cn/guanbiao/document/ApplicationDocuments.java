package cn.guanbiao.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.guanbiao.application.Application;
import cn.guanbiao.application.ApplicationDocument;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.award.Money;
import cn.guanbiao.call.AwardCall;
import cn.guanbiao.call.AwardCalls;
import cn.guanbiao.reference.Districts;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The documents of one application, made from its rows each time they are asked for, so that the same document is
 * always the same: the receipt from the application as submitted, the award decision from the payment booked in the
 * ledger (amount, date), the decision not to award from the event that recorded it (reason, date). Their 文号 are
 * the rank of that ledger row or event among those of its year: rows are only ever added, so a number never moves.
 */
@Service
public class ApplicationDocuments {

    /** A document the applicant has, as the status page lists it. */
    public record Issued(String kind, String title, String documentNo, LocalDate issuedOn, String link) {
    }

    /** Statuses an application reaches only after its award was paid. */
    private static final Set<ApplicationStatus> PAID_OR_LATER = EnumSet.of(ApplicationStatus.PAID,
            ApplicationStatus.UNDER_SPOT_CHECK, ApplicationStatus.RECOVERY, ApplicationStatus.RECOVERED,
            ApplicationStatus.EVALUATED);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.SIMPLIFIED_CHINESE);

    private record Payment(long id, BigDecimal amount, LocalDateTime bookedAt) {
    }

    private record Rejection(long id, LocalDateTime occurredAt, String detail) {
    }

    private final Applications applications;
    private final AwardCalls calls;
    private final Districts districts;
    private final JdbcClient jdbc;
    private final DocumentSettings settings;
    private final OfficialDocumentRenderer renderer;

    ApplicationDocuments(Applications applications, AwardCalls calls, Districts districts, JdbcClient jdbc,
            DocumentSettings settings, OfficialDocumentRenderer renderer) {
        this.applications = applications;
        this.calls = calls;
        this.districts = districts;
        this.jdbc = jdbc;
        this.settings = settings;
        this.renderer = renderer;
    }

    /** What the applicant can download now, in the order the documents were issued. */
    public List<Issued> issued(Application application) {
        List<Issued> issued = new ArrayList<>();
        for (ApplicationDocument kind : ApplicationDocument.values()) {
            if (exists(application.applicationNo(), kind)) {
                OfficialDocument document = document(application, kind);
                issued.add(new Issued(kind.slug(), kind.label(), document.documentNo(), document.issuedOn(),
                        "/api/applications/" + application.applicationNo() + "/documents/" + kind.slug()));
            }
        }
        return issued;
    }

    /** A document as a file. */
    public record Pdf(String fileName, byte[] content) {
    }

    /** The PDF. @throws DocumentRefusedException when the application has no such document */
    public Pdf pdf(Application application, ApplicationDocument kind) {
        OfficialDocument document = document(application, kind);
        return new Pdf(document.fileName(), renderer.render(document));
    }

    public OfficialDocument document(Application application, ApplicationDocument kind) {
        return switch (kind) {
            case RECEIPT -> receipt(application);
            case AWARD_DECISION -> awardDecision(application);
            case REJECTION -> rejection(application);
        };
    }

    private boolean exists(String applicationNo, ApplicationDocument kind) {
        return switch (kind) {
            case RECEIPT -> true;
            case AWARD_DECISION -> payment(applicationNo).isPresent();
            case REJECTION -> rejection(applicationNo).isPresent();
        };
    }

    private OfficialDocument receipt(Application application) {
        var form = application.form();
        String call = callName(application);
        return new OfficialDocument("贯标认证奖励申请受理回执", null, application.submittedAt().toLocalDate(),
                form.orgName(),
                List.of("你单位于" + DATE_TIME.format(application.submittedAt()) + "提交的" + call
                                + "申请已收到，申请编号为" + application.applicationNo() + "。",
                        "我局将依次开展区县初审、行业主管部门审核、市局复核、信用核查和公示，办理进度和结果将通过电子邮件告知联系人，"
                                + "也可凭查询凭证在申请状态页查询。"),
                new OfficialDocument.Table(List.of("项目", "内容"), List.of(
                        List.of("申请编号", application.applicationNo()),
                        List.of("申请单位", form.orgName()),
                        List.of("统一社会信用代码", form.creditCode()),
                        List.of("所在区县", districts.find(form.districtCode()).map(d -> d.name()).orElse(form.districtCode())),
                        List.of("贯标认证标准", form.standard()),
                        List.of("认证证书编号", form.certificateNo()),
                        List.of("认证机构", form.certificationBody()),
                        List.of("申报批次", call + "（" + form.callId() + "）"),
                        List.of("受理时间", DATE_TIME.format(application.submittedAt())),
                        List.of("联系人", form.contactName()))),
                List.of("本回执仅证明申请已受理，不代表审核结果。"),
                settings.issuer(), application.applicationNo() + "-受理回执.pdf");
    }

    private OfficialDocument awardDecision(Application application) {
        Payment payment = payment(application.applicationNo()).orElseThrow(() -> PAID_OR_LATER.contains(application.status())
                ? new DocumentRefusedException(HttpStatus.CONFLICT,
                        "该申请的拨付记录尚未登记，暂不能出具奖励决定，请联系市知识产权局。")
                : new DocumentRefusedException(HttpStatus.NOT_FOUND, "该申请尚未拨付奖励，没有奖励决定。"));
        LocalDate paidOn = payment.bookedAt().toLocalDate();
        long number = jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'PAYMENT' AND booked_at >= ? AND booked_at < ? "
                        + "AND id <= ?")
                .params(yearStart(paidOn), yearStart(paidOn).plusYears(1), payment.id()).query(Long.class).single();
        var form = application.form();
        String amount = Money.yuan(payment.amount());
        return new OfficialDocument("关于给予" + form.orgName() + "贯标认证奖励的决定",
                DocumentNumbers.of(settings.awardPrefix(), paidOn.getYear(), number), paidOn, form.orgName(),
                List.of("你单位申请的" + callName(application) + "（申请编号" + application.applicationNo()
                                + "），经区县初审、行业主管部门审核、市局复核、信用核查和公示，符合奖励条件。",
                        "经研究，决定给予你单位贯标认证奖励" + amount + "。奖励资金已于" + OfficialDocumentRenderer.CHINESE_DATE.format(paidOn)
                                + "拨付，请注意查收。"),
                new OfficialDocument.Table(List.of("项目", "内容"), List.of(
                        List.of("申请编号", application.applicationNo()),
                        List.of("单位名称", form.orgName()),
                        List.of("统一社会信用代码", form.creditCode()),
                        List.of("认证证书编号", form.certificateNo()),
                        List.of("奖励金额", amount),
                        List.of("拨付日期", OfficialDocumentRenderer.CHINESE_DATE.format(paidOn)))),
                List.of("我局将对获得奖励的单位开展监督抽查和绩效评价。请你单位妥善保存知识产权管理体系运行的制度、流程和台账等记录；"
                        + "以弄虚作假等不正当手段获得奖励的，将依规追回奖励资金。"),
                settings.issuer(), application.applicationNo() + "-奖励决定及拨付通知.pdf");
    }

    private OfficialDocument rejection(Application application) {
        Rejection rejection = rejection(application.applicationNo()).orElseThrow(
                () -> new DocumentRefusedException(HttpStatus.NOT_FOUND, "该申请没有不予奖励决定。"));
        LocalDate decidedOn = rejection.occurredAt().toLocalDate();
        long number = jdbc.sql("SELECT COUNT(*) FROM application_event WHERE status = 'REJECTED' AND occurred_at >= ? "
                        + "AND occurred_at < ? AND id <= ?")
                .params(yearStart(decidedOn), yearStart(decidedOn).plusYears(1), rejection.id()).query(Long.class).single();
        String reason = rejection.detail() != null && !rejection.detail().isBlank() ? rejection.detail().strip()
                : "不符合贯标认证奖励条件。";
        var form = application.form();
        return new OfficialDocument("关于" + form.orgName() + "贯标认证奖励申请不予奖励的决定",
                DocumentNumbers.of(settings.rejectionPrefix(), decidedOn.getYear(), number), decidedOn, form.orgName(),
                List.of("你单位提交的" + callName(application) + "申请（申请编号" + application.applicationNo()
                                + "）经审核，决定不予奖励。",
                        "理由：" + reason),
                new OfficialDocument.Table(List.of("项目", "内容"), List.of(
                        List.of("申请编号", application.applicationNo()),
                        List.of("单位名称", form.orgName()),
                        List.of("统一社会信用代码", form.creditCode()),
                        List.of("决定日期", OfficialDocumentRenderer.CHINESE_DATE.format(decidedOn)))),
                List.of("如对本决定不服，可以自收到本决定之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。"),
                settings.issuer(), application.applicationNo() + "-不予奖励决定.pdf");
    }

    private Optional<Payment> payment(String applicationNo) {
        return jdbc.sql("SELECT id, amount, booked_at FROM ledger_entry WHERE application_no = ? AND kind = 'PAYMENT'")
                .param(applicationNo)
                .query((rs, i) -> new Payment(rs.getLong("id"), rs.getBigDecimal("amount"),
                        rs.getTimestamp("booked_at").toLocalDateTime()))
                .optional();
    }

    /** The first decision not to award (an application is rejected once; its reason as recorded then). */
    private Optional<Rejection> rejection(String applicationNo) {
        return jdbc.sql("SELECT id, occurred_at, detail FROM application_event WHERE application_no = ? AND status = 'REJECTED' "
                        + "ORDER BY id")
                .param(applicationNo)
                .query((rs, i) -> new Rejection(rs.getLong("id"), rs.getTimestamp("occurred_at").toLocalDateTime(),
                        rs.getString("detail")))
                .list().stream().findFirst();
    }

    private String callName(Application application) {
        int year = calls.find(application.callId()).map(AwardCall::callYear)
                .orElse(application.submittedAt().getYear());
        return year + "年度知识产权管理体系贯标认证奖励";
    }

    private static LocalDateTime yearStart(LocalDate date) {
        return date.withDayOfYear(1).atStartOfDay();
    }
}

package cn.guanbiao.application;

import cn.guanbiao.notification.MailTemplates;
import cn.guanbiao.notification.ComposedMail;
import cn.guanbiao.calendar.Deadlines;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the e-mail for a status change from the Thymeleaf templates in {@code templates/mail/}:
 * {@code layout.html} / {@code layout.txt} (greeting, application number, status link, signature) around
 * {@code status/<STATUS>.html} / {@code status/<STATUS>.txt} (what this status means for the applicant) or, for a
 * status reached on an {@link StatusMail.Occasion}, {@code occasion/<OCCASION>.html|txt}, and {@code subject.txt}.
 * <p>
 * Uses the mail's own {@link TemplateEngine} ({@link MailTemplates}).
 */
@Component
public class StatusMailComposer {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", CHINESE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", CHINESE);

    private final TemplateEngine templates = MailTemplates.engine();

    public ComposedMail compose(StatusMail mail) {
        Context context = new Context(CHINESE);
        context.setVariable("applicationNo", mail.applicationNo());
        context.setVariable("orgName", mail.orgName());
        context.setVariable("contactName", mail.contactName());
        context.setVariable("status", mail.status().name());
        context.setVariable("statusLabel", mail.status().label());
        context.setVariable("headline", mail.occasion() != null ? mail.occasion().headline() : headline(mail.status()));
        context.setVariable("reason", blankToNull(mail.reason()));
        context.setVariable("amount", mail.awardAmount() == null ? null : yuan(mail.awardAmount()));
        context.setVariable("statusLink", mail.statusLink());
        context.setVariable("deadline", Deadlines.show(mail.deadline()));
        context.setVariable("occurredAt", DATE_TIME.format(mail.occurredAt()));
        context.setVariable("occurredOn", DATE.format(mail.occurredAt()));
        String body = mail.occasion() != null ? "occasion/" + mail.occasion().name() : "status/" + mail.status().name();
        context.setVariable("statusHtml", body + ".html");
        context.setVariable("statusText", body + ".txt");

        String subject = oneLine(templates.process("subject.txt", context));
        context.setVariable("subject", subject);
        return new ComposedMail(subject, templates.process("layout.html", context),
                tidy(templates.process("layout.txt", context)));
    }

    /** The words after "申请 GB-…：" in the subject; a new status does not compile until it has its own. */
    static String headline(ApplicationStatus status) {
        return switch (status) {
            case SUBMITTED -> "已受理";
            case IN_REVIEW -> "审核中";
            case RETURNED_FOR_CORRECTION -> "请补正材料";
            case CREDIT_CHECK -> "信用核查中";
            case AWAITING_DECISION -> "已通过审核，待审定奖励名单";
            case IN_PUBLIC_NOTICE -> "拟奖励公示中";
            case APPROVED_FOR_PAYMENT -> "公示期满，待拨付";
            case PAID -> "奖励资金已拨付";
            case REJECTED -> "不予奖励";
            case NOT_FUNDED -> "本批次未获资助";
            case UNDER_SPOT_CHECK -> "列入监督抽查";
            case RECOVERY -> "奖励资金追回";
            case RECOVERED -> "奖励资金已追回";
            case EVALUATED -> "绩效评价已完成";
        };
    }

    /** {@code 30000} → {@code 30,000.00 元}; never rounds up (DOMAIN R4: down to the fen). */
    static String yuan(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.DOWN);
        return format.format(amount) + " 元";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String oneLine(String rendered) {
        return rendered.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** Optional paragraphs left out of a text template leave their line breaks: at most one blank line. */
    private static String tidy(String text) {
        return text.replaceAll("\\n{3,}", "\n\n");
    }
}

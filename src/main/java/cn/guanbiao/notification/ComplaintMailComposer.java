package cn.guanbiao.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Renders {@code templates/mail/complaint-outcome.html|txt}: the outcome of a complaint, for the complainant. */
@Component
public class ComplaintMailComposer {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", CHINESE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", CHINESE);

    private final TemplateEngine templates = MailTemplates.engine();

    public ComposedMail compose(ComplaintMail mail) {
        Context context = new Context(CHINESE);
        String name = mail.contactName() == null || mail.contactName().isBlank() ? "投诉举报人" : mail.contactName().strip();
        context.setVariable("contactName", name);
        context.setVariable("referenceNo", mail.referenceNo());
        context.setVariable("concerning", mail.concerning());
        context.setVariable("receivedAt", DATE_TIME.format(mail.receivedAt()));
        context.setVariable("outcome", mail.outcome().name());
        context.setVariable("headline", mail.outcome().headline());
        context.setVariable("findings", mail.findings().strip());
        context.setVariable("decidedOn", DATE.format(mail.decidedAt()));
        String subject = "【贯标认证奖励】投诉举报 " + mail.referenceNo() + " 处理结果：" + mail.outcome().headline();
        context.setVariable("subject", subject);
        return new ComposedMail(subject, templates.process("complaint-outcome.html", context),
                templates.process("complaint-outcome.txt", context).replaceAll("\\n{3,}", "\n\n"));
    }
}

package cn.guanbiao.notification;

import cn.guanbiao.calendar.Deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Renders {@code templates/mail/pilot.html|txt} for the contact person of a piloted enterprise. */
@Component
public class PilotMailComposer {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", CHINESE);

    private final TemplateEngine templates = MailTemplates.engine();

    public ComposedMail compose(PilotMail mail, LocalDate sentOn) {
        Context context = new Context(CHINESE);
        context.setVariable("kind", mail.kind().name());
        context.setVariable("contactName", mail.contactName() == null || mail.contactName().isBlank() ? "企业联系人"
                : mail.contactName().strip());
        context.setVariable("orgName", mail.orgName());
        context.setVariable("year", String.valueOf(mail.year()));
        context.setVariable("office", mail.office());
        context.setVariable("deadline", Deadlines.show(mail.deadline()));
        context.setVariable("sentOn", DATE.format(sentOn));
        String subject = "【创新管理国际标准试点】" + mail.orgName() + "："
                + (mail.kind() == PilotMail.Kind.REPORT_DATA ? "请填报" + mail.year() + "年度知识产权和创新数据" : mail.kind().headline());
        context.setVariable("subject", subject);
        return new ComposedMail(subject, templates.process("pilot.html", context),
                templates.process("pilot.txt", context).replaceAll("\\n{3,}", "\n\n"));
    }
}

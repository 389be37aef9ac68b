package cn.guanbiao.notification;

import cn.guanbiao.calendar.Deadlines;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Renders {@code templates/mail/evaluation.html|txt}. */
@Component
public class EvaluationMailComposer {


    private final TemplateEngine templates = MailTemplates.engine();

    public ComposedMail compose(EvaluationMail mail) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("kind", mail.kind().name());
        context.setVariable("orgName", mail.orgName());
        context.setVariable("contactName", mail.contactName());
        context.setVariable("applicationNo", mail.applicationNo());
        context.setVariable("deadline", Deadlines.show(mail.deadline()));
        context.setVariable("reportLink", mail.reportLink());
        String subject = "【贯标认证奖励】" + mail.kind().headline() + "：申请 " + mail.applicationNo();
        context.setVariable("subject", subject);
        return new ComposedMail(subject, templates.process("evaluation.html", context),
                templates.process("evaluation.txt", context).replaceAll("\\n{3,}", "\n\n"));
    }
}

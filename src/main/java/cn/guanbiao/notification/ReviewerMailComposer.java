package cn.guanbiao.notification;

import cn.guanbiao.calendar.Deadlines;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Renders {@code templates/mail/reviewer.html|txt} for officials: what landed in their group and until when. */
@Component
public class ReviewerMailComposer {

    private final TemplateEngine templates = MailTemplates.engine();

    public ComposedMail compose(ReviewerMail mail) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("kind", mail.kind().name());
        context.setVariable("recipientName", mail.recipientName());
        context.setVariable("taskName", mail.taskName());
        context.setVariable("caseNo", mail.caseNo());
        context.setVariable("orgName", mail.orgName());
        context.setVariable("due", Deadlines.show(mail.due()));
        context.setVariable("taskLink", mail.taskLink());
        String subject = "【贯标认证奖励】" + mail.kind().headline() + "：" + mail.taskName() + " " + mail.caseNo();
        context.setVariable("subject", subject);
        return new ComposedMail(subject, templates.process("reviewer.html", context),
                templates.process("reviewer.txt", context).replaceAll("\\n{3,}", "\n\n"));
    }
}

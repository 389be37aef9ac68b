package cn.guanbiao.notification;

import cn.guanbiao.calendar.Deadlines;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders {@code templates/mail/reviewer.html|txt} for officials: what landed in their group and until when; and
 * {@code reviewer-digest.html|txt}, the morning list of the tasks new in their groups.
 */
@Component
public class ReviewerMailComposer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE);

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
        return render("reviewer", subject, context);
    }

    public ComposedMail compose(ReviewerDigestMail mail) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("recipientName", mail.recipientName());
        List<Map<String, String>> tasks = mail.tasks().stream().map(task -> Map.of(
                "taskName", task.taskName() == null ? "" : task.taskName(),
                "caseNo", task.caseNo() == null ? "" : task.caseNo(),
                "orgName", task.orgName() == null ? "" : task.orgName(),
                "due", task.due() == null ? "" : Deadlines.show(task.due()),
                "taskLink", task.taskLink())).toList();
        context.setVariable("tasks", tasks);
        context.setVariable("tasklistLink", mail.tasklistLink());
        String subject = "【贯标认证奖励】新的审核任务汇总（" + DAY.format(mail.day()) + "）：共" + tasks.size() + "项";
        context.setVariable("subject", subject);
        return render("reviewer-digest", subject, context);
    }

    private ComposedMail render(String template, String subject, Context context) {
        return new ComposedMail(subject, templates.process(template + ".html", context),
                templates.process(template + ".txt", context).replaceAll("\\n{3,}", "\n\n"));
    }
}

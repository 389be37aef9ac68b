package cn.guanbiao.usertask;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code app.mail.reviewers.new-tasks}: how officials hear of a new task in their group. {@link Mode#DIGEST} (the
 * default): one e-mail per official each working morning listing the new tasks ({@link NewTaskDigest});
 * {@link Mode#IMMEDIATE}: one e-mail per task as it is created. Read on every call, so that it can be switched at run
 * time (the tests switch it within the shared context).
 */
@Component
public class NewTaskMails {

    public enum Mode { DIGEST, IMMEDIATE }

    private volatile Mode mode;

    NewTaskMails(@Value("${app.mail.reviewers.new-tasks:digest}") String mode) {
        this.mode = Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
    }

    public Mode mode() {
        return mode;
    }

    public void switchTo(Mode mode) {
        this.mode = mode;
    }
}

package cn.guanbiao.notification;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.mail.*}.
 *
 * @param from            sender with display name, e.g. {@code 重庆市知识产权局贯标奖励 <noreply@guanbiao.example>}
 * @param transport       {@code file} (default: .eml files in {@code folder}) or {@code smtp} ({@code spring.mail.*})
 * @param folder          where {@code file} writes, default {@code ./data/mail}
 * @param sendAfterCommit {@code true} (default): each e-mail is sent as soon as the transaction that queued it commits,
 *                        and only what that attempt cannot send goes to process {@code mail-delivery}; {@code false}:
 *                        every e-mail goes to {@code mail-delivery} (the tests, which execute jobs by hand)
 * @param senders         threads sending right after commit
 * @param handOverAfter   an e-mail still unsent this long after it was queued or its sending began (its node died, say)
 *                        is handed to {@code mail-delivery} by the sweep of any node
 */
@ConfigurationProperties("app.mail")
public record MailSettings(String from, @DefaultValue("file") Transport transport, @DefaultValue("./data/mail") Path folder,
        @DefaultValue("true") boolean sendAfterCommit, @DefaultValue("2") int senders,
        @DefaultValue("PT2M") Duration handOverAfter) {

    public enum Transport { FILE, SMTP }
}

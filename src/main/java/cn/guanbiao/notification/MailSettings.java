package cn.guanbiao.notification;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.mail.*}.
 *
 * @param from      sender with display name, e.g. {@code 重庆市知识产权局贯标奖励 <noreply@guanbiao.example>}
 * @param transport {@code file} (default: .eml files in {@code folder}) or {@code smtp} ({@code spring.mail.*})
 * @param folder    where {@code file} writes, default {@code ./data/mail}
 */
@ConfigurationProperties("app.mail")
public record MailSettings(String from, @DefaultValue("file") Transport transport, @DefaultValue("./data/mail") Path folder) {

    public enum Transport { FILE, SMTP }
}

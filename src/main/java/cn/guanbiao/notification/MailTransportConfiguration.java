package cn.guanbiao.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Chooses the {@link MailTransport} by {@code app.mail.transport}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailTransportConfiguration {

    @Bean
    MimeMessages mimeMessages(MailSettings settings) {
        return new MimeMessages(settings.from());
    }

    @Bean
    MailTransport mailTransport(MailSettings settings, MimeMessages mimeMessages,
                                ObjectProvider<JavaMailSender> mailSender) {
        return switch (settings.transport()) {
            case FILE -> new FileMailTransport(settings.folder(), mimeMessages);
            case SMTP -> new SmtpMailTransport(mailSender.getIfAvailable(() -> {
                throw new IllegalStateException(
                        "app.mail.transport=smtp needs an SMTP server: set spring.mail.host (and spring.mail.port)");
            }), mimeMessages);
        };
    }
}

package cn.guanbiao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MailTransportConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(MailTransportConfiguration.class)
            .withPropertyValues("app.mail.from=重庆市知识产权局贯标奖励 <noreply@guanbiao.example>");

    @Test
    void writesFilesWhenNoTransportIsConfigured() {
        context.run(started -> assertThat(started).getBean(MailTransport.class).isInstanceOf(FileMailTransport.class));
    }

    @Test
    void sendsBySmtpWhenConfigured() {
        context.withPropertyValues("app.mail.transport=smtp", "spring.mail.host=smtp.example.org")
                .run(started -> assertThat(started).getBean(MailTransport.class).isInstanceOf(SmtpMailTransport.class));
    }

    @Test
    void refusesToStartSmtpWithoutAServer() {
        context.withPropertyValues("app.mail.transport=smtp")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .hasStackTraceContaining("spring.mail.host"));
    }

    @Test
    void refusesToStartWithAMisspelledTransport() {
        context.withPropertyValues("app.mail.transport=smpt")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .hasStackTraceContaining("app.mail.transport"));
    }

    @Test
    void refusesToStartWithoutASender() {
        new ApplicationContextRunner()
                .withUserConfiguration(MailTransportConfiguration.class)
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .hasStackTraceContaining("app.mail.from"));
    }
}

package cn.guanbiao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.FileSystemResource;
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

    @Test
    void productionProfileHasBoundedSmtpTimeouts() throws IOException {
        // given: config/application-postgres.yaml over config/application.yaml, as Spring Boot layers them
        MutablePropertySources sources = new MutablePropertySources();
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        yaml.load("postgres", new FileSystemResource("config/application-postgres.yaml")).forEach(sources::addLast);
        yaml.load("default", new FileSystemResource("config/application.yaml")).forEach(sources::addLast);

        // when
        Map<String, String> mail = new Binder(ConfigurationPropertySources.from(sources))
                .bind("spring.mail.properties", Bindable.mapOf(String.class, String.class)).get();

        // then: JavaMail waits forever without them
        assertThat(mail).containsKeys("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout");
        assertThat(mail.get("mail.smtp.connectiontimeout")).satisfies(MailTransportConfigurationTest::isBoundedMillis);
        assertThat(mail.get("mail.smtp.timeout")).satisfies(MailTransportConfigurationTest::isBoundedMillis);
        assertThat(mail.get("mail.smtp.writetimeout")).satisfies(MailTransportConfigurationTest::isBoundedMillis);
    }

    private static void isBoundedMillis(String millis) {
        assertThat(Integer.parseInt(millis)).isBetween(1, 60_000);
    }
}

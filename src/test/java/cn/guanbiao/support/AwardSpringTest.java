package cn.guanbiao.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * One Spring context for every integration test (same configuration → cached and shared). The properties
 * here outrank {@code config/*.yaml}: no job executor (tests execute jobs, and sweep stale mails, by hand), mails to a
 * GreenMail SMTP server on {@link TestSmtp#PORT} (started by the tests that deliver mail; {@code -Dtest.smtp.port} moves it), an
 * in-memory H2 — or, on the failsafe run, the PostgreSQL test database named by {@code TEST_DB_URL}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${TEST_DB_URL:jdbc:h2:mem:guanbiao;DB_CLOSE_DELAY=-1}",
        "spring.datasource.password=",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.admin-user.password=admin",
        "app.demo.enabled=true",
        "app.demo.applications=false",
        "app.rate-limit.per-minute=100000",
        // many tests try wrong passwords, all from 127.0.0.1 (LoginThrottleTest: the limit itself)
        "app.login.failures-per-address=100000",
        // the PostgreSQL run uses profile postgres with the demo users and no database password
        "app.security.refuse-default-passwords=false",
        // ...and plain http to localhost, where its Secure cookies would not be sent back (java.net.CookieManager)
        "server.servlet.session.cookie.secure=false",
        "camunda.bpm.webapp.session-cookie.enable-secure-cookie=false",
        "camunda.bpm.webapp.csrf.enable-secure-cookie=false",
        "app.public-base-url=http://localhost:8080",
        "app.mail.transport=smtp",
        // every mail through process mail-delivery, whose jobs the tests execute (MailSentAfterCommitTest: the other way)
        "app.mail.send-after-commit=false",
        "app.mail.sweep-interval=PT24H",
        // one e-mail per new task, which many tests look for; NewTaskDigestTest switches to the digest (NewTaskMails)
        "app.mail.reviewers.new-tasks=immediate",
        // the tests run the digest by hand (NewTaskDigest#run), never the clock
        "app.mail.reviewers.digest-cron=-",
        // ...and each test commits its tasks before it runs the digest
        "app.mail.reviewers.digest-settle=PT0S",
        "app.mail.from=重庆市知识产权局贯标奖励 <noreply@guanbiao.example>",
        "spring.mail.host=localhost",
        "spring.mail.port=${test.smtp.port:3025}",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000",
        "logging.level.org.camunda.bpm.engine.context=OFF"})
@ActiveProfiles(resolver = TestProfiles.class)
public @interface AwardSpringTest {

}

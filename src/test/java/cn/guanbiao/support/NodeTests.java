package cn.guanbiao.support;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.guanbiao.notification.MimeMessages;
import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.MessagingException;

/** Settings shared by the tests that run the application in JVMs of their own (see {@link AppNode}). */
public final class NodeTests {

    /**
     * What a dead node left is taken over after seconds, not minutes (production: config/application.yaml): the jobs
     * it had locked, and the e-mails it had queued but not sent.
     */
    public static final Map<String, String> QUICK_TAKEOVER = Map.of(
            "camunda.bpm.job-execution.lock-time-in-millis", "10000",
            "app.mail.hand-over-after", "PT15S",
            "app.mail.sweep-interval", "PT5S");

    private NodeTests() {
    }

    /** The mail-outbox ids of the messages the SMTP server received (header {@code X-Guanbiao-Mail-Id}). */
    public static Set<String> deliveredMailIds(GreenMailOperations smtp) {
        return Arrays.stream(smtp.getReceivedMessages()).map(message -> {
            try {
                return message.getHeader(MimeMessages.MAIL_ID_HEADER)[0];
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet());
    }

    /** A database of its own next to the PostgreSQL test database, e.g. {@code guanbiao_crash_test}. */
    public static String database(String name) {
        String testUrl = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/guanbiao_test");
        return testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + "guanbiao_" + name + "_test";
    }
}

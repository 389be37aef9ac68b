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

    /** A dead node's jobs are taken over after this lock time (production: config/application.yaml). */
    public static final Map<String, String> SHORT_JOB_LOCKS = Map.of("camunda.bpm.job-execution.lock-time-in-millis", "10000");

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

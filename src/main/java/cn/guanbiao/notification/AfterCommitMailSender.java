package cn.guanbiao.notification;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each e-mail as soon as the transaction that queued it has committed, on a few threads of its own: an
 * application costs no process instance and no job per e-mail (issue 6), and no request or job waits for the mail
 * server. A failed attempt hands the mail to process {@code mail-delivery} at once; a mail this node never got to
 * (it died, or the queue was full) is handed over by {@link StaleMailSweep}.
 */
@Component
public class AfterCommitMailSender {

    private static final Logger log = LoggerFactory.getLogger(AfterCommitMailSender.class);
    private static final int QUEUE = 10_000;

    private final MailOutbox outbox;
    private final MailTransport transport;
    private final ThreadPoolExecutor executor;
    /** Handed to the executor and not yet dealt with. */
    private final AtomicInteger pending = new AtomicInteger();

    AfterCommitMailSender(MailOutbox outbox, MailTransport transport, MailSettings settings) {
        this.outbox = outbox;
        this.transport = transport;
        this.executor = new ThreadPoolExecutor(settings.senders(), settings.senders(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), new CustomizableThreadFactory("mail-sender-"));
    }

    @TransactionalEventListener
    void queued(MailOutbox.Queued mail) {
        pending.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    send(mail.id());
                } catch (RuntimeException e) {
                    log.warn("Mail {} left for the sweep: {}", mail.id(), e.toString());
                } finally {
                    pending.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException full) {
            pending.decrementAndGet();
            log.debug("Mail {} left for the sweep: the send queue is full or closed", mail.id());
        }
    }

    void send(String id) {
        if (!outbox.claim(id)) {
            return;
        }
        outbox.unsent(id).ifPresent(mail -> {
            try {
                transport.send(mail);
            } catch (RuntimeException e) {
                log.warn("Mail {} could not be sent ({}); process mail-delivery retries it", id, e.getMessage());
                outbox.handOver(id);
                return;
            }
            outbox.markSent(id);
        });
    }

    /** Waits until every mail handed to this sender so far has been dealt with (tests). */
    public void awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.get() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Mails still being sent after " + timeout);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Sends what it can for a few seconds; what is still queued then stays unsent for the sweep of any node. */
    @PreDestroy
    void close() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}

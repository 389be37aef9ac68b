package cn.guanbiao.notification;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node, every {@code app.mail.sweep-interval} (default a minute): the e-mails nobody sent — the node that
 * queued them died before or while sending, or its send queue was full — go to process {@code mail-delivery}.
 */
@Component
public class StaleMailSweep {

    private static final Logger log = LoggerFactory.getLogger(StaleMailSweep.class);
    private static final String INTERVAL = "${app.mail.sweep-interval:PT1M}";

    private final MailOutbox outbox;
    private final MailSettings settings;
    private final Clock clock;

    StaleMailSweep(MailOutbox outbox, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = INTERVAL, initialDelayString = INTERVAL)
    public int sweep() {
        LocalDateTime cutoff = LocalDateTime.now(clock).minus(settings.handOverAfter());
        int handedOver = (int) outbox.staleSince(cutoff).stream().filter(id -> outbox.handOverIfStale(id, cutoff))
                .count();
        if (handedOver > 0) {
            log.info("{} unsent e-mail(s) older than {} handed to process mail-delivery", handedOver,
                    settings.handOverAfter());
        }
        return handedOver;
    }
}

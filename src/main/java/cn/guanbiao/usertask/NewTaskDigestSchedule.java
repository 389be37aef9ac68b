package cn.guanbiao.usertask;

import cn.guanbiao.calendar.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node, at {@code app.mail.reviewers.digest-cron} Beijing time (default 08:30 every day; "-" turns it off):
 * the digest of new tasks, if today is a working day of the calendar. Of the nodes that try, one takes the day
 * ({@link NewTaskDigest#run}).
 */
@Component
class NewTaskDigestSchedule {

    private static final Logger log = LoggerFactory.getLogger(NewTaskDigestSchedule.class);

    private final NewTaskDigest digest;
    private final WorkingDays workingDays;

    NewTaskDigestSchedule(NewTaskDigest digest, WorkingDays workingDays) {
        this.digest = digest;
        this.workingDays = workingDays;
    }

    @Scheduled(cron = "${app.mail.reviewers.digest-cron:0 30 8 * * *}", zone = "Asia/Shanghai")
    void run() {
        int mails = digest.run(workingDays.today());
        if (mails > 0) {
            log.info("Digest of new tasks: {} e-mail(s) queued", mails);
        }
    }
}

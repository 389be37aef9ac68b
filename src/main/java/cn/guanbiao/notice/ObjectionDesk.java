package cn.guanbiao.notice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.notice.PublicNotices.NoticeStatus;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an objection: it is stored, and the application's process, if it is waiting in the notice period,
 * goes to ObjectionReview. An objection that arrives while one is already under review is kept and decided
 * together with it.
 *
 * <p>An objection may arrive just as the notice period's timer fires, or as the open objections are being
 * decided. Each of these first locks the application's {@code public_notice} row (the timer's
 * {@code EndPublicNoticeDelegate} by updating it), so they take turns: an objection that comes second sees the
 * notice ended and is refused, and one that comes first has moved the process to ObjectionReview before the
 * timer can commit (the timer's transaction then fails on the job it was running, which no longer exists).
 */
@Service
public class ObjectionDesk {

    public enum Result { ACCEPTED, NOT_IN_NOTICE, NOTICE_ENDED }

    private final PublicNotices notices;
    private final Objections objections;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public ObjectionDesk(PublicNotices notices, Objections objections, RuntimeService runtimeService, Clock clock) {
        this.clock = clock;
        this.notices = notices;
        this.objections = objections;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public Result raise(String applicationNo, String reason, String contact) {
        Optional<NoticeStatus> notice = notices.lockStatus(applicationNo);
        if (notice.isEmpty()) {
            return Result.NOT_IN_NOTICE;
        }
        if (notice.get() != NoticeStatus.IN_NOTICE) {
            return Result.NOTICE_ENDED;
        }
        objections.add(applicationNo, reason, contact, LocalDateTime.now(clock));
        boolean waiting = runtimeService.createExecutionQuery()
                .processInstanceBusinessKey(applicationNo)
                .messageEventSubscriptionName(ProcessVariables.MESSAGE_OBJECTION_RAISED)
                .count() > 0;
        if (waiting) {
            runtimeService.createMessageCorrelation(ProcessVariables.MESSAGE_OBJECTION_RAISED)
                    .processInstanceBusinessKey(applicationNo)
                    .correlate();
        }
        return Result.ACCEPTED;
    }

    /** Records the decision of ObjectionReview on every objection still open, in turn with {@link #raise}. */
    @Transactional
    public void decideOpen(String applicationNo, boolean upheld, String decidedBy, String comment) {
        notices.lockStatus(applicationNo);
        objections.decideOpen(applicationNo, upheld, decidedBy, comment);
    }
}

package cn.guanbiao.notice;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.guanbiao.application.ProcessVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an objection: it is stored, and the application's process, if it is waiting in the notice period,
 * goes to ObjectionReview. An objection that arrives while one is already under review is kept and decided
 * together with it.
 */
@Service
public class ObjectionDesk {

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

    /** False when the application is not in public notice. */
    @Transactional
    public boolean raise(String applicationNo, String reason, String contact) {
        if (!notices.isInNotice(applicationNo)) {
            return false;
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
        return true;
    }
}

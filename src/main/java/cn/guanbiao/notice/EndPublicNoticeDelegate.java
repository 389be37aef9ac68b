package cn.guanbiao.notice;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.StatusChanges;
import cn.guanbiao.calendar.WorkingDays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("endPublicNotice")
class EndPublicNoticeDelegate implements JavaDelegate {

    private final PublicNotices notices;
    private final StatusChanges statusChanges;
    private final Clock clock;

    EndPublicNoticeDelegate(PublicNotices notices, StatusChanges statusChanges, Clock clock) {
        this.notices = notices;
        this.statusChanges = statusChanges;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.end(ProcessVariables.applicationNo(execution), LocalDateTime.ofInstant(clock.instant(), WorkingDays.ZONE));
        statusChanges.change(execution, ApplicationStatus.APPROVED_FOR_PAYMENT, "公示期满无异议（或异议不成立），待拨付", null);
    }
}

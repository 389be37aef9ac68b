package cn.guanbiao.notice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import cn.guanbiao.application.AwardApplicationVariables;
import cn.guanbiao.application.Application;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.StatusChanges;
import cn.guanbiao.calendar.Deadlines;
import cn.guanbiao.calendar.WorkingDays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** R6: publishes the proposed award for the configured number of working days. */
@Component("startPublicNotice")
class StartPublicNoticeDelegate implements JavaDelegate {

    private final Applications applications;
    private final PublicNotices notices;
    private final StatusChanges statusChanges;
    private final WorkingDays workingDays;
    private final int noticeWorkingDays;

    StartPublicNoticeDelegate(Applications applications, PublicNotices notices, StatusChanges statusChanges,
            WorkingDays workingDays, @Value("${app.notice.working-days:5}") int noticeWorkingDays) {
        this.applications = applications;
        this.notices = notices;
        this.statusChanges = statusChanges;
        this.workingDays = workingDays;
        this.noticeWorkingDays = noticeWorkingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        Application application = applications.get(applicationNo);
        Date endsAt = workingDays.endOfWorkingDays(noticeWorkingDays);
        LocalDateTime endsAtLocal = LocalDateTime.ofInstant(endsAt.toInstant(), ZoneId.of("Asia/Shanghai"));
        notices.publish(new PublicNotices.Notice(applicationNo, application.callId(), application.orgName(),
                application.creditCode(), application.awardAmount(), workingDays.today(), endsAtLocal,
                PublicNotices.NoticeStatus.IN_NOTICE));
        AwardApplicationVariables.of(execution).setNoticeEndsAt(endsAt);
        LocalDate lastDay = Deadlines.lastDay(endsAtLocal);
        statusChanges.change(execution, ApplicationStatus.IN_PUBLIC_NOTICE, "列入拟奖励名单，公示至 " + lastDay, lastDay);
    }
}

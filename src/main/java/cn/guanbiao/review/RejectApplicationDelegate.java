package cn.guanbiao.review;

import cn.guanbiao.application.AwardApplicationVariables;
import cn.guanbiao.application.Application;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.StatusChanges;
import cn.guanbiao.call.AwardCalls;
import cn.guanbiao.notice.PublicNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends an application without award: the reason goes to the applicant; budget reserved for it is freed. */
@Component("rejectApplication")
class RejectApplicationDelegate implements JavaDelegate {

    private final Applications applications;
    private final AwardCalls calls;
    private final PublicNotices notices;
    private final StatusChanges statusChanges;

    RejectApplicationDelegate(Applications applications, AwardCalls calls, PublicNotices notices, StatusChanges statusChanges) {
        this.applications = applications;
        this.calls = calls;
        this.notices = notices;
        this.statusChanges = statusChanges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        Application application = applications.lock(applicationNo);
        if (application.reservedAmount() != null) {
            calls.releaseReservation(application.callId(), application.reservedAmount());
            applications.updateReservedAmount(applicationNo, null);
        }
        notices.withdraw(applicationNo);
        String reason = AwardApplicationVariables.of(execution).rejectionReason();
        statusChanges.change(execution, ApplicationStatus.REJECTED, reason == null ? "不予奖励" : reason, null);
    }
}

package cn.guanbiao.review;

import cn.guanbiao.usertask.DueDates;
import java.util.Date;

import cn.guanbiao.application.AwardApplicationVariables;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.calendar.Deadlines;
import cn.guanbiao.application.StatusChanges;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the application back to the applicant with the reviewer's reason and a deadline in working days. */
@Component("returnToApplicant")
class ReturnToApplicantDelegate implements JavaDelegate {

    private final StatusChanges statusChanges;
    private final DueDates dueDates;

    ReturnToApplicantDelegate(StatusChanges statusChanges, DueDates dueDates) {
        this.statusChanges = statusChanges;
        this.dueDates = dueDates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date deadline = dueDates.correctionDeadline();
        var variables = AwardApplicationVariables.of(execution);
        variables.setCorrectionDeadline(deadline);
        String comment = variables.comment();
        // the status already says 退回补正: the reason is the reviewer's words alone
        statusChanges.change(execution, ApplicationStatus.RETURNED_FOR_CORRECTION, comment, Deadlines.lastDay(deadline));
    }
}

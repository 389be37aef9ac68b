package cn.guanbiao.evaluation;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.guanbiao.application.ApplicationEvents;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.notification.EvaluationMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** No report by the deadline: the evaluation is flagged as overdue, on the unit's timeline and by e-mail. */
@Component("flagMissingReport")
class FlagMissingReportDelegate implements JavaDelegate {

    private final Evaluations evaluations;
    private final EvaluationMails mails;
    private final Applications applications;
    private final ApplicationEvents events;
    private final Clock clock;

    FlagMissingReportDelegate(Evaluations evaluations, EvaluationMails mails, Applications applications,
            ApplicationEvents events, Clock clock) {
        this.evaluations = evaluations;
        this.mails = mails;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        LocalDateTime now = LocalDateTime.now(clock);
        evaluations.flagOverdue(applicationNo, now);
        events.add(applicationNo, applications.get(applicationNo).status(), null, "逾期未填报绩效评价数据，已记录", now);
        mails.send(EvaluationMail.Kind.OVERDUE, applicationNo, null);
    }
}

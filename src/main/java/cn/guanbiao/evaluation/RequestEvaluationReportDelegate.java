package cn.guanbiao.evaluation;

import java.time.LocalDate;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.calendar.WorkingDays;
import cn.guanbiao.notification.EvaluationMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A year after the award: the unit is asked for its indicators, with a deadline and a reminder before it. */
@Component("requestEvaluationReport")
class RequestEvaluationReportDelegate implements JavaDelegate {

    private final Evaluations evaluations;
    private final EvaluationMails mails;
    private final WorkingDays workingDays;
    private final int reportWorkingDays;
    private final int reminderWorkingDays;

    RequestEvaluationReportDelegate(Evaluations evaluations, EvaluationMails mails, WorkingDays workingDays,
            @Value("${app.evaluation.report-working-days:20}") int reportWorkingDays,
            @Value("${app.evaluation.reminder-working-days-before:5}") int reminderWorkingDays) {
        this.evaluations = evaluations;
        this.mails = mails;
        this.workingDays = workingDays;
        this.reportWorkingDays = reportWorkingDays;
        this.reminderWorkingDays = reminderWorkingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        LocalDate lastDay = workingDays.plus(reportWorkingDays);
        EvaluationVariables.of(execution).reportRequested(workingDays.endOfWorkingDays(reportWorkingDays),
                workingDays.endOfWorkingDays(Math.max(reportWorkingDays - reminderWorkingDays, 0)));
        evaluations.requestReport(applicationNo, lastDay);
        mails.send(EvaluationMail.Kind.REQUEST, applicationNo, lastDay);
    }
}

package cn.guanbiao.evaluation;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.notification.EvaluationMail;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("remindEvaluationReport")
class RemindEvaluationReportDelegate implements JavaDelegate {

    private final Evaluations evaluations;
    private final EvaluationMails mails;

    RemindEvaluationReportDelegate(Evaluations evaluations, EvaluationMails mails) {
        this.evaluations = evaluations;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        mails.send(EvaluationMail.Kind.REMINDER, applicationNo,
                evaluations.find(applicationNo).map(Evaluations.Evaluation::reportDueOn).orElse(null));
    }
}

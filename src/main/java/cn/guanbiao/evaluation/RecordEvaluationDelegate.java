package cn.guanbiao.evaluation;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.StatusChanges;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The score and grade are kept for the programme report; the unit is told (status EVALUATED). */
@Component("recordEvaluation")
class RecordEvaluationDelegate implements JavaDelegate {

    private final Evaluations evaluations;
    private final StatusChanges statusChanges;
    private final Clock clock;

    RecordEvaluationDelegate(Evaluations evaluations, StatusChanges statusChanges, Clock clock) {
        this.evaluations = evaluations;
        this.statusChanges = statusChanges;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        var variables = EvaluationVariables.of(execution);
        int score = variables.score();
        String grade = variables.grade();
        evaluations.evaluated(applicationNo, score, grade, variables.comment(), variables.evaluatedBy(),
                LocalDateTime.now(clock));
        statusChanges.change(execution, ApplicationStatus.EVALUATED, "绩效评价得分 " + score + " 分，等次：" + grade, null);
    }
}

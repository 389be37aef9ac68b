package cn.guanbiao.evaluation;

import java.util.Date;
import java.util.Map;

import cn.guanbiao.platform.CommonVariables;
import cn.guanbiao.platform.TypedVariables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The variables of process {@code performance-evaluation} (business key: the application number), typed:
 * {@code EvaluationVariables.of(execution).score()}.
 */
public final class EvaluationVariables extends TypedVariables {

    public static final String PROCESS_KEY = "performance-evaluation";
    public static final String MESSAGE_REPORTED = "EvaluationReported";

    /** When the unit is asked to report: a configurable time after the payment (default 12 months). */
    public static final String DUE_AT = "evaluationDueAt";
    public static final String REPORT_DEADLINE = "reportDeadline";
    public static final String REPORT_REMINDER_AT = "reportReminderAt";
    /** Baseline and reported indicators side by side, as the scoring form shows them (JSON). */
    public static final String COMPARISON = "indicatorComparison";
    public static final String SCORE = "score";
    public static final String GRADE = "grade";
    public static final String EVALUATED_BY = "evaluatedBy";

    private EvaluationVariables(VariableScope scope) {
        super(scope);
    }

    private EvaluationVariables(Map<String, ?> variables) {
        super(variables);
    }

    public static EvaluationVariables of(VariableScope scope) {
        return new EvaluationVariables(scope);
    }

    public static EvaluationVariables of(Map<String, ?> variables) {
        return new EvaluationVariables(variables);
    }

    public int score() {
        return integer(SCORE);
    }

    /** Set by the decision table {@code evaluation-grade}. */
    public String grade() {
        return text(GRADE);
    }

    public String comment() {
        return text(CommonVariables.COMMENT);
    }

    public String evaluatedBy() {
        return text(EVALUATED_BY);
    }

    /** The scoring form's table, as JSON text. */
    public String comparison() {
        return json(COMPARISON);
    }

    public void reportRequested(Date deadline, Date reminderAt) {
        set(REPORT_DEADLINE, deadline);
        set(REPORT_REMINDER_AT, reminderAt);
    }

    public void setComparison(JsonValue comparison) {
        set(COMPARISON, comparison);
    }

    public void scored(int score, String evaluatedBy) {
        set(SCORE, score);
        set(EVALUATED_BY, evaluatedBy);
    }
}

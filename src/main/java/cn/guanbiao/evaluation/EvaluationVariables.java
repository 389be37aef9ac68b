package cn.guanbiao.evaluation;

/** Names of the variables of process {@code performance-evaluation} (business key: the application number). */
public final class EvaluationVariables {

    public static final String PROCESS_KEY = "performance-evaluation";
    public static final String MESSAGE_REPORTED = "EvaluationReported";

    public static final String ORG_NAME = "orgName";
    public static final String DISTRICT_CODE = "districtCode";
    /** When the unit is asked to report: a configurable time after the payment (default 12 months). */
    public static final String DUE_AT = "evaluationDueAt";
    public static final String REPORT_DEADLINE = "reportDeadline";
    public static final String REPORT_REMINDER_AT = "reportReminderAt";
    /** Baseline and reported indicators side by side, as the scoring form shows them (JSON). */
    public static final String COMPARISON = "indicatorComparison";
    public static final String SCORE = "score";
    public static final String GRADE = "grade";

    private EvaluationVariables() {
    }
}

package cn.guanbiao.application;

import cn.guanbiao.platform.CommonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Names of the variables of process {@code award-application}, read and written typed through
 * {@link AwardApplicationVariables}. The process keeps only what it routes on or
 * shows a reviewer; the application itself lives in the app's tables, referenced by the business key
 * ({@link #applicationNo(DelegateExecution)}); {@link CommonVariables#APPLICATION_NO} is a copy for the forms to show.
 */
public final class ProcessVariables {

    public static final String PROCESS_KEY = "award-application";

    public static final String APPLICANT_TYPE = "applicantType";
    public static final String STATUS = "status";
    /** Yuan with two decimals, as a String: a BigDecimal variable would be stored as a serialized blob. */
    public static final String REVIEW_SUMMARY = "reviewSummary";

    public static final String QUALIFIED = "qualified";
    public static final String CREDIT_RESULT = "creditResult";
    public static final String AWARD_POSITIVE = "awardPositive";
    public static final String FUNDED = "funded";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String CORRECTION_DEADLINE = "correctionDeadline";
    public static final String NOTICE_ENDS_AT = "noticeEndsAt";

    /** What the diagram routes on after a review: APPROVED, RETURNED or REJECTED. */
    public static final String REVIEW_OUTCOME = "reviewOutcome";

    public static final String MESSAGE_CALL_DECIDED = "CallDecided";
    public static final String MESSAGE_OBJECTION_RAISED = "ObjectionRaised";
    public static final String MESSAGE_APPLICATION_CORRECTED = "ApplicationCorrected";

    private ProcessVariables() {
    }

    /**
     * The application a step of {@code award-application}, {@code fund-recovery} or {@code performance-evaluation}
     * is about: the process's business key, which nothing a caller sets can change (a variable of the same name
     * could be overwritten by a task completion).
     */
    public static String applicationNo(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }

    /** As above, for a task of one of those processes. */
    public static String applicationNo(DelegateTask task) {
        return task.getExecution().getProcessBusinessKey();
    }
}

package cn.guanbiao.application;

import cn.guanbiao.platform.CommonVariables;
import java.math.BigDecimal;
import java.util.Date;
import java.util.Map;

import cn.guanbiao.platform.TypedVariables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The variables of process {@code award-application} (names in {@link ProcessVariables}), typed:
 * {@code AwardApplicationVariables.of(execution).rejectionReason()}. The application a step is about is not among
 * them: it is the business key ({@link ProcessVariables#applicationNo}).
 */
public final class AwardApplicationVariables extends TypedVariables {

    private AwardApplicationVariables(VariableScope scope) {
        super(scope);
    }

    private AwardApplicationVariables(Map<String, ?> variables) {
        super(variables);
    }

    public static AwardApplicationVariables of(VariableScope scope) {
        return new AwardApplicationVariables(scope);
    }

    public static AwardApplicationVariables of(Map<String, ?> variables) {
        return new AwardApplicationVariables(variables);
    }

    /** The last reviewer's comment. */
    public String comment() {
        return text(CommonVariables.COMMENT);
    }

    public String rejectionReason() {
        return text(ProcessVariables.REJECTION_REASON);
    }

    /** The midnight after the last day to correct, while the application waits for a correction. */
    public Date correctionDeadline() {
        return value(ProcessVariables.CORRECTION_DEADLINE) instanceof Date deadline ? deadline : null;
    }

    /** The reviewers' summary of the application, as JSON text. */
    public String reviewSummary() {
        return json(ProcessVariables.REVIEW_SUMMARY);
    }

    /** The copies shown on forms and task cards: no logic may read them (see {@link CommonVariables#ORG_NAME}). */
    public String shownApplicationNo() {
        return text(CommonVariables.APPLICATION_NO);
    }

    public String shownOrgName() {
        return text(CommonVariables.ORG_NAME);
    }

    public void setStatus(ApplicationStatus status) {
        set(ProcessVariables.STATUS, status.name());
    }

    public void setRejectionReason(String reason) {
        set(ProcessVariables.REJECTION_REASON, reason);
    }

    public void setCorrectionDeadline(Date deadline) {
        set(ProcessVariables.CORRECTION_DEADLINE, deadline);
    }

    /** What the diagram routes on after a review: APPROVED, RETURNED or REJECTED. */
    public void setReviewOutcome(String outcome) {
        set(ProcessVariables.REVIEW_OUTCOME, outcome);
    }

    public void setReviewSummary(JsonValue summary) {
        set(ProcessVariables.REVIEW_SUMMARY, summary);
    }

    public void setQualified(boolean qualified) {
        set(ProcessVariables.QUALIFIED, qualified);
    }

    public void setCreditResult(String result) {
        set(ProcessVariables.CREDIT_RESULT, result);
    }

    public void setAwardPositive(boolean positive) {
        set(ProcessVariables.AWARD_POSITIVE, positive);
    }

    public void setAwardAmount(BigDecimal amount) {
        setAmount(CommonVariables.AWARD_AMOUNT, amount);
    }

    public void setNoticeEndsAt(Date endsAt) {
        set(ProcessVariables.NOTICE_ENDS_AT, endsAt);
    }
}

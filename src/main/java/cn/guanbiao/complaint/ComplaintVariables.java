package cn.guanbiao.complaint;

import cn.guanbiao.platform.CommonVariables;
import cn.guanbiao.platform.TypedVariables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The variables of process {@code complaint-handling} (business key: the reference number), typed:
 * {@code ComplaintVariables.of(execution).findings()}.
 */
public final class ComplaintVariables extends TypedVariables {

    public static final String PROCESS_KEY = "complaint-handling";
    public static final String TASK_KEY = "ComplaintVerification";

    /** {@link ComplaintSubject} name: the gateway after a confirmed complaint routes on it. */
    public static final String SUBJECT = "subject";
    /**
     * Whether the complaint holds a payment: about an application not yet paid when it came in (no money moves while it
     * is verified, so it stays so). Confirmed, that application is rejected; otherwise the award's recovery starts.
     */
    public static final String PAYMENT_HELD = "paymentHeld";
    /** Whether the complainant left an e-mail address to be told the outcome. */
    public static final String COMPLAINANT_HAS_EMAIL = "complainantHasEmail";
    /** Json shown by the verification form (see {@link ComplaintSummaries}). */
    public static final String SUMMARY = "complaint";

    /** ...REST clients may submit the boolean {@code confirmed}; both end up as {@code confirmed}. */
    public static final String CONFIRMED = "confirmed";
    public static final String DECIDED_BY = "decidedBy";
    public static final String RECOVERY_PROCESS_INSTANCE_ID = "recoveryProcessInstanceId";

    private ComplaintVariables(VariableScope scope) {
        super(scope);
    }

    public static ComplaintVariables of(VariableScope scope) {
        return new ComplaintVariables(scope);
    }

    /** The findings as the verification recorded them (stripped and checked). */
    public String findings() {
        return text(CommonVariables.FINDINGS);
    }

    public String decidedBy() {
        return text(DECIDED_BY);
    }

    /** The verification's record; the form's decision, now in {@code confirmed}, is removed. */
    public void verified(boolean confirmed, String findings, String decidedBy) {
        set(CONFIRMED, confirmed);
        set(CommonVariables.FINDINGS, findings);
        set(DECIDED_BY, decidedBy);
        remove(CommonVariables.DECISION);
    }

    public void setSummary(JsonValue summary) {
        set(SUMMARY, summary);
    }

    public void setRecoveryProcessInstanceId(String id) {
        set(RECOVERY_PROCESS_INSTANCE_ID, id);
    }
}

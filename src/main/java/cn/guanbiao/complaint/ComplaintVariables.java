package cn.guanbiao.complaint;

/** Names of the variables of process {@code complaint-handling} (business key: the reference number). */
public final class ComplaintVariables {

    public static final String PROCESS_KEY = "complaint-handling";
    public static final String TASK_KEY = "ComplaintVerification";

    public static final String REFERENCE_NO = "referenceNo";
    /** {@link ComplaintSubject} name: the gateway after a confirmed complaint routes on it. */
    public static final String SUBJECT = "subject";
    public static final String APPLICATION_NO = "applicationNo";
    public static final String CERTIFICATION_BODY = "certificationBody";
    /**
     * Whether the complaint holds a payment: about an application not yet paid when it came in (no money moves while it
     * is verified, so it stays so). Confirmed, that application is rejected; otherwise the award's recovery starts.
     */
    public static final String PAYMENT_HELD = "paymentHeld";
    /** Whether the complainant left an e-mail address to be told the outcome. */
    public static final String COMPLAINANT_HAS_EMAIL = "complainantHasEmail";
    /** Json shown by the verification form (see {@link ComplaintSummaries}). */
    public static final String SUMMARY = "complaint";

    /** Set by ComplaintVerification: the Camunda Form submits {@code decision} (CONFIRMED, UNFOUNDED)... */
    public static final String DECISION = "decision";
    /** ...REST clients may submit the boolean {@code confirmed}; both end up as {@code confirmed}. */
    public static final String CONFIRMED = "confirmed";
    public static final String FINDINGS = "findings";
    public static final String DECIDED_BY = "decidedBy";
    public static final String RECOVERY_PROCESS_INSTANCE_ID = "recoveryProcessInstanceId";

    private ComplaintVariables() {
    }
}

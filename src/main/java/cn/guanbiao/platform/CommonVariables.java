package cn.guanbiao.platform;

/**
 * Names of the process variables that several processes use with one meaning, written only here. Each process's own
 * names stay with its accessor ({@code ProcessVariables}, {@code RecoveryVariables}, …).
 */
public final class CommonVariables {

    public static final String APPLICATION_NO = "applicationNo";
    public static final String CALL_ID = "callId";
    /**
     * The unit's name, for the forms and Tasklist's cards only: set at the start, refreshed on correction. No logic may
     * read it: the unit is the one in the app's tables, found by the business key.
     */
    public static final String ORG_NAME = "orgName";
    public static final String DISTRICT_CODE = "districtCode";
    public static final String CREDIT_CODE = "creditCode";
    public static final String CERTIFICATION_BODY = "certificationBody";
    /** Yuan with two decimals, as a String: a BigDecimal variable would be stored as a serialized blob. */
    public static final String AWARD_AMOUNT = "awardAmount";
    public static final String FINDINGS = "findings";
    /** A complaint's reference number, shown on task cards. */
    public static final String REFERENCE_NO = "referenceNo";

    /** What a reviewer decides on a Camunda Form, and why (DOMAIN §5). */
    public static final String DECISION = "decision";
    public static final String APPROVED = "approved";
    public static final String COMMENT = "comment";
    /** With {@code approved = false}: back to the applicant for correction rather than rejected. */
    public static final String RETURN_FOR_CORRECTION = "returnForCorrection";

    private CommonVariables() {
    }
}

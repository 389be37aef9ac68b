package cn.guanbiao.recovery;

/** Names of the variables of process {@code fund-recovery} (business key: the application number). */
public final class RecoveryVariables {

    public static final String PROCESS_KEY = "fund-recovery";

    public static final String SOURCE = "recoverySource";
    /** The spot-check campaign or complaint that found it. */
    public static final String SOURCE_REF = "recoverySourceRef";
    public static final String FINDINGS = "findings";
    public static final String ORG_NAME = "orgName";
    public static final String CREDIT_CODE = "creditCode";
    /** Yuan with two decimals, as Strings (see ProcessVariables.AWARD_AMOUNT). */
    public static final String PAID_AMOUNT = "paidAmount";
    public static final String RECOVERY_AMOUNT = "recoveryAmount";
    public static final String RECEIVED_AMOUNT = "receivedAmount";
    /** Set by RecoveryDecision: 情节严重 → joint punishment (R5, R7). */
    public static final String SERIOUS = "serious";
    public static final String REPAYMENT_DEADLINE = "repaymentDeadline";
    public static final String DECIDED_BY = "recoveryDecidedBy";

    private RecoveryVariables() {
    }
}

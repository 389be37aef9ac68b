package cn.guanbiao.recovery;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Map;

import cn.guanbiao.platform.CommonVariables;
import cn.guanbiao.platform.TypedVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of process {@code fund-recovery} (business key: the application number), typed:
 * {@code RecoveryVariables.of(execution).recoveryAmount()}.
 */
public final class RecoveryVariables extends TypedVariables {

    public static final String PROCESS_KEY = "fund-recovery";

    public static final String SOURCE = "recoverySource";
    /** The spot-check campaign or complaint that found it. */
    public static final String SOURCE_REF = "recoverySourceRef";
    public static final String SOURCE_LABEL = "sourceLabel";
    /** Yuan with two decimals, as Strings (see CommonVariables.AWARD_AMOUNT). */
    public static final String PAID_AMOUNT = "paidAmount";
    public static final String RECOVERY_AMOUNT = "recoveryAmount";
    public static final String RECEIVED_AMOUNT = "receivedAmount";
    /** Set by RecoveryDecision: 情节严重 → joint punishment (R5, R7). */
    public static final String SERIOUS = "serious";
    public static final String REPAYMENT_DEADLINE = "repaymentDeadline";
    public static final String DECIDED_BY = "recoveryDecidedBy";
    public static final String CONFIRMED_BY = "repaymentConfirmedBy";
    public static final String NOTE = "repaymentNote";

    private RecoveryVariables(VariableScope scope) {
        super(scope);
    }

    private RecoveryVariables(Map<String, ?> variables) {
        super(variables);
    }

    public static RecoveryVariables of(VariableScope scope) {
        return new RecoveryVariables(scope);
    }

    public static RecoveryVariables of(Map<String, ?> variables) {
        return new RecoveryVariables(variables);
    }

    public RecoverySource source() {
        return RecoverySource.valueOf(text(SOURCE));
    }

    public String sourceRef() {
        return text(SOURCE_REF);
    }

    /** What the spot check or complaint found. */
    public String findings() {
        return text(CommonVariables.FINDINGS);
    }

    public String creditCode() {
        return text(CommonVariables.CREDIT_CODE);
    }

    /** The reason the recovery decision gave. */
    public String comment() {
        return text(CommonVariables.COMMENT);
    }

    public BigDecimal paidAmount() {
        return amount(PAID_AMOUNT);
    }

    public BigDecimal recoveryAmount() {
        return amount(RECOVERY_AMOUNT);
    }

    public BigDecimal receivedAmount() {
        return amount(RECEIVED_AMOUNT);
    }

    public boolean serious() {
        return isTrue(SERIOUS);
    }

    public String decidedBy() {
        return text(DECIDED_BY);
    }

    public String confirmedBy() {
        return text(CONFIRMED_BY);
    }

    public String note() {
        return text(NOTE);
    }

    public void opened(String orgName, String creditCode, BigDecimal paidAmount, String sourceLabel) {
        set(CommonVariables.ORG_NAME, orgName);
        set(CommonVariables.CREDIT_CODE, creditCode);
        setAmount(PAID_AMOUNT, paidAmount);
        set(SOURCE_LABEL, sourceLabel);
    }

    public void setRecoveryAmount(BigDecimal amount) {
        setAmount(RECOVERY_AMOUNT, amount);
    }

    public void setReceivedAmount(BigDecimal amount) {
        setAmount(RECEIVED_AMOUNT, amount);
    }

    public void setSerious(boolean serious) {
        set(SERIOUS, serious);
    }

    public void setDecidedBy(String user) {
        set(DECIDED_BY, user);
    }

    public void setConfirmedBy(String user) {
        set(CONFIRMED_BY, user);
    }

    public void setRepaymentDeadline(Date deadline) {
        set(REPAYMENT_DEADLINE, deadline);
    }
}

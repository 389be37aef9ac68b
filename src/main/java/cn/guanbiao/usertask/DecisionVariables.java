package cn.guanbiao.usertask;

import cn.guanbiao.platform.CommonVariables;
import cn.guanbiao.platform.TypedVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a reviewer's completion submits on any process's review task (DOMAIN §5): a Camunda Form's {@code decision}
 * or the REST booleans {@code approved} and {@code returnForCorrection}, and a {@code comment}.
 */
public final class DecisionVariables extends TypedVariables {

    private DecisionVariables(VariableScope scope) {
        super(scope);
    }

    public static DecisionVariables of(VariableScope scope) {
        return new DecisionVariables(scope);
    }

    /** APPROVE, RETURN or REJECT as the form submits it, not yet checked. */
    public Object decisionEntered() {
        return value(CommonVariables.DECISION);
    }

    public Object approvedEntered() {
        return value(CommonVariables.APPROVED);
    }

    public boolean returnForCorrection() {
        return isTrue(CommonVariables.RETURN_FOR_CORRECTION);
    }

    public String comment() {
        return text(CommonVariables.COMMENT);
    }

    /** Writes the booleans a gateway tests, unless they already say so. */
    public void setOutcome(boolean approved, boolean returnForCorrection) {
        setIfChanged(CommonVariables.APPROVED, approved);
        setIfChanged(CommonVariables.RETURN_FOR_CORRECTION, returnForCorrection);
    }

    public void removeDecision() {
        remove(CommonVariables.DECISION);
    }

    /** The form's input, {@code comment} excepted (the next step may quote it). */
    public void removeInput() {
        remove(CommonVariables.DECISION);
        remove(CommonVariables.APPROVED);
        remove(CommonVariables.RETURN_FOR_CORRECTION);
    }

    public void clear() {
        removeInput();
        remove(CommonVariables.COMMENT);
    }

    private void setIfChanged(String name, boolean value) {
        if (!Boolean.valueOf(value).equals(value(name))) {
            set(name, value);
        }
    }
}

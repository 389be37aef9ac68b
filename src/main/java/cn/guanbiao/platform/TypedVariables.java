package cn.guanbiao.platform;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The base of each process's typed accessor ({@code RecoveryVariables.of(execution).recoveryAmount()}): reads and
 * writes the variables of one scope (an execution or a task) in the types the process stores them in. Money is stored
 * as a plain String (a BigDecimal variable would be a serialized blob) and read back as a BigDecimal. Over a map of
 * variables (as the engine's services return them) an accessor only reads.
 */
public abstract class TypedVariables {

    private final Function<String, Object> read;
    private final VariableScope scope;

    protected TypedVariables(VariableScope scope) {
        this.read = scope::getVariable;
        this.scope = scope;
    }

    protected TypedVariables(Map<String, ?> variables) {
        this.read = variables::get;
        this.scope = null;
    }

    /** A value as stored, for a form field the caller validates itself. */
    protected Object value(String name) {
        return read.apply(name);
    }

    protected String text(String name) {
        return (String) value(name);
    }

    protected Integer integer(String name) {
        return (Integer) value(name);
    }

    /** Yuan stored as a plain String. */
    protected BigDecimal amount(String name) {
        String amount = text(name);
        return amount == null ? null : new BigDecimal(amount);
    }

    protected boolean isTrue(String name) {
        return Boolean.TRUE.equals(value(name));
    }

    /** A JSON variable (a Camunda Forms table or list) as its text. */
    protected String json(String name) {
        Object json = value(name);
        return json == null ? null : json.toString();
    }

    protected void set(String name, Object value) {
        writable().setVariable(name, value);
    }

    protected void setLocal(String name, Object value) {
        writable().setVariableLocal(name, value);
    }

    /** Yuan stored as a plain String (see {@link #amount}). */
    protected void setAmount(String name, BigDecimal amount) {
        set(name, amount.toPlainString());
    }

    protected void remove(String name) {
        writable().removeVariable(name);
    }

    private VariableScope writable() {
        if (scope == null) {
            throw new UnsupportedOperationException("variables read through the engine's services are read only here");
        }
        return scope;
    }
}

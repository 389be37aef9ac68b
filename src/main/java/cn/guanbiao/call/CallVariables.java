package cn.guanbiao.call;

import java.util.Map;

import cn.guanbiao.platform.CommonVariables;
import cn.guanbiao.platform.TypedVariables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** The variables of process {@code award-call}, typed: {@code CallVariables.of(task).callId()}. */
public final class CallVariables extends TypedVariables {

    public static final String PROCESS_KEY = "award-call";
    /** java.util.Date: the timer that closes the call reads it. */
    public static final String CLOSES_AT = "closesAt";
    /** The ranked list shown in ApproveAwardList (JSON). */
    public static final String AWARD_LIST = "awardList";
    public static final String MESSAGE_CLOSE_CALL = "CloseCall";

    private CallVariables(VariableScope scope) {
        super(scope);
    }

    private CallVariables(Map<String, ?> variables) {
        super(variables);
    }

    public static CallVariables of(VariableScope scope) {
        return new CallVariables(scope);
    }

    public static CallVariables of(Map<String, ?> variables) {
        return new CallVariables(variables);
    }

    public String callId() {
        return text(CommonVariables.CALL_ID);
    }

    /** The ranked list, as JSON text. */
    public String awardList() {
        return json(AWARD_LIST);
    }

    public void setAwardList(JsonValue list) {
        set(AWARD_LIST, list);
    }

    /** What the gateway after ApproveAwardList routes on. */
    public void setApproved(boolean approved) {
        set(CommonVariables.APPROVED, approved);
    }
}

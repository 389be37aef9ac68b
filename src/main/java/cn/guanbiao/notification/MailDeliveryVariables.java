package cn.guanbiao.notification;

import java.util.Map;

import cn.guanbiao.platform.TypedVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The variables of process {@code mail-delivery}, typed: the outbox row the instance delivers. */
public final class MailDeliveryVariables extends TypedVariables {

    public static final String MAIL_ID = "mailId";

    private MailDeliveryVariables(VariableScope scope) {
        super(scope);
    }

    private MailDeliveryVariables(Map<String, ?> variables) {
        super(variables);
    }

    public static MailDeliveryVariables of(VariableScope scope) {
        return new MailDeliveryVariables(scope);
    }

    public static MailDeliveryVariables of(Map<String, ?> variables) {
        return new MailDeliveryVariables(variables);
    }

    public String mailId() {
        return text(MAIL_ID);
    }
}

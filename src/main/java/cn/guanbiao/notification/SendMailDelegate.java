package cn.guanbiao.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends one e-mail handed to process mail-delivery. Runs as its own job (asyncBefore): a failure is retried on the
 * schedule of the BPMN and ends as an incident. Delivery is at least once: a crash after sending and before the
 * commit sends the same mail (same X-Guanbiao-Mail-Id) again.
 */
@Component("sendMail")
class SendMailDelegate implements JavaDelegate {

    private final MailOutbox outbox;
    private final MailTransport transport;

    SendMailDelegate(MailOutbox outbox, MailTransport transport) {
        this.outbox = outbox;
        this.transport = transport;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = MailDeliveryVariables.of(execution).mailId();
        outbox.unsent(id).ifPresent(mail -> {
            transport.send(mail);
            outbox.markSent(id);
        });
    }
}

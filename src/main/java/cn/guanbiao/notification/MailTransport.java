package cn.guanbiao.notification;

/**
 * Delivers an {@link OutgoingMail}. Sending the same {@link OutgoingMail#id()} again is allowed (the caller is a
 * retried job); the transport marks every message with that id so that duplicates can be recognised.
 */
public interface MailTransport {

    /**
     * @throws MailDeliveryException when the mail could not be delivered; the caller's job is retried
     */
    void send(OutgoingMail mail);
}

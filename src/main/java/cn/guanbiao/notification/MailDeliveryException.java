package cn.guanbiao.notification;

/** A mail could not be built or delivered. Unchecked: the job that sends it fails and is retried. */
public class MailDeliveryException extends RuntimeException {

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}

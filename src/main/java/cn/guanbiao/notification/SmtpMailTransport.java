package cn.guanbiao.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through an SMTP server configured with {@code spring.mail.*} ({@code app.mail.transport=smtp}). */
public class SmtpMailTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailTransport.class);

    private final JavaMailSender mailSender;
    private final MimeMessages mimeMessages;

    public SmtpMailTransport(JavaMailSender mailSender, MimeMessages mimeMessages) {
        this.mailSender = mailSender;
        this.mimeMessages = mimeMessages;
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            mimeMessages.fill(message, mail);
            mailSender.send(message);
        } catch (MessagingException | MailException e) {
            // the job's exception message is what Cockpit shows as the incident
            throw new MailDeliveryException("邮件 " + mail.id() + " 发送失败（SMTP）："
                    + NestedExceptionUtils.getMostSpecificCause(e).getMessage(), e);
        }
        log.info("Mail {} sent by SMTP", mail.id());
    }
}

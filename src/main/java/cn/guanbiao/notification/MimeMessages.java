package cn.guanbiao.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Builds the one MIME form every transport sends or stores: UTF-8, multipart with a plain-text and an HTML
 * alternative, and the idempotency header {@value #MAIL_ID_HEADER}.
 */
public class MimeMessages {

    /** Carries {@link OutgoingMail#id()}; independent of {@code Message-ID}, which changes on every save. */
    public static final String MAIL_ID_HEADER = "X-Guanbiao-Mail-Id";

    private static final String ENCODING = StandardCharsets.UTF_8.name();

    static {
        // Jakarta Mail 2.1 finds its StreamProvider with a ServiceLoader scan of every jar for each multipart it builds
        // or writes (jakartaee/mail-api#699, #861): a tenth of the CPU an application cost. Named, it is a class lookup.
        System.getProperties().putIfAbsent(StreamProvider.class.getName(), MailStreamProvider.class.getName());
    }

    private final InternetAddress from;

    /**
     * @param from the sender, e.g. {@code 重庆市知识产权局贯标奖励 <noreply@guanbiao.example>}
     * @throws IllegalArgumentException when it is not one valid address
     */
    public MimeMessages(String from) {
        this.from = parseSender(from);
    }

    /** Fills an empty message (from the transport's own session) with the mail. */
    public void fill(MimeMessage message, OutgoingMail mail) throws MessagingException {
        MimeMessageHelper helper = new MimeMessageHelper(message, true, ENCODING);
        helper.setEncodeFilenames(true);
        helper.setFrom(from);
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setSentDate(new Date());
        helper.setText(mail.textBody(), mail.htmlBody());
        encodeBodiesAsBase64(helper);
        for (MailAttachment attachment : mail.attachments()) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        message.setHeader(MAIL_ID_HEADER, mail.id());
    }

    /**
     * Left to choose, Jakarta Mail scans each body and picks quoted-printable for the mostly-ASCII HTML, which writes
     * every byte of a Chinese character as three, one call each: 3 % of all CPU in the benchmark (issue 6). Base64 is
     * written in blocks and makes Chinese text smaller; every mail client decodes both.
     */
    private static void encodeBodiesAsBase64(MimeMessageHelper helper) throws MessagingException {
        try {
            Multipart alternatives = (Multipart) helper.getMimeMultipart().getBodyPart(0).getContent();
            for (int i = 0; i < alternatives.getCount(); i++) {
                alternatives.getBodyPart(i).setHeader("Content-Transfer-Encoding", "base64");
            }
        } catch (IOException e) {
            throw new MessagingException("The alternative bodies could not be read back", e);
        }
    }

    public InternetAddress from() {
        return (InternetAddress) from.clone();
    }

    private static InternetAddress parseSender(String from) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("app.mail.from must be set, e.g. \"重庆市知识产权局 <noreply@example.org>\"");
        }
        try {
            InternetAddress[] parsed = InternetAddress.parse(from.strip(), false);
            if (parsed.length != 1) {
                throw new IllegalArgumentException("app.mail.from must be exactly one address: " + from);
            }
            InternetAddress sender = new InternetAddress(parsed[0].getAddress(), parsed[0].getPersonal(), ENCODING);
            sender.validate();
            return sender;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("app.mail.from is not a valid address: " + from, e);
        }
    }
}

package cn.guanbiao.notification;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One e-mail ready to leave the system.
 *
 * @param id        idempotency key: the same id is the same mail (sent as header {@code X-Guanbiao-Mail-Id},
 *                  used as the file name by {@link FileMailTransport}); letters, digits, {@code . _ -} only
 * @param recipient one address, e.g. {@code zhangsan@example.com}
 * @param subject   the subject as people read it (non-ASCII is encoded when the message is built)
 * @param htmlBody  the HTML part
 * @param textBody  the plain-text part
 * @param attachments files sent with it (e.g. the official document the mail announces); may be empty
 */
public record OutgoingMail(String id, String recipient, String subject, String htmlBody, String textBody,
                           List<MailAttachment> attachments) {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    public OutgoingMail {
        Objects.requireNonNull(id, "id");
        if (!SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "Mail id must be 1-200 characters of letters, digits, '.', '_' or '-' and start with a letter or digit: "
                            + id);
        }
        requireText(recipient, "recipient");
        requireText(subject, "subject");
        Objects.requireNonNull(htmlBody, "htmlBody");
        Objects.requireNonNull(textBody, "textBody");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public OutgoingMail(String id, String recipient, String subject, String htmlBody, String textBody) {
        this(id, recipient, subject, htmlBody, textBody, List.of());
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(name + " must be a single line");
        }
    }
}

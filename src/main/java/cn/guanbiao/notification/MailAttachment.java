package cn.guanbiao.notification;

import java.util.Objects;

/** A file that goes with an e-mail, e.g. the official document (PDF) the mail announces. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}

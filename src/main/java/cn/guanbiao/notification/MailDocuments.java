package cn.guanbiao.notification;

import java.util.Optional;

/**
 * Makes the document a queued e-mail carries ({@code mail_outbox.document}) when the mail is sent: documents are made
 * from the project's tables each time, never stored in the outbox.
 */
public interface MailDocuments {

    /** Empty when the document cannot be made now; the mail is then sent without it. */
    Optional<MailAttachment> attachment(String applicationNo, String document);
}

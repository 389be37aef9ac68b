package cn.guanbiao.document;

import java.util.Optional;

import cn.guanbiao.application.ApplicationDocument;
import cn.guanbiao.application.Applications;
import cn.guanbiao.notification.MailAttachment;
import cn.guanbiao.notification.MailDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Attaches the document a status e-mail announces (the receipt, the award decision, the decision not to award). When
 * it cannot be made (no font on this machine, a payment not booked), the mail goes without it: the news matters more,
 * and the status page offers the document once it can be made.
 */
@Component
class ApplicationDocumentMails implements MailDocuments {

    private static final Logger log = LoggerFactory.getLogger(ApplicationDocumentMails.class);

    private final Applications applications;
    private final ApplicationDocuments documents;

    ApplicationDocumentMails(Applications applications, ApplicationDocuments documents) {
        this.applications = applications;
        this.documents = documents;
    }

    @Override
    public Optional<MailAttachment> attachment(String applicationNo, String document) {
        ApplicationDocument kind;
        try {
            kind = ApplicationDocument.valueOf(document);
        } catch (IllegalArgumentException unknown) {
            log.warn("Mail for {} names an unknown document {}: sent without it", applicationNo, document);
            return Optional.empty();
        }
        return applications.find(applicationNo).flatMap(application -> {
            try {
                ApplicationDocuments.Pdf pdf = documents.pdf(application, kind);
                return Optional.of(new MailAttachment(pdf.fileName(), "application/pdf", pdf.content()));
            } catch (DocumentRefusedException | DocumentUnavailableException e) {
                log.warn("Mail for {} goes without its {}: {}", applicationNo, kind.label(), e.getMessage());
                return Optional.empty();
            }
        });
    }
}

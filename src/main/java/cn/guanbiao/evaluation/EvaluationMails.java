package cn.guanbiao.evaluation;

import java.time.LocalDate;

import cn.guanbiao.application.Applications;
import cn.guanbiao.application.StatusLinks;
import cn.guanbiao.notification.ComposedMail;
import cn.guanbiao.notification.EvaluationMail;
import cn.guanbiao.notification.EvaluationMailComposer;
import cn.guanbiao.notification.MailOutbox;
import org.springframework.stereotype.Component;

/** Queues the evaluation e-mails to the unit's contact, with the link to the report page. */
@Component
class EvaluationMails {

    private final Applications applications;
    private final EvaluationMailComposer composer;
    private final MailOutbox outbox;
    private final StatusLinks links;

    EvaluationMails(Applications applications, EvaluationMailComposer composer, MailOutbox outbox, StatusLinks links) {
        this.applications = applications;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
    }

    void send(EvaluationMail.Kind kind, String applicationNo, LocalDate deadline) {
        Applications.Addressee to = applications.addressee(applicationNo);
        ComposedMail mail = composer.compose(new EvaluationMail(kind, applicationNo, to.orgName(), to.contactName(),
                deadline, links.evaluationPage(applicationNo, to.trackingToken())));
        outbox.queue(applicationNo, to.contactEmail(), mail.subject(), mail.html(), mail.text());
    }
}

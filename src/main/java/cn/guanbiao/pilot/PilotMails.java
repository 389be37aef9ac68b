package cn.guanbiao.pilot;

import java.time.Clock;
import java.time.LocalDate;

import cn.guanbiao.notification.ComposedMail;
import cn.guanbiao.notification.MailOutbox;
import cn.guanbiao.notification.PilotMail;
import cn.guanbiao.notification.PilotMailComposer;
import cn.guanbiao.pilot.PilotEnterprises.PilotEnterprise;
import cn.guanbiao.reference.Districts;
import org.springframework.stereotype.Component;

/** Queues the e-mails to a piloted enterprise's contact person (none when the district gave only a phone number). */
@Component
class PilotMails {

    private final PilotEnterprises enterprises;
    private final Districts districts;
    private final PilotMailComposer composer;
    private final MailOutbox outbox;
    private final Clock clock;

    PilotMails(PilotEnterprises enterprises, Districts districts, PilotMailComposer composer, MailOutbox outbox, Clock clock) {
        this.enterprises = enterprises;
        this.districts = districts;
        this.composer = composer;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** {@code caseNo}: the participation's business key, under which the mail is filed. */
    void send(PilotMail.Kind kind, String caseNo, String creditCode, int year, LocalDate deadline) {
        PilotEnterprise e = enterprises.find(creditCode).orElseThrow();
        if (e.contactEmail() == null || e.contactEmail().isBlank()) {
            return;
        }
        String office = districts.find(e.districtCode()).map(d -> d.name() + "知识产权局").orElse("区县知识产权局");
        ComposedMail mail = composer.compose(new PilotMail(kind, e.name(), e.contactName(), year, office, deadline),
                LocalDate.now(clock));
        outbox.queue(caseNo, e.contactEmail(), mail.subject(), mail.html(), mail.text());
    }
}

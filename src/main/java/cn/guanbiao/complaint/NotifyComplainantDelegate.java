package cn.guanbiao.complaint;

import cn.guanbiao.application.Applications;
import cn.guanbiao.notification.ComplaintMail;
import cn.guanbiao.notification.ComplaintMailComposer;
import cn.guanbiao.notification.ComposedMail;
import cn.guanbiao.notification.MailOutbox;
import cn.guanbiao.account.Ledger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 告知投诉人: the outcome goes to the address the complainant left, through the outbox like every e-mail. */
@Component("notifyComplainant")
class NotifyComplainantDelegate implements JavaDelegate {

    private final Complaints complaints;
    private final Applications applications;
    private final ComplaintMailComposer composer;
    private final MailOutbox outbox;
    private final Ledger ledger;

    NotifyComplainantDelegate(Complaints complaints, Applications applications, ComplaintMailComposer composer,
            MailOutbox outbox, Ledger ledger) {
        this.ledger = ledger;
        this.complaints = complaints;
        this.applications = applications;
        this.composer = composer;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = complaints.get(execution.getProcessBusinessKey());
        if (!complaint.hasContactEmail()) {
            return;
        }
        ComposedMail mail = composer.compose(new ComplaintMail(complaint.referenceNo(), complaint.contactName(),
                concerning(complaint), complaint.receivedAt(), outcome(complaint), complaint.findings(), complaint.decidedAt()));
        outbox.queue(complaint.referenceNo(), complaint.contactEmail(), mail.subject(), mail.html(), mail.text());
    }

    private String concerning(Complaint complaint) {
        if (complaint.subject() == ComplaintSubject.AWARD) {
            return applications.get(complaint.applicationNo()).orgName() + "（申请编号 " + complaint.applicationNo()
                    + (paid(complaint) ? "）获得的贯标认证奖励" : "）申请的贯标认证奖励");
        }
        return "认证机构“" + complaint.certificationBody() + "”";
    }

    private ComplaintMail.Outcome outcome(Complaint complaint) {
        if (complaint.status() != ComplaintStatus.CONFIRMED) {
            return ComplaintMail.Outcome.UNFOUNDED;
        }
        if (complaint.subject() == ComplaintSubject.CERTIFICATION_BODY) {
            return ComplaintMail.Outcome.CONFIRMED_BODY;
        }
        return paid(complaint) ? ComplaintMail.Outcome.CONFIRMED_AWARD : ComplaintMail.Outcome.CONFIRMED_UNPAID_AWARD;
    }

    /** Nothing is paid while a complaint about the application is open or confirmed: paid now means paid before it. */
    private boolean paid(Complaint complaint) {
        return ledger.payment(complaint.applicationNo()).isPresent();
    }
}

package cn.guanbiao.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.guanbiao.notification.MailOutbox;
import cn.guanbiao.notification.ComposedMail;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way an application changes status: the row, an event on its timeline, the {@code status} process
 * variable and an e-mail to the applicant, all in the caller's transaction; leaving progress also frees the unit to
 * apply again ({@link ApplicationsInProgress}). Those who keep an account of the application hear of each change
 * ({@link ApplicationStatusChanged}) in the same transaction.
 */
@Service
public class StatusChanges {

    private final Applications applications;
    private final ApplicationsInProgress inProgress;
    private final ApplicationEvents events;
    private final StatusMailComposer composer;
    private final MailOutbox outbox;
    private final IdentityService identityService;
    private final StatusLinks links;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public StatusChanges(Applications applications, ApplicationsInProgress inProgress, ApplicationEvents events,
            StatusMailComposer composer, MailOutbox outbox, IdentityService identityService, StatusLinks links,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.inProgress = inProgress;
        this.events = events;
        this.composer = composer;
        this.outbox = outbox;
        this.identityService = identityService;
        this.links = links;
        this.publisher = publisher;
    }

    /** A change made by a step of the process; the user behind it is the one who completed the last task, if any. */
    @Transactional
    public void change(DelegateExecution execution, ApplicationStatus status, String detail, LocalDate deadline) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        change(applicationNo, status, currentUser(), detail, deadline);
        AwardApplicationVariables.of(execution).setStatus(status);
    }

    /** As above; the e-mail names {@code amount} (e.g. the sum to pay back) instead of the award. */
    @Transactional
    public void change(DelegateExecution execution, ApplicationStatus status, String detail, LocalDate deadline,
            BigDecimal amount) {
        String applicationNo = ProcessVariables.applicationNo(execution);
        change(applicationNo, status, currentUser(), detail, deadline, amount);
        AwardApplicationVariables.of(execution).setStatus(status);
    }

    @Transactional
    public void change(String applicationNo, ApplicationStatus status, String actor, String detail, LocalDate deadline) {
        change(applicationNo, status, actor, detail, deadline, null);
    }

    /** As above, the e-mail worded for the occasion (back to PAID after a spot check is not a second payment). */
    @Transactional
    public void changeOnOccasion(String applicationNo, ApplicationStatus status, String actor, String detail,
            StatusMail.Occasion occasion) {
        change(applicationNo, status, actor, detail, null, null, occasion);
    }

    /**
     * The first status, {@code SUBMITTED}, which the new row already holds: its event and its e-mail, to the
     * addressee the form names (nothing to update, nothing to read back while the applicant waits for the answer).
     */
    @Transactional
    public void submitted(String applicationNo, Applications.Addressee to, String detail) {
        LocalDateTime now = LocalDateTime.now(clock);
        events.add(applicationNo, ApplicationStatus.SUBMITTED, null, detail, now);
        mail(applicationNo, to, ApplicationStatus.SUBMITTED, detail, null, null, now, null);
    }

    private void change(String applicationNo, ApplicationStatus status, String actor, String detail, LocalDate deadline,
            BigDecimal amount) {
        change(applicationNo, status, actor, detail, deadline, amount, null);
    }

    private void change(String applicationNo, ApplicationStatus status, String actor, String detail, LocalDate deadline,
            BigDecimal amount, StatusMail.Occasion occasion) {
        LocalDateTime now = LocalDateTime.now(clock);
        applications.updateStatus(applicationNo, status, detail);
        if (!ApplicationStatus.ACTIVE.contains(status)) {
            inProgress.release(applicationNo);
        }
        events.add(applicationNo, status, actor, detail, now);
        mail(applicationNo, applications.addressee(applicationNo), status, detail, deadline, amount, now, occasion);
        publisher.publishEvent(new ApplicationStatusChanged(applicationNo, status, now));
    }

    private void mail(String applicationNo, Applications.Addressee to, ApplicationStatus status, String detail,
            LocalDate deadline, BigDecimal amount, LocalDateTime now, StatusMail.Occasion occasion) {
        ComposedMail mail = composer.compose(new StatusMail(applicationNo, to.orgName(), to.contactName(), status, detail,
                amount != null ? amount : to.awardAmount(), links.statusPage(applicationNo, to.trackingToken()), deadline,
                now, occasion));
        outbox.queue(applicationNo, to.contactEmail(), mail.subject(), mail.html(), mail.text(),
                ApplicationDocument.announcedBy(status, occasion).map(Enum::name).orElse(null));
    }

    private String currentUser() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}

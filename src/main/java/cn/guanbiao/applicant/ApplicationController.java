package cn.guanbiao.applicant;

import cn.guanbiao.application.AwardApplicationVariables;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.Application;
import cn.guanbiao.application.ApplicationEvents;
import cn.guanbiao.application.Attachments;
import cn.guanbiao.application.ApplicationForm;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import cn.guanbiao.calendar.Deadlines;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngineException;
import cn.guanbiao.platform.StaffNames;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The applicant's API (DOMAIN §5): submit, follow with the tracking token, correct when returned. */
@RestController
@RequestMapping("/api/applications")
class ApplicationController {

    static final String TOKEN_HEADER = "X-Tracking-Token";

    /**
     * DOMAIN §5 {@code applicationNo, status, awardAmount, events}, and for the status page: the award and how it was
     * computed (from {@code AWAITING_DECISION} on, else null), the application as submitted (the JSON of §5, to
     * prefill a correction), the files, whether files may still be added, the last day to correct, and where the case is
     * on its way (the step indicator; null without a process).
     */
    record StatusView(String applicationNo, ApplicationStatus status, String statusLabel, String statusReason,
            BigDecimal awardAmount, List<EventView> events, AwardExplanations.AwardView award,
            ApplicationForm application, List<AttachmentController.AttachmentView> attachments,
            boolean uploadsAllowed, LocalDate correctionDeadline, ApplicationProgress.ProgressView progress) {
    }

    /** {@code actor}: the office that decided where a person did (DOMAIN §6), never a login id. */
    record EventView(LocalDateTime at, ApplicationStatus status, String statusLabel, String actor, String detail) {
    }

    private final ApplicationIntake intake;
    private final Corrections corrections;
    private final Applications applications;
    private final ApplicationEvents events;
    private final AwardExplanations awards;
    private final Attachments attachments;
    private final RuntimeService runtimeService;
    private final ApplicationProgress progress;
    private final StaffNames staffNames;

    ApplicationController(ApplicationIntake intake, Corrections corrections, Applications applications,
            ApplicationEvents events, AwardExplanations awards, Attachments attachments,
            RuntimeService runtimeService, ApplicationProgress progress, StaffNames staffNames) {
        this.staffNames = staffNames;
        this.intake = intake;
        this.corrections = corrections;
        this.applications = applications;
        this.events = events;
        this.awards = awards;
        this.attachments = attachments;
        this.runtimeService = runtimeService;
        this.progress = progress;
    }

    @PostMapping
    ResponseEntity<ApplicationIntake.Accepted> submit(@RequestBody JsonNode body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(intake.submit(body));
    }

    @GetMapping("/{applicationNo}")
    ResponseEntity<StatusView> status(@PathVariable String applicationNo,
            @RequestHeader(name = TOKEN_HEADER, required = false) String token) {
        return withToken(applicationNo, token).map(a -> ResponseEntity.ok(view(a)))
                .orElse(ResponseEntity.notFound().build());
    }

    @PutMapping("/{applicationNo}")
    ResponseEntity<StatusView> correct(@PathVariable String applicationNo,
            @RequestHeader(name = TOKEN_HEADER, required = false) String token, @RequestBody JsonNode body) {
        Optional<Application> application = withToken(applicationNo, token);
        if (application.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        corrections.correct(application.get(), body);
        return ResponseEntity.ok(view(applications.get(applicationNo)));
    }

    /** A wrong or missing token looks exactly like an unknown application. */
    private Optional<Application> withToken(String applicationNo, String token) {
        return applications.findTracked(applicationNo, token);
    }

    private StatusView view(Application application) {
        return new StatusView(application.applicationNo(), application.status(), application.status().label(),
                application.statusReason(), application.awardAmount(),
                events.of(application.applicationNo()).stream()
                        .map(e -> new EventView(e.occurredAt(), e.status(), e.status().label(), staffNames.office(e.actor()),
                                e.detail()))
                        .toList(),
                awards.of(application).orElse(null), application.form(),
                attachments.of(application.applicationNo()).stream().map(AttachmentController.AttachmentView::of).toList(),
                AttachmentUploads.takesFiles(application.status()), correctionDeadline(application),
                progress.of(application.applicationNo()).orElse(null));
    }

    /** The last working day to correct (the deadline is the midnight after it), while the application waits for it. */
    private LocalDate correctionDeadline(Application application) {
        if (application.status() != ApplicationStatus.RETURNED_FOR_CORRECTION || application.processInstanceId() == null) {
            return null;
        }
        try {
            Date deadline = AwardApplicationVariables.of(runtimeService.getVariables(application.processInstanceId(),
                    List.of(ProcessVariables.CORRECTION_DEADLINE))).correctionDeadline();
            return deadline == null ? null : Deadlines.lastDay(deadline);
        } catch (ProcessEngineException ended) {
            return null;
        }
    }
}

package cn.guanbiao.applicant;

import cn.guanbiao.application.AuditStage;
import cn.guanbiao.application.AttachmentKind;
import cn.guanbiao.application.FeeKind;
import cn.guanbiao.application.AwardLevel;
import cn.guanbiao.application.ApplicantType;
import cn.guanbiao.application.Honour;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.guanbiao.call.AwardCall;
import cn.guanbiao.call.AwardCalls;
import cn.guanbiao.reference.CertificationBodies;
import cn.guanbiao.reference.Districts;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The applicant's pages (no login): the application form of an open call, and the status page of one application,
 * which reads its tracking token from the link's fragment and asks the API with it. The pages themselves hold
 * nothing of any application: everything an applicant sees of theirs comes from the API with the token.
 */
@Controller
class ApplicationPages {

    /** Scripts and styles only from here; no inline script, no framing, no form posted elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static final Pattern APPLICATION_NO = Pattern.compile("[A-Za-z0-9-]{1,30}");

    record Option(String value, String label) {
    }

    record StandardOption(String value, String types) {
    }

    record BodyOption(String name, String describe) {
    }

    private final OpenCalls openCalls;
    private final AwardCalls calls;
    private final Districts districts;
    private final CertificationBodies bodies;
    private final AttachmentUploads uploads;
    private final Clock clock;

    ApplicationPages(OpenCalls openCalls, AwardCalls calls, Districts districts, CertificationBodies bodies,
            AttachmentUploads uploads, Clock clock) {
        this.openCalls = openCalls;
        this.calls = calls;
        this.districts = districts;
        this.bodies = bodies;
        this.uploads = uploads;
        this.clock = clock;
    }

    @GetMapping("/applications/new")
    String newApplication(@RequestParam(name = "callId", required = false) String callId, Model model,
            HttpServletResponse response) {
        secure(response);
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<AwardCall> call = Optional.empty();
        if (callId != null && !callId.isBlank()) {
            Optional<String> whyNot = calls.whyNotOpen(callId.strip(), now);
            if (whyNot.isPresent()) {
                model.addAttribute("callProblem", whyNot.get());
            } else {
                call = calls.find(callId.strip());
            }
        }
        model.addAttribute("call", call.orElse(null));
        model.addAttribute("openCalls", call.isPresent() ? List.of() : openCalls.at(now));
        formOptions(model);
        return "applications/new";
    }

    @GetMapping("/applications/{applicationNo}")
    String status(@PathVariable String applicationNo, Model model, HttpServletResponse response) {
        if (!APPLICATION_NO.matcher(applicationNo).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        secure(response);
        model.addAttribute("applicationNo", applicationNo);
        model.addAttribute("call", null);
        formOptions(model);
        return "applications/status";
    }

    /** Where the e-mail a year after the award leads: the unit reports its IP indicators (R9). */
    @GetMapping("/applications/{applicationNo}/evaluation")
    String evaluation(@PathVariable String applicationNo, Model model, HttpServletResponse response) {
        if (!APPLICATION_NO.matcher(applicationNo).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        secure(response);
        model.addAttribute("applicationNo", applicationNo);
        return "applications/evaluation";
    }

    private void formOptions(Model model) {
        model.addAttribute("applicantTypes", Arrays.stream(ApplicantType.values())
                .map(t -> new Option(t.name(), t.label())).toList());
        model.addAttribute("standards", Arrays.stream(ApplicantType.values())
                .flatMap(t -> t.standards().stream().sorted().map(s -> new StandardOption(s, t.name()))).toList());
        model.addAttribute("districts", districts.all().stream()
                .map(d -> new Option(d.code(), d.code() + " " + d.name())).toList());
        model.addAttribute("bodies", bodies.all().stream()
                .map(b -> new BodyOption(b.name(), b.describe())).toList());
        model.addAttribute("auditStages", Arrays.stream(AuditStage.values()).map(s -> new Option(s.name(), s.label())).toList());
        model.addAttribute("honours", Arrays.stream(Honour.values()).map(h -> new Option(h.name(), h.label())).toList());
        model.addAttribute("feeKinds", Arrays.stream(FeeKind.values()).map(k -> new Option(k.name(), k.label())).toList());
        model.addAttribute("awardLevels", Arrays.stream(AwardLevel.values()).map(l -> new Option(l.name(), l.label())).toList());
        model.addAttribute("attachmentKinds", Arrays.stream(AttachmentKind.values())
                .map(k -> new Option(k.name(), k.label())).toList());
        model.addAttribute("maxBytes", uploads.maxBytes());
        model.addAttribute("maxSize", uploads.maxSizeText());
        model.addAttribute("maxAttachments", AttachmentUploads.MAX_PER_APPLICATION);
    }

    private static void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
    }
}

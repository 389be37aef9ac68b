package cn.guanbiao.applicant;

import cn.guanbiao.platform.CommonVariables;
import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.application.ApplicationFormSaved;
import cn.guanbiao.application.ApplicationFormReader;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.TrackingTokens;
import cn.guanbiao.application.StatusChanges;
import cn.guanbiao.application.ApplicationForm;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.ApplicationsInProgress;
import cn.guanbiao.application.Applications;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import cn.guanbiao.call.AwardCalls;
import cn.guanbiao.reference.Districts;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an application in: checks it, stores it and starts its process in one transaction, so that it is
 * either accepted and started or refused with nothing started. The unit's one application in progress is taken last
 * ({@link ApplicationsInProgress}): of simultaneous submissions of a unit, the others are refused there and roll back.
 */
@Service
public class ApplicationIntake {

    public record Accepted(String applicationNo, String processInstanceId, String trackingToken) {
    }

    private final ApplicationFormReader reader;
    private final Applications applications;
    private final ApplicationsInProgress inProgress;
    private final AwardCalls calls;
    private final Districts districts;
    private final TrackingTokens tokens;
    private final StatusChanges statusChanges;
    private final RuntimeService runtimeService;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ApplicationIntake(ApplicationFormReader reader, Applications applications, ApplicationsInProgress inProgress,
            AwardCalls calls, Districts districts, TrackingTokens tokens, StatusChanges statusChanges,
            RuntimeService runtimeService, ApplicationEventPublisher events, Clock clock) {
        this.reader = reader;
        this.applications = applications;
        this.inProgress = inProgress;
        this.calls = calls;
        this.districts = districts;
        this.tokens = tokens;
        this.statusChanges = statusChanges;
        this.runtimeService = runtimeService;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Accepted submit(JsonNode json) {
        ApplicationForm form = reader.read(json);
        LocalDateTime now = LocalDateTime.now(clock);
        checkAgainstReferenceData(form, now, true);
        String applicationNo = applications.nextApplicationNo(now.getYear());
        String token = tokens.newToken();
        // the process waits after its start event, so nothing of it reads the row before this transaction ends
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(ProcessVariables.PROCESS_KEY, applicationNo,
                Variables.createVariables()
                        .putValue(CommonVariables.APPLICATION_NO, applicationNo)
                        .putValue(CommonVariables.CALL_ID, form.callId())
                        .putValue(CommonVariables.ORG_NAME, form.orgName())
                        .putValue(ProcessVariables.APPLICANT_TYPE, form.applicantType().name())
                        .putValue(CommonVariables.DISTRICT_CODE, form.districtCode())
                        .putValue(ProcessVariables.STATUS, ApplicationStatus.SUBMITTED.name()));
        String accepted = "申请已受理，申请编号 " + applicationNo;
        applications.insert(applicationNo, form, token, instance.getId(), accepted, now);
        events.publishEvent(new ApplicationFormSaved(applicationNo, form, now));
        statusChanges.submitted(applicationNo,
                new Applications.Addressee(form.orgName(), form.contactName(), form.contactEmail(), null, token), accepted);
        // last: a simultaneous submission of the unit that took the row first holds it only until its commit
        inProgress.claim(form.creditCode(), applicationNo);
        return new Accepted(applicationNo, instance.getId(), token);
    }

    /**
     * Checks what the reference data and today decide; the call's window only for a new application. A certificate
     * issued after today cannot exist (one not valid on the day of application is for the qualification check).
     */
    void checkAgainstReferenceData(ApplicationForm form, LocalDateTime now, boolean isNew) {
        List<FieldError> errors = new ArrayList<>();
        if (isNew) {
            calls.whyNotOpen(form.callId(), now).ifPresent(why -> errors.add(new FieldError("callId", why)));
        }
        if (form.certificateIssuedOn().isAfter(now.toLocalDate())) {
            errors.add(new FieldError("certificateIssuedOn", "发证日期不能晚于今天（" + now.toLocalDate() + "）"));
        }
        if (!districts.exists(form.districtCode())) {
            errors.add(new FieldError("districtCode", "所在区县不在本市区县名单中：" + form.districtCode()));
        }
        // named here beside the other errors; what decides between simultaneous submissions is the claim in submit
        if (isNew && inProgress.hasOne(form.creditCode())) {
            errors.add(new FieldError("creditCode", ApplicationsInProgress.REFUSAL));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}

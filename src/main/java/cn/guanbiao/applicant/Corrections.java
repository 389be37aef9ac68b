package cn.guanbiao.applicant;

import cn.guanbiao.platform.CommonVariables;
import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.application.ApplicationFormSaved;
import cn.guanbiao.application.ApplicationFormReader;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.application.Application;
import cn.guanbiao.application.ApplicationForm;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.FieldError;
import cn.guanbiao.application.Applications;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An applicant corrects an application that a reviewer returned; the review then starts again. */
@Service
public class Corrections {

    private final ApplicationFormReader reader;
    private final Applications applications;
    private final ApplicationIntake intake;
    private final RuntimeService runtimeService;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Corrections(ApplicationFormReader reader, Applications applications, ApplicationIntake intake,
            RuntimeService runtimeService,
            ApplicationEventPublisher events, Clock clock) {
        this.reader = reader;
        this.applications = applications;
        this.intake = intake;
        this.runtimeService = runtimeService;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void correct(Application application, JsonNode json) {
        Application current = applications.lock(application.applicationNo());
        if (current.status() != ApplicationStatus.RETURNED_FOR_CORRECTION) {
            throw new NotCorrectableException(current.status());
        }
        ApplicationForm form = reader.read(json);
        List<FieldError> errors = new ArrayList<>();
        if (!form.callId().equals(current.callId())) {
            errors.add(new FieldError("callId", "补正时不能更换申报批次"));
        }
        if (!form.creditCode().equals(current.creditCode())) {
            errors.add(new FieldError("creditCode", "补正时不能更换申请单位"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        intake.checkAgainstReferenceData(form, now, false);
        applications.replaceForm(current.applicationNo(), form);
        events.publishEvent(new ApplicationFormSaved(current.applicationNo(), form, now));
        runtimeService.createMessageCorrelation(ProcessVariables.MESSAGE_APPLICATION_CORRECTED)
                .processInstanceBusinessKey(current.applicationNo())
                .setVariable(CommonVariables.DISTRICT_CODE, form.districtCode())
                .setVariable(ProcessVariables.APPLICANT_TYPE, form.applicantType().name())
                .setVariable(CommonVariables.ORG_NAME, form.orgName())
                .correlate();
    }

    public static class NotCorrectableException extends RuntimeException {
        public NotCorrectableException(ApplicationStatus status) {
            super("申请当前状态为“" + status.label() + "”，不在退回补正阶段，不能修改");
        }
    }
}

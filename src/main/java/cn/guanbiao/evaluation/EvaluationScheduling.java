package cn.guanbiao.evaluation;

import cn.guanbiao.platform.CommonVariables;
import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;

import cn.guanbiao.application.Application;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.calendar.WorkingDays;
import cn.guanbiao.payment.AwardPaid;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every paid award gets its performance evaluation, {@code app.evaluation.after} (default 12 months) later. */
@Component
class EvaluationScheduling {

    private final RuntimeService runtimeService;
    private final Applications applications;
    private final Period after;
    private final Clock clock;

    EvaluationScheduling(RuntimeService runtimeService, Applications applications,
            @Value("${app.evaluation.after:P12M}") Period after, Clock clock) {
        this.runtimeService = runtimeService;
        this.applications = applications;
        this.after = after;
        this.clock = clock;
    }

    @EventListener
    void awardPaid(AwardPaid paid) {
        Application application = applications.get(paid.applicationNo());
        Date dueAt = Date.from(ZonedDateTime.now(clock.withZone(WorkingDays.ZONE)).plus(after).toInstant());
        runtimeService.startProcessInstanceByKey(EvaluationVariables.PROCESS_KEY, application.applicationNo(),
                Variables.createVariables()
                        .putValue(CommonVariables.APPLICATION_NO, application.applicationNo())
                        .putValue(CommonVariables.ORG_NAME, application.orgName())
                        .putValue(CommonVariables.DISTRICT_CODE, application.form().districtCode())
                        .putValue(EvaluationVariables.DUE_AT, dueAt));
    }
}

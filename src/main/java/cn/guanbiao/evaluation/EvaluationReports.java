package cn.guanbiao.evaluation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import cn.guanbiao.application.Application;
import cn.guanbiao.application.Applications;
import cn.guanbiao.application.IpIndicatorRecords;
import cn.guanbiao.application.IpIndicators;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unit reports its indicators through the link in the e-mail; the district office then scores them. */
@Service
public class EvaluationReports {

    public enum Result { ACCEPTED, NOT_FOUND, NOT_EXPECTED }

    private final Applications applications;
    private final IpIndicatorRecords indicators;
    private final Evaluations evaluations;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public EvaluationReports(Applications applications, IpIndicatorRecords indicators, Evaluations evaluations,
            RuntimeService runtimeService, Clock clock) {
        this.applications = applications;
        this.indicators = indicators;
        this.evaluations = evaluations;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Stores the report and moves the evaluation on, or says why not; bad values are refused field by field. */
    @Transactional
    public Result report(String applicationNo, String token, JsonNode body) {
        Optional<Application> application = applications.findTracked(applicationNo, token);
        if (application.isEmpty()) {
            return Result.NOT_FOUND;
        }
        Optional<Execution> waiting = waitingForReport(applicationNo);
        if (waiting.isEmpty()) {
            return Result.NOT_EXPECTED;
        }
        IpIndicators reported = IpIndicators.fromJson(body);
        indicators.save(applicationNo, IpIndicatorRecords.Kind.REPORTED, reported);
        evaluations.reported(applicationNo, LocalDateTime.now(clock));
        runtimeService.createMessageCorrelation(EvaluationVariables.MESSAGE_REPORTED)
                .processInstanceId(waiting.get().getProcessInstanceId())
                .correlate();
        return Result.ACCEPTED;
    }

    public boolean awaitsReport(String applicationNo) {
        return waitingForReport(applicationNo).isPresent();
    }

    private Optional<Execution> waitingForReport(String applicationNo) {
        return runtimeService.createExecutionQuery().processDefinitionKey(EvaluationVariables.PROCESS_KEY)
                .processInstanceBusinessKey(applicationNo)
                .messageEventSubscriptionName(EvaluationVariables.MESSAGE_REPORTED).list().stream().findFirst();
    }
}

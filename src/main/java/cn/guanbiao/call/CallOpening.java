package cn.guanbiao.call;

import cn.guanbiao.platform.CommonVariables;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipal office opens a call with a window and a budget, and may close it early. */
@Service
public class CallOpening {

    public record Opened(String callId, String processInstanceId) {
    }

    private final AwardCalls calls;
    private final RuntimeService runtimeService;

    public CallOpening(AwardCalls calls, RuntimeService runtimeService) {
        this.calls = calls;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public Opened open(int year, LocalDateTime opensAt, LocalDateTime closesAt, BigDecimal budget) {
        String callId = calls.nextCallId(year);
        calls.insert(callId, year, opensAt, closesAt, budget);
        Date closes = Date.from(closesAt.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(CallVariables.PROCESS_KEY, callId,
                Variables.createVariables().putValue(CommonVariables.CALL_ID, callId).putValue(CallVariables.CLOSES_AT, closes));
        calls.setProcessInstanceId(callId, instance.getId());
        return new Opened(callId, instance.getId());
    }

    /** Closes the call now; false when it is not open. */
    @Transactional
    public boolean close(String callId) {
        boolean waiting = runtimeService.createExecutionQuery()
                .processInstanceBusinessKey(callId)
                .messageEventSubscriptionName(CallVariables.MESSAGE_CLOSE_CALL)
                .count() > 0;
        if (!waiting) {
            return false;
        }
        runtimeService.createMessageCorrelation(CallVariables.MESSAGE_CLOSE_CALL).processInstanceBusinessKey(callId).correlate();
        return true;
    }
}

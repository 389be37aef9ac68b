package cn.guanbiao.call;

import java.util.List;
import java.util.Map;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.credit.CreditCheck;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The approved list goes out: the call is decided (budget reserved, see {@link CallDecisions}) in this transaction,
 * and each waiting application receives its decision ({@code CallDecided}, funded or not) in a job of its own —
 * an asynchronous message correlation, one batch for the funded and one for the others, one job per application.
 * A job that fails is retried alone; one that runs again after its application received the message finds no
 * subscription and changes nothing, so each application is decided exactly once.
 */
@Component("releaseCallDecisions")
class ReleaseCallDecisionsDelegate implements JavaDelegate {

    private final CallDecisions callDecisions;
    private final AwardCalls calls;
    private final RuntimeService runtimeService;

    ReleaseCallDecisionsDelegate(CallDecisions callDecisions, AwardCalls calls, RuntimeService runtimeService) {
        this.callDecisions = callDecisions;
        this.calls = calls;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CallDecisions.Decision decision = callDecisions.decide(execution.getProcessBusinessKey());
        deliver(decision.funded(), true);
        deliver(decision.notFunded(), false);
        refuseForCredit(decision.creditBlocked());
        calls.markDecided(decision.callId());
    }

    /**
     * Not funded, and rejected for the unit's credit (R5): each gets its reason first (few, if any), then the decision
     * like the others; {@code creditResult} BLOCKED routes it to the rejection instead of 本批次未获资助.
     */
    private void refuseForCredit(Map<String, String> reasonByProcessInstance) {
        reasonByProcessInstance.forEach((processInstanceId, reason) -> runtimeService.setVariables(processInstanceId,
                Variables.createVariables().putValue(ProcessVariables.CREDIT_RESULT, CreditCheck.Outcome.BLOCKED.name())
                        .putValue(ProcessVariables.REJECTION_REASON, reason)));
        deliver(List.copyOf(reasonByProcessInstance.keySet()), false);
    }

    private void deliver(List<String> processInstanceIds, boolean funded) {
        if (processInstanceIds.isEmpty()) {
            return;
        }
        runtimeService.createMessageCorrelationAsync(ProcessVariables.MESSAGE_CALL_DECIDED)
                .processInstanceIds(processInstanceIds)
                .setVariables(Variables.createVariables().putValue(ProcessVariables.FUNDED, funded))
                .correlateAllAsync();
    }
}

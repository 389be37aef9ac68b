package cn.guanbiao.call;

import cn.guanbiao.application.Applications;
import cn.guanbiao.application.ProcessVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The approved list goes out: budget is reserved for each funded application (a conditional update, so the
 * budget can never be overspent) and every waiting application receives its decision.
 */
@Component("releaseCallDecisions")
class ReleaseCallDecisionsDelegate implements JavaDelegate {

    private final AwardLists awardLists;
    private final AwardCalls calls;
    private final Applications applications;
    private final RuntimeService runtimeService;

    ReleaseCallDecisionsDelegate(AwardLists awardLists, AwardCalls calls, Applications applications,
            RuntimeService runtimeService) {
        this.awardLists = awardLists;
        this.calls = calls;
        this.applications = applications;
        this.runtimeService = runtimeService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String callId = execution.getProcessBusinessKey();
        for (MeritOrder.Placement placement : awardLists.rank(callId).placements()) {
            String applicationNo = placement.candidate().applicationNo();
            boolean funded = placement.funded() && calls.reserve(callId, placement.candidate().amount());
            if (funded) {
                applications.updateReservedAmount(applicationNo, placement.candidate().amount());
            }
            runtimeService.createMessageCorrelation(ProcessVariables.MESSAGE_CALL_DECIDED)
                    .processInstanceBusinessKey(applicationNo)
                    .setVariables(Variables.createVariables().putValue(ProcessVariables.FUNDED, funded))
                    .correlate();
        }
        calls.markDecided(callId);
    }
}

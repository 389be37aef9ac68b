package cn.guanbiao.application;

import cn.guanbiao.platform.HistoryPolicy;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.springframework.stereotype.Component;

/**
 * The variables of {@code award-application} keep their latest value in the engine's history, not every change of
 * it: each change that matters is recorded by the programme itself, with who and when, and outlives the engine's
 * history: a status in {@code application_event} (what the status page shows), a reviewer's decision and comment in
 * {@code review_decision}, the award in the application. Change by change, they were a third of the history rows
 * an application wrote (issue 6), each stamped once more with a removal time when the application ends.
 */
@Component
class ApplicationVariableHistory implements HistoryPolicy {

    @Override
    public boolean keepsChange(HistoricVariableUpdateEventEntity change) {
        return !ProcessVariables.PROCESS_KEY.equals(change.getProcessDefinitionKey());
    }
}

package cn.guanbiao.platform;

import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.jobexecutor.TimerExecuteNestedActivityJobHandler;
import org.springframework.stereotype.Component;

/**
 * A boundary timer (a reminder, an escalation, a deadline) leaves a job-log row only when it fires, successfully or
 * not. Most never fire: every review task has two, created with the task and deleted with it, and logging both ends
 * of each was four rows per task in the job log, and as many to stamp with a removal time at the end, that said
 * nothing the task's own history does not.
 */
@Component
class UnfiredTimerHistory implements HistoryPolicy {

    @Override
    public boolean keeps(HistoryEvent event) {
        return !(event instanceof HistoricJobLogEvent log
                && TimerExecuteNestedActivityJobHandler.TYPE.equals(log.getJobDefinitionType())
                && (log.isCreationLog() || log.isDeletionLog()));
    }
}

package cn.guanbiao.review;

import cn.guanbiao.application.ProcessVariables;
import cn.guanbiao.platform.HistoryPolicy;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.stereotype.Component;

/**
 * The review summary ({@link ReviewSummaries}) has no history: it is a view of the application's own rows (the
 * application, its decisions, credit records, objections), rebuilt for every review task, and each version would
 * be a detail row and a byte array of several kilobytes in history. The facts it shows keep their own records.
 */
@Component
class ReviewSummaryHistory implements HistoryPolicy {

    @Override
    public boolean keeps(HistoryEvent event) {
        return !(event instanceof HistoricVariableUpdateEventEntity variable
                && ProcessVariables.REVIEW_SUMMARY.equals(variable.getVariableName()));
    }
}

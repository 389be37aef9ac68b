package cn.guanbiao.call;

import cn.guanbiao.platform.HistoryPolicy;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.springframework.stereotype.Component;

/**
 * The ranked list the ApproveAwardList form shows keeps its latest value in history (the list as it was decided
 * on), not every version of it: it is computed anew each time the task is created or claimed, and a province-wide
 * call's list of 26,000 rows is several megabytes a version. The decision's own variables keep their changes.
 */
@Component
class AwardListHistory implements HistoryPolicy {

    @Override
    public boolean keepsChange(HistoricVariableUpdateEventEntity change) {
        return !CallVariables.AWARD_LIST.equals(change.getVariableName());
    }
}

package cn.guanbiao.platform;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;

/**
 * Which of the engine's history events are written: an event is written when every policy keeps it. History level
 * {@code full} stays the rule; a policy names what is not worth a row and says why.
 */
public interface HistoryPolicy {

    default boolean keeps(HistoryEvent event) {
        return true;
    }

    /**
     * For a variable's history the policies keep: whether this change is also written as a change of its own
     * ({@code ACT_HI_DETAIL}) besides the variable's latest value ({@code ACT_HI_VARINST}).
     */
    default boolean keepsChange(HistoricVariableUpdateEventEntity change) {
        return true;
    }

    /** Called for an event every policy keeps, before it is written. */
    default void prepare(HistoryEvent event) {
    }
}

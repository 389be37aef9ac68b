package cn.guanbiao.platform;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;

/**
 * Which of the engine's history events are written: an event is written when every policy keeps it. History level
 * {@code full} stays the rule; a policy names what is not worth a row and says why.
 */
public interface HistoryPolicy {

    boolean keeps(HistoryEvent event);

    /** Called for an event every policy keeps, before it is written. */
    default void prepare(HistoryEvent event) {
    }
}

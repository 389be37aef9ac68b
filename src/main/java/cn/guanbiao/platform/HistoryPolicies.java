package cn.guanbiao.platform;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/** Puts the {@link HistoryPolicy} beans between the engine and its history tables. */
@Component
class HistoryPolicies extends AbstractProcessEnginePlugin {

    private final List<HistoryPolicy> policies;

    HistoryPolicies(List<HistoryPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new Database(policies));
        configuration.setHistoryEventHandler(new Filter(new CompositeHistoryEventHandler(handlers), policies));
    }

    private record Filter(HistoryEventHandler delegate, List<HistoryPolicy> policies) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            for (HistoryPolicy policy : policies) {
                if (!policy.keeps(event)) {
                    return;
                }
            }
            policies.forEach(policy -> policy.prepare(event));
            delegate.handleEvent(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }

    /** The engine's own writer, which writes a variable's change as a row of its own only where every policy keeps it. */
    private static final class Database extends DbHistoryEventHandler {

        private final List<HistoryPolicy> policies;

        Database(List<HistoryPolicy> policies) {
            this.policies = policies;
        }

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity change) {
            return super.shouldWriteHistoricDetail(change) && policies.stream().allMatch(policy -> policy.keepsChange(change));
        }
    }
}

package cn.guanbiao.platform;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.CompositeDbHistoryEventHandler;
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
        HistoryEventHandler database = new CompositeDbHistoryEventHandler(configuration.getCustomHistoryEventHandlers());
        configuration.setHistoryEventHandler(new Filter(database, policies));
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
}

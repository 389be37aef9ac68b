package cn.guanbiao.platform;

import java.util.ArrayList;
import java.util.List;

import cn.guanbiao.support.AwardSpringTest;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.event.PublishDelegateParseListener;
import org.camunda.bpm.spring.boot.starter.event.PublishHistoryEventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing listens to the engine's events as Spring events, so the engine does not publish them (config/). */
@AwardSpringTest
class EngineEventingTest {

    @Autowired ProcessEngineConfiguration configuration;

    @Test
    void executionTaskAndHistoryEventsAreNotPublishedToSpring() {
        // given
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) configuration;
        List<BpmnParseListener> parseListeners = new ArrayList<>();
        if (engine.getCustomPreBPMNParseListeners() != null) {
            parseListeners.addAll(engine.getCustomPreBPMNParseListeners());
        }
        if (engine.getCustomPostBPMNParseListeners() != null) {
            parseListeners.addAll(engine.getCustomPostBPMNParseListeners());
        }

        // then
        assertThat(parseListeners).noneMatch(PublishDelegateParseListener.class::isInstance);
        assertThat(engine.getCustomHistoryEventHandlers()).noneMatch(PublishHistoryEventHandler.class::isInstance);
    }
}

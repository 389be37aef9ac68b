package cn.guanbiao.platform;

import java.util.EnumSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link EngineApiGate} last in front of the engine's REST resources: after the HTTP Basic login of
 * {@code /engine-rest} and after the webapps' own filters (their session login, CSRF token), which Camunda's starter
 * adds as the application starts and in no order a filter bean could be placed after. An initializer Tomcat runs
 * after Spring Boot's, appending the gate's mapping behind all others.
 */
@Component
class EngineApiGateRegistration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final EngineApiGate gate;

    EngineApiGateRegistration(IdentityService identityService, TaskService taskService, TaskCompletionInputs inputs,
            ObjectMapper json) {
        this.gate = new EngineApiGate(identityService, taskService, inputs, json);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addServletContainerInitializer((classes, servletContext) ->
                servletContext.addFilter("engine-api-gate", gate).addMappingForUrlPatterns(
                        EnumSet.of(DispatcherType.REQUEST), true, "/engine-rest/*", "/camunda/api/*"), null));
    }
}

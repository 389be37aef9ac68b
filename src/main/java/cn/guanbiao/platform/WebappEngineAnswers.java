package cn.guanbiao.platform;

import jakarta.servlet.ServletRegistration;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tasklist's own engine API ({@code /camunda/api/engine/…}) answers a refusal or a lost race as {@code /engine-rest}
 * does ({@link EngineRestConflicts.LostRace}): a reviewer whose decision a task listener refuses (a missing opinion,
 * four eyes, an award list with reviews pending) reads one Chinese sentence with {@code 400}, not "Cannot submit task
 * form …: ENGINE-03051 …" with {@code 500}.
 *
 * <p>Camunda's starter registers that JAX-RS application itself (servlet {@value #ENGINE_API_SERVLET}, Jersey's
 * {@code ServletContainer} running {@code EngineRestApplication}), out of reach of Spring's Jersey customizers. Its
 * servlet is told the classes of {@link LostRaceAnswer}, the mappers {@code /engine-rest} registers too, in an init
 * parameter set by an initializer Tomcat runs after Spring Boot's (which add the servlet).
 */
@Component
class WebappEngineAnswers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String ENGINE_API_SERVLET = "Engine Api";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addServletContainerInitializer((classes, servletContext) -> {
            ServletRegistration engineApi = servletContext.getServletRegistration(ENGINE_API_SERVLET);
            if (engineApi == null) {
                throw new IllegalStateException("Camunda's webapp servlet '" + ENGINE_API_SERVLET + "' is not registered: "
                        + "Tasklist's refusals would reach officials as 500");
            }
            engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES,
                    String.join(",", LostRaceAnswer.MAPPERS.stream().map(Class::getName).toList()));
        }, null));
    }
}

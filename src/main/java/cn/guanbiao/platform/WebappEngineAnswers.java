package cn.guanbiao.platform;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Tasklist's own engine API ({@code /camunda/api/engine/…}) answers a refusal or a lost race as {@code /engine-rest}
 * does ({@link EngineRestConflicts.LostRace}): a reviewer whose decision a task listener refuses (a missing opinion,
 * four eyes, an award list with reviews pending) reads one Chinese sentence with {@code 400}, not "Cannot submit task
 * form …: ENGINE-03051 …" with {@code 500}.
 *
 * <p>Camunda's starter registers that JAX-RS application itself (servlet {@value #ENGINE_API_SERVLET}, Jersey's
 * {@code ServletContainer} running {@code EngineRestApplication}), out of reach of Spring's Jersey customizers. Its
 * servlet is told the mappers' classes in an init parameter, set by an initializer Tomcat runs after Spring Boot's
 * (which add the servlet); Jersey builds the mappers, which find the application context of their own servlet
 * context. They rank before Camunda's mappers of the same exception types, as {@link EngineRestConflicts}' do.
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
            engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, String.join(",",
                    FromRest.class.getName(), FromEngine.class.getName(), FromJava.class.getName()));
        }, null));
    }

    private static EngineRestConflicts.LostRace lostRace(ServletContext servletContext) {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getBean(EngineRestConflicts.LostRace.class);
    }

    /**
     * One answer for the three exception types Camunda maps on its own: Jersey picks the mapper of the nearest type, so
     * each needs a mapper of exactly its type, all asking {@link EngineRestConflicts.LostRace}.
     */
    abstract static class LostRaceAnswer<E extends RuntimeException> implements ExtendedExceptionMapper<E> {

        @Context
        private ServletContext servletContext;

        @Override
        public boolean isMappable(E e) {
            return lostRace(servletContext).answer(e) != null;
        }

        @Override
        public Response toResponse(E e) {
            return lostRace(servletContext).toResponse(e);
        }
    }

    /** {@code submit-form} and {@code complete} wrap what the engine threw in a {@link RestException}. */
    @Priority(EngineRestConflicts.BEFORE_CAMUNDA)
    public static final class FromRest extends LostRaceAnswer<RestException> {
    }

    @Priority(EngineRestConflicts.BEFORE_CAMUNDA)
    public static final class FromEngine extends LostRaceAnswer<ProcessEngineException> {
    }

    /** A NullPointerException and the like, thrown when the winner committed between two of the loser's reads. */
    @Priority(EngineRestConflicts.BEFORE_CAMUNDA)
    public static final class FromJava extends LostRaceAnswer<RuntimeException> {
    }
}

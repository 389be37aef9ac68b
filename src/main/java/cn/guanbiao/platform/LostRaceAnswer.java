package cn.guanbiao.platform;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The one exception mapper of both REST surfaces, {@code /engine-rest} ({@link EngineRestConflicts}) and the webapps'
 * {@code /camunda/api/engine} ({@link WebappEngineAnswers}): a refusal by a task listener or a lost race is answered
 * as {@link EngineRestConflicts.LostRace} decides (4xx, one Chinese sentence); anything else keeps Camunda's answer.
 *
 * <p>Not a servlet filter: Camunda maps every exception itself, down to {@code Throwable}, so a filter only ever sees
 * its finished 500. Jersey picks the mapper of the nearest exception type, so each type Camunda maps on its own needs
 * a mapper of exactly that type; they differ only in that type. Jersey builds them on each surface; they find the
 * application context through their servlet context.
 */
abstract class LostRaceAnswer<E extends RuntimeException> implements ExtendedExceptionMapper<E> {

    /** Camunda maps its exceptions at Jersey's default rank (5000); at the same distance a lower rank wins. */
    static final int BEFORE_CAMUNDA = 4000;

    /** What each surface registers. */
    static final List<Class<?>> MAPPERS = List.of(FromRest.class, FromEngine.class, FromJava.class);

    @Context
    private ServletContext servletContext;

    @Override
    public boolean isMappable(E e) {
        return lostRace().answer(e) != null;
    }

    @Override
    public Response toResponse(E e) {
        return lostRace().toResponse(e);
    }

    private EngineRestConflicts.LostRace lostRace() {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getBean(EngineRestConflicts.LostRace.class);
    }

    /** {@code submit-form} and {@code complete} wrap what the engine threw in a {@link RestException}. */
    @Priority(BEFORE_CAMUNDA)
    public static final class FromRest extends LostRaceAnswer<RestException> {
    }

    @Priority(BEFORE_CAMUNDA)
    public static final class FromEngine extends LostRaceAnswer<ProcessEngineException> {
    }

    /** A NullPointerException and the like, thrown when the winner committed between two of the loser's reads. */
    @Priority(BEFORE_CAMUNDA)
    public static final class FromJava extends LostRaceAnswer<RuntimeException> {
    }
}

package cn.guanbiao.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two officials acting on one task at once through {@code /engine-rest}: Camunda answers the one who lost with
 * {@code 500} and an engine message ("ENGINE-03005 … updated by another transaction concurrently", "already
 * claimed by someone else", "task is null"). That is the caller's conflict, not a server fault: {@code 409}
 * (or {@code 404} once the task is done) with a message in Chinese, in Camunda's own error shape
 * ({@code type}, {@code message}, {@code code}).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConflicts {

    /** Camunda maps {@link RestException} itself at Jersey's default rank (5000); a lower rank is chosen first. */
    private static final int BEFORE_CAMUNDA = 4000;

    @Bean
    ResourceConfigCustomizer engineRestConflictAnswers() {
        return config -> config.register(new ConcurrentChange()).register(new AlreadyClaimed()).register(new TaskGone())
                .register(new WrappedByCamunda(), BEFORE_CAMUNDA);
    }

    /** The answer to a lost race, or null when the exception is not one. */
    static Response answer(Throwable e) {
        if (e instanceof OptimisticLockingException) {
            return answer(Response.Status.CONFLICT, e, "该任务或流程刚刚已被他人同时办理，您的操作未生效。请刷新后查看最新状态。");
        }
        if (e instanceof TaskAlreadyClaimedException claimed) {
            return answer(Response.Status.CONFLICT, e, "该任务已由 " + claimed.getTaskAssignee() + " 认领。请刷新任务列表。");
        }
        if (e instanceof NullValueException && e.getMessage() != null && e.getMessage().startsWith("Cannot find task with id")) {
            return answer(Response.Status.NOT_FOUND, e, "该任务已办结或不存在。请刷新任务列表。");
        }
        return null;
    }

    private static Response answer(Response.Status status, Throwable e, String message) {
        ExceptionDto dto = new ExceptionDto();
        dto.setType(e.getClass().getSimpleName());
        dto.setMessage(message);
        dto.setCode(((ProcessEngineException) e).getCode());
        return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    static final class ConcurrentChange implements ExceptionMapper<OptimisticLockingException> {
        @Override
        public Response toResponse(OptimisticLockingException e) {
            return answer(e);
        }
    }

    static final class AlreadyClaimed implements ExceptionMapper<TaskAlreadyClaimedException> {
        @Override
        public Response toResponse(TaskAlreadyClaimedException e) {
            return answer(e);
        }
    }

    static final class TaskGone implements ExtendedExceptionMapper<NullValueException> {
        @Override
        public boolean isMappable(NullValueException e) {
            return answer(e) != null;
        }

        @Override
        public Response toResponse(NullValueException e) {
            return answer(e);
        }
    }

    /** {@code complete} and {@code submit-form} wrap the engine's exception in a {@link RestException}. */
    static final class WrappedByCamunda implements ExtendedExceptionMapper<RestException> {
        @Override
        public boolean isMappable(RestException e) {
            return e.getCause() != null && answer(e.getCause()) != null;
        }

        @Override
        public Response toResponse(RestException e) {
            return answer(e.getCause());
        }
    }
}

package cn.guanbiao.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.task.Task;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Two officials acting on one task at once through {@code /engine-rest}: Camunda answers the one who lost with
 * {@code 500} (or {@code 403}) and whatever the engine tripped over — "ENGINE-03005 … updated by another
 * transaction concurrently", "already claimed by someone else", "task is null", or, when the winner commits
 * between two of the loser's reads, a NullPointerException or a missing permission on the deleted task.
 *
 * <p>That is the caller's conflict, not a server fault. When a complete, submit-form or claim fails and the task
 * is by then gone or claimed, or the engine reports a concurrent change, the answer is {@code 404} or
 * {@code 409} with a message in Chinese, in Camunda's own error shape ({@code type}, {@code message},
 * {@code code}). Anything else keeps Camunda's answer. (Tasklist itself talks to the webapp's own engine API
 * under {@code /camunda/api/engine}, which this does not change.)
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConflicts {

    private static final Logger log = LoggerFactory.getLogger(EngineRestConflicts.class);

    /** Camunda maps its exceptions at Jersey's default rank (5000); at the same distance a lower rank wins. */
    private static final int BEFORE_CAMUNDA = 4000;

    private static final Pattern TASK_ACTION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form|claim)");

    @Bean
    ResourceConfigCustomizer engineRestConflictAnswers(TaskService taskService) {
        LostRace lostRace = new LostRace(taskService);
        return config -> config.register(new FromRest(lostRace), BEFORE_CAMUNDA)
                .register(new FromEngine(lostRace), BEFORE_CAMUNDA)
                .register(new FromJava(lostRace), BEFORE_CAMUNDA);
    }

    /** Decides whether a failed request lost a race, and how to say so. */
    static final class LostRace {

        private final TaskService taskService;

        LostRace(TaskService taskService) {
            this.taskService = taskService;
        }

        /**
         * The answer to a lost race, or null when the failure is something else. A task that is gone by now was
         * completed by someone else, whatever the loser tripped over on the way (even its authorization, whose
         * rows go with the task).
         */
        Response answer(Throwable e) {
            Throwable cause = e instanceof RestException && e.getCause() != null ? e.getCause() : e;
            Matcher action = taskAction();
            if (action != null) {
                Task task = taskService.createTaskQuery().taskId(action.group(1)).singleResult();
                if (task == null) {
                    return answer(Response.Status.NOT_FOUND, "NotFoundException", 0, "该任务已由他人办结或已不存在。请刷新任务列表。");
                }
                if ("claim".equals(action.group(2)) && task.getAssignee() != null && !(cause instanceof AuthorizationException)) {
                    return answer(Response.Status.CONFLICT, "TaskAlreadyClaimedException", 0,
                            "该任务已由 " + task.getAssignee() + " 认领。请刷新任务列表。");
                }
            }
            if (cause instanceof OptimisticLockingException concurrent) {
                return answer(Response.Status.CONFLICT, "OptimisticLockingException", concurrent.getCode(),
                        "该任务或流程刚刚已被他人同时办理，您的操作未生效。请刷新后查看最新状态。");
            }
            return null;
        }

        Response toResponse(Throwable e) {
            Response response = answer(e);
            log.info("A request lost a race and is answered {}: {}", response.getStatus(), e.toString());
            return response;
        }

        private static Matcher taskAction() {
            if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
                return null;
            }
            HttpServletRequest request = attributes.getRequest();
            Matcher matcher = TASK_ACTION.matcher(request.getRequestURI());
            return "POST".equals(request.getMethod()) && matcher.matches() ? matcher : null;
        }

        private static Response answer(Response.Status status, String type, int code, String message) {
            ExceptionDto dto = new ExceptionDto();
            dto.setType(type);
            dto.setMessage(message);
            dto.setCode(code);
            return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }

    /** {@code complete} and {@code submit-form} wrap what the engine threw in a {@link RestException}. */
    static final class FromRest implements ExtendedExceptionMapper<RestException> {

        private final LostRace lostRace;

        FromRest(LostRace lostRace) {
            this.lostRace = lostRace;
        }

        @Override
        public boolean isMappable(RestException e) {
            return lostRace.answer(e) != null;
        }

        @Override
        public Response toResponse(RestException e) {
            return lostRace.toResponse(e);
        }
    }

    static final class FromEngine implements ExtendedExceptionMapper<ProcessEngineException> {

        private final LostRace lostRace;

        FromEngine(LostRace lostRace) {
            this.lostRace = lostRace;
        }

        @Override
        public boolean isMappable(ProcessEngineException e) {
            return lostRace.answer(e) != null;
        }

        @Override
        public Response toResponse(ProcessEngineException e) {
            return lostRace.toResponse(e);
        }
    }

    /** A NullPointerException and the like, thrown when the winner committed between two of the loser's reads. */
    static final class FromJava implements ExtendedExceptionMapper<RuntimeException> {

        private final LostRace lostRace;

        FromJava(LostRace lostRace) {
            this.lostRace = lostRace;
        }

        @Override
        public boolean isMappable(RuntimeException e) {
            return lostRace.answer(e) != null;
        }

        @Override
        public Response toResponse(RuntimeException e) {
            return lostRace.toResponse(e);
        }
    }
}

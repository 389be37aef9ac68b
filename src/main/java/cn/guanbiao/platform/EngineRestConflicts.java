package cn.guanbiao.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
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
 * {@code code}). A refusal by one of the app's task listeners is the caller's to fix too: {@code 400} with its
 * message. Anything else keeps Camunda's answer. Tasklist itself talks to the webapps' own engine API under
 * {@code /camunda/api/engine} ({@link WebappEngineAnswers}); both surfaces register the same mappers,
 * {@link LostRaceAnswer}.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConflicts {

    private static final Logger log = LoggerFactory.getLogger(EngineRestConflicts.class);

    private static final Pattern TASK_ACTION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form|claim)");

    @Bean
    LostRace lostRace(TaskService taskService, IdentityService identityService) {
        return new LostRace(taskService, identityService);
    }

    @Bean
    ResourceConfigCustomizer engineRestConflictAnswers() {
        return config -> LostRaceAnswer.MAPPERS.forEach(mapper -> config.register(mapper, LostRaceAnswer.BEFORE_CAMUNDA));
    }

    /** Decides whether a failed request lost a race, and how to say so. */
    static final class LostRace {

        private final TaskService taskService;
        private final IdentityService identityService;

        LostRace(TaskService taskService, IdentityService identityService) {
            this.taskService = taskService;
            this.identityService = identityService;
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
                Task task = task(action.group(1));
                if (task == null) {
                    return answer(Response.Status.NOT_FOUND, "NotFoundException", 0, "该任务已由他人办结或已不存在。请刷新任务列表。");
                }
                if (cause instanceof AuthorizationException) {
                    return null;
                }
                if ("claim".equals(action.group(2)) && task.getAssignee() != null) {
                    return answer(Response.Status.CONFLICT, "TaskAlreadyClaimedException", 0,
                            "该任务已由" + StaffNames.claimant(identityService, task.getAssignee()) + "认领。请刷新任务列表。");
                }
            }
            BadUserRequestException refusal = refusal(e);
            if (refusal != null) {
                return answer(Response.Status.BAD_REQUEST, "InvalidRequestException", refusal.getCode(), refusal.getMessage());
            }
            if (cause instanceof OptimisticLockingException concurrent) {
                return answer(Response.Status.CONFLICT, "OptimisticLockingException", concurrent.getCode(),
                        "该任务或流程刚刚已被他人同时办理，您的操作未生效。请刷新后查看最新状态。");
            }
            return null;
        }

        /**
         * The task whatever the caller may see: someone without permission on a task that exists keeps Camunda's
         * 403, and is not told it was completed by someone else.
         */
        private Task task(String id) {
            Authentication caller = identityService.getCurrentAuthentication();
            identityService.clearAuthentication();
            try {
                return taskService.createTaskQuery().taskId(id).singleResult();
            } finally {
                if (caller != null) {
                    identityService.setAuthentication(caller);
                }
            }
        }

        Response toResponse(Throwable e) {
            Response response = answer(e);
            log.info("A task request is answered {}: {}", response.getStatus(), e.toString());
            return response;
        }

        /**
         * What a task listener refused (a decision without its reason, four eyes, an award list with reviews
         * pending): the engine wraps it twice, Camunda would answer 500; it is the caller's to fix, so 400.
         */
        static BadUserRequestException refusal(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BadUserRequestException refusal) {
                    return refusal;
                }
            }
            return null;
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
}

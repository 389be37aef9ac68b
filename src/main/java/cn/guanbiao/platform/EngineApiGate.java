package cn.guanbiao.platform;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The one door to the engine's REST resources for people, on both places they are mounted: {@code /engine-rest}
 * (HTTP Basic) and the webapps' {@code /camunda/api/…} that Tasklist calls (its own JAX-RS application, so a servlet
 * filter is the one place that covers both). It runs after every other filter ({@link EngineApiGateRegistration}):
 * the caller is signed in, and the webapps' CSRF token checked. Administrators pass; officials only through
 * {@link EngineApiPolicy};
 * and what an official's request carries is checked where the engine would trust it:
 * <ul>
 * <li>a completion ({@code complete}, {@code submit-form}) sets only the task's inputs ({@link TaskCompletionInputs}),
 * each a plain value: no {@code Object} (which the engine would build from any class the caller names), no file;</li>
 * <li>a claim is for oneself, and only the claimant hands a task back.</li>
 * </ul>
 * Refusals come in Camunda's own error shape ({@code type}, {@code message}) with one Chinese sentence, and are
 * logged at INFO: they are the caller's to fix, not the server's fault. What the engine itself answers an official
 * with names none of its internal ids ({@link EngineErrorMessages}).
 */
class EngineApiGate extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineApiGate.class);

    /** Larger than any form a reviewer submits (an opinion is at most 2,000 characters). */
    static final int MAX_BODY_BYTES = 1 << 20;
    /** What a form field submits: plain values, or JSON for a list of choices. */
    static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double", "date",
            "null", "json");
    private static final List<String> METHOD_OVERRIDES = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    private final IdentityService identityService;
    private final TaskService taskService;
    private final TaskCompletionInputs inputs;
    private final ObjectMapper json;

    EngineApiGate(IdentityService identityService, TaskService taskService, TaskCompletionInputs inputs, ObjectMapper json) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.inputs = inputs;
        this.json = json;
    }

    /** Who is signed in, as the engine sees it: the HTTP Basic user, or the webapps' session. */
    record Caller(String userId, List<String> groups) {

        boolean isAdministrator() {
            return groups.contains(Groups.ADMIN);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<EngineApiPath> addressed = EngineApiPath.of(request);
        if (addressed.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        EngineApiPath path = addressed.get();
        Caller caller = caller();
        if (caller == null) {
            if (EngineApiPolicy.allowsAnonymous(path)) {
                chain.doFilter(request, response);
            } else {
                refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "AuthenticationException", path, null, "请先登录。");
            }
            return;
        }
        log.debug("Engine API {} for {}", path, caller.userId());
        if (caller.isAdministrator()) {
            chain.doFilter(request, response);
            return;
        }
        if (METHOD_OVERRIDES.stream().anyMatch(header -> request.getHeader(header) != null)
                || !EngineApiPolicy.allowsOfficial(path, EngineApiPath.query(request))) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", path, caller,
                    "您的账号无权调用此接口：审核人员只能查看和办理本人所在审核组的任务。");
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        if (path.matches("task/{id}/claim") || path.matches("task/{id}/unclaim")
                || path.matches("task/{id}/complete") || path.matches("task/{id}/submit-form")) {
            checkTaskAction(request, answer, chain, path, caller);
        } else {
            chain.doFilter(request, answer);
        }
        withoutInternalIds(answer);
        answer.copyBodyToResponse();
    }

    /** An error the engine answered an official with, its message as {@link EngineErrorMessages} puts it. */
    private void withoutInternalIds(ContentCachingResponseWrapper answer) throws IOException {
        if (answer.getStatus() < 400 || answer.getContentType() == null || !answer.getContentType().contains("json")
                || answer.getContentSize() == 0) {
            return;
        }
        JsonNode error;
        try {
            error = json.readTree(answer.getContentAsByteArray());
        } catch (IOException notJson) {
            return;
        }
        if (error instanceof ObjectNode fields && fields.path("message").isTextual()) {
            String message = fields.get("message").asText();
            String shown = EngineErrorMessages.forOfficial(answer.getStatus(), message);
            if (!message.equals(shown)) {
                fields.put("message", shown);
                fields.remove(List.of("resourceId", "missingAuthorizations"));
                answer.resetBuffer();
                answer.getOutputStream().write(json.writeValueAsBytes(fields));
            }
        }
    }

    private void checkTaskAction(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            EngineApiPath path, Caller caller) throws IOException, ServletException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "InvalidRequestException", path, caller,
                    "提交的内容过大。");
            return;
        }
        Optional<Task> task = asCaller(caller, () -> inputs.task(path.segment(1)));
        if (task.isPresent()) {
            String refusal;
            try {
                refusal = refusal(path, caller, task.get(), body);
            } catch (RuntimeException e) {
                if (asCaller(caller, () -> inputs.task(path.segment(1))).isPresent()) {
                    throw e;
                }
                // completed by someone else while its form was read: the engine answers that, as a lost race (404)
                refusal = null;
            }
            if (refusal != null) {
                refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", path, caller, refusal);
                return;
            }
            if ("unclaim".equals(path.segment(2))) {
                // Camunda's unclaim is a change of assignee, which candidates may not make (TASK_WORK, not TASK_ASSIGN);
                // handing back one's own claim is a claim for nobody, which they may
                asCaller(caller, () -> {
                    taskService.claim(task.get().getId(), null);
                    return null;
                });
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        // a task that does not exist (any more), or not for this caller, is for the engine to answer, as it always has
        chain.doFilter(new ReadBody(request, body), response);
    }

    /** Why an official may not do this to this task, or null. */
    private String refusal(EngineApiPath path, Caller caller, Task task, byte[] body) {
        JsonNode content;
        try {
            content = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (IOException notJson) {
            return "提交的内容不是有效的 JSON。";
        }
        String action = path.segment(2);
        if ("claim".equals(action)) {
            String userId = content.path("userId").asText(caller.userId());
            return userId.equals(caller.userId()) ? null : "只能为自己认领任务；如需由他人办理，请联系管理员转办。";
        }
        if ("unclaim".equals(action)) {
            return task.getAssignee() == null || task.getAssignee().equals(caller.userId()) ? null
                    : "该任务已由" + StaffNames.claimant(identityService, task.getAssignee()) + "认领，只有认领人可以退回；如需由您办理，请联系管理员转办。";
        }
        return completionRefusal(caller, task, content.path("variables"));
    }

    private String completionRefusal(Caller caller, Task task, JsonNode variables) {
        if (variables.isMissingNode() || variables.isNull()) {
            return null;
        }
        if (!variables.isObject()) {
            return "variables 必须是一个对象。";
        }
        Set<String> allowed = asCaller(caller, () -> inputs.of(task));
        var fields = variables.fields();
        while (fields.hasNext()) {
            var variable = fields.next();
            if (!allowed.contains(variable.getKey())) {
                return "办理“" + task.getName() + "”只能提交表单和接口约定的字段（" + String.join("、", allowed) + "），不能设置 “"
                        + variable.getKey() + "”。";
            }
            JsonNode type = variable.getValue().path("type");
            if (!type.isMissingNode() && !type.isNull() && !PLAIN_TYPES.contains(type.asText().toLowerCase())) {
                return "字段 “" + variable.getKey() + "” 的类型 " + type.asText() + " 不允许提交：只接受文字、数字、日期、是否和 JSON。";
            }
        }
        return null;
    }

    /**
     * Who is signed in as the REST layer sees it (which, in a test JVM of several application contexts, may be
     * another instance of engine {@code default} than this context's): the webapps' login as their own filter read it
     * from the session, or the HTTP Basic login of {@code /engine-rest} on the engine it addresses.
     */
    private Caller caller() {
        Authentications webapp = Authentications.getCurrent();
        if (webapp != null) {
            return webapp.getAuthentications().stream().findFirst()
                    .map(user -> new Caller(user.getIdentityId(), user.getGroupIds() == null ? List.of() : user.getGroupIds()))
                    .orElse(null);
        }
        var authentication = EngineUtil.lookupProcessEngine(null).getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : new Caller(authentication.getUserId(),
                authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
    }

    /** What the gate itself asks or does of the engine, as the caller. */
    private <T> T asCaller(Caller caller, Supplier<T> action) {
        var before = identityService.getCurrentAuthentication();
        identityService.setAuthentication(caller.userId(), caller.groups());
        try {
            return action.get();
        } finally {
            if (before == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(before);
            }
        }
    }

    private void refuse(HttpServletResponse response, int status, String type, EngineApiPath path, Caller caller,
            String message) throws IOException {
        log.info("Engine API {} refused ({}) for {}: {}", path, status, caller == null ? "anonymous" : caller.userId(), message);
        ExceptionDto dto = new ExceptionDto();
        dto.setType(type);
        dto.setMessage(message);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), dto);
    }
}

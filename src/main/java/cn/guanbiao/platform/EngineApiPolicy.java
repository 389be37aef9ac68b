package cn.guanbiao.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guanbiao.platform.EngineApiPath.Surface;

/**
 * What an official (every signed-in user who is not an administrator) may call of the engine's REST resources and of
 * the webapps' APIs: what Tasklist and their work need, nothing else. Administrators may call everything; anonymous
 * callers only what Camunda itself lets them (the list of engines, the login, the password policy).
 *
 * <p>Deny by default: a resource, method or spelling that no rule names is refused, so a resource added by a later
 * Camunda version is closed until a rule opens it. The engine's authorizations still apply behind every rule (a
 * reviewer reads only the tasks of the reviewer's groups); the rules close what those do not protect — jobs, batches,
 * deployments, history cleanup, incidents, migration, users and groups — and keep officials from setting process
 * data outside completing their own task's form.
 */
final class EngineApiPolicy {

    /** A method and path an official may call; {@code requiredQuery}: a parameter the call must narrow itself by. */
    record Rule(Set<String> methods, String template, String requiredQuery) {

        boolean allows(EngineApiPath path, Map<String, String[]> query) {
            String method = "HEAD".equals(path.method()) ? "GET" : path.method();
            return (methods.contains(method) || "OPTIONS".equals(method)) && path.matches(template)
                    && (requiredQuery == null || hasValue(query.get(requiredQuery)));
        }

        private static boolean hasValue(String[] values) {
            return values != null && values.length > 0 && !values[0].isBlank();
        }
    }

    private static final Set<String> READ = Set.of("GET");
    /** Camunda's queries also come as a POST with the query in the body (Tasklist's filters do). */
    private static final Set<String> QUERY = Set.of("GET", "POST");
    private static final Set<String> ACT = Set.of("POST");

    static final List<Rule> ENGINE_RULES = List.of(
            new Rule(READ, "", null),
            new Rule(READ, "version", null),
            // Tasklist's filters and the tasks in them
            new Rule(READ, "filter", null),
            new Rule(READ, "filter/count", null),
            new Rule(READ, "filter/{id}", null),
            new Rule(QUERY, "filter/{id}/list", null),
            new Rule(QUERY, "filter/{id}/count", null),
            new Rule(QUERY, "filter/{id}/singleResult", null),
            new Rule(QUERY, "task", null),
            new Rule(QUERY, "task/count", null),
            new Rule(READ, "task/{id}", null),
            new Rule(READ, "task/{id}/form", null),
            new Rule(READ, "task/{id}/deployed-form", null),
            new Rule(READ, "task/{id}/rendered-form", null),
            new Rule(READ, "task/{id}/form-variables", null),
            new Rule(READ, "task/{id}/variables", null),
            new Rule(READ, "task/{id}/variables/{name}", null),
            new Rule(READ, "task/{id}/variables/{name}/data", null),
            new Rule(READ, "task/{id}/identity-links", null),
            // work on one's own task: claim it for oneself, hand it back, complete it through its form
            // (EngineApiGate checks the claimant and what a completion sets)
            new Rule(ACT, "task/{id}/claim", null),
            new Rule(ACT, "task/{id}/unclaim", null),
            new Rule(ACT, "task/{id}/complete", null),
            new Rule(ACT, "task/{id}/submit-form", null),
            new Rule(READ, "task/{id}/comment", null),
            new Rule(READ, "task/{id}/comment/{commentId}", null),
            new Rule(ACT, "task/{id}/comment/create", null),
            new Rule(READ, "task/{id}/attachment", null),
            new Rule(READ, "task/{id}/attachment/{attachmentId}", null),
            new Rule(READ, "task/{id}/attachment/{attachmentId}/data", null),
            new Rule(ACT, "task/{id}/attachment/create", null),
            // the definitions behind their tasks (names, diagrams, forms)
            new Rule(READ, "process-definition", null),
            new Rule(READ, "process-definition/count", null),
            new Rule(READ, "process-definition/{id}", null),
            new Rule(READ, "process-definition/{id}/xml", null),
            new Rule(READ, "process-definition/key/{key}", null),
            new Rule(READ, "process-definition/key/{key}/xml", null),
            new Rule(READ, "case-definition", null),
            new Rule(READ, "case-definition/count", null),
            // Tasklist's header and tabs: the signed-in user, assignees' names, a task's history, the filter dialog
            new Rule(READ, "user/{id}/profile", null),
            new Rule(READ, "user", "id"),
            new Rule(READ, "user/count", "id"),
            new Rule(READ, "identity/groups", "userId"),
            new Rule(QUERY, "identity/password-policy", null),
            new Rule(READ, "history/user-operation", "taskId"),
            new Rule(READ, "history/user-operation/count", "taskId"),
            new Rule(READ, "authorization", null),
            new Rule(READ, "authorization/count", null),
            new Rule(READ, "authorization/check", null));

    /** Of the webapps' own APIs: the login, the Welcome and Tasklist apps' (Cockpit's and Admin's are administrators'). */
    static final List<Rule> WEBAPP_RULES = List.of(
            new Rule(QUERY, "admin/auth/**", null),
            new Rule(QUERY, "tasklist/**", null),
            new Rule(QUERY, "welcome/**", null));

    private EngineApiPolicy() {
    }

    static boolean allowsOfficial(EngineApiPath path, Map<String, String[]> query) {
        List<Rule> rules = path.surface() == Surface.WEBAPP ? WEBAPP_RULES : ENGINE_RULES;
        return rules.stream().anyMatch(rule -> rule.allows(path, query));
    }

    /** Without a signed-in user only Camunda's own open doors: the list of engines and the webapps' login and setup. */
    static boolean allowsAnonymous(EngineApiPath path) {
        return path.surface() == Surface.WEBAPP || path.segments().equals(EngineApiPath.ENGINE_LIST)
                || path.matches("identity/password-policy");
    }
}

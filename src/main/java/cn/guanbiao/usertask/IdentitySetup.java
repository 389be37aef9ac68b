package cn.guanbiao.usertask;

import cn.guanbiao.platform.StartupSeed;
import org.springframework.core.annotation.Order;
import cn.guanbiao.reference.Districts;
import cn.guanbiao.platform.Groups;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The groups every installation needs (departments and one per district), the permissions reviewers need to
 * work in Tasklist, and its task filters. Idempotent: runs at every start, adds only what is missing.
 */
@Component
@Order(30)
public class IdentitySetup implements StartupSeed {

    private static final String TASKLIST = "tasklist";
    private static final List<Resource> SHARED_READS =
            List.of(Resources.FILTER, Resources.PROCESS_DEFINITION, Resources.DECISION_DEFINITION);

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final Districts districts;

    public IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
            FilterService filterService, TaskService taskService, Districts districts) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.districts = districts;
    }

    @Override
    public void seed() {
        setUp();
    }

    public void setUp() {
        // every staff account reads the shared filters and the definitions behind its tasks. One grant for all users,
        // not one per group: Tasklist's authorization check reads every '*' grant once per open task it shows
        SHARED_READS.forEach(resource -> grantAllUsers(resource, Permissions.READ));
        Groups.DEPARTMENTS.forEach(this::reviewerGroup);
        districts.all().forEach(d -> reviewerGroup(d.reviewGroup(), d.name() + "知识产权局"));
        // the municipal office supervises the programme: its dashboard reads the history of every process
        grant(Groups.MUNICIPAL_IP_OFFICE, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_HISTORY);
        candidatesWorkOnly();
        taskFilters();
    }

    /**
     * Tasks created before candidates got {@code TASK_WORK} ({@link cn.guanbiao.platform.EngineHardening}) still grant them {@code UPDATE}:
     * reduced to {@code TASK_WORK}, a page at a time. Grants on every task ({@code *}) are an administrator's and stay.
     */
    private void candidatesWorkOnly() {
        int kept = 0;
        List<Authorization> page;
        while (!(page = authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.TASK).hasPermission(Permissions.UPDATE).listPage(kept, 500)).isEmpty()) {
            for (Authorization grant : page) {
                if (Authorization.ANY.equals(grant.getResourceId()) || grant.isEveryPermissionGranted()) {
                    kept++;
                    continue;
                }
                grant.removePermission(Permissions.UPDATE);
                grant.addPermission(Permissions.TASK_WORK);
                authorizationService.saveAuthorization(grant);
            }
        }
    }

    private void reviewerGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
        grant(id, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        SHARED_READS.forEach(resource -> revokeGroupRead(id, resource));
    }

    private void grantAllUsers(Resource resource, Permission permission) {
        addPermission(authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                        .resourceType(resource).resourceId(Authorization.ANY).singleResult(),
                () -> newAuthorization(Authorization.AUTH_TYPE_GLOBAL, null, resource, Authorization.ANY), permission);
    }

    /** The per-group READ that installations before the shared grant gave each group; other permissions stay. */
    private void revokeGroupRead(String groupId, Resource resource) {
        Authorization authorization = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(resource).resourceId(Authorization.ANY).singleResult();
        if (authorization == null || !authorization.isPermissionGranted(Permissions.READ)) {
            return;
        }
        authorization.removePermission(Permissions.READ);
        if (Arrays.stream(permissionsOf(resource)).filter(p -> p.getValue() != 0).noneMatch(authorization::isPermissionGranted)) {
            authorizationService.deleteAuthorization(authorization.getId());
        } else {
            authorizationService.saveAuthorization(authorization);
        }
    }

    private static Permission[] permissionsOf(Resource resource) {
        return resource == Resources.PROCESS_DEFINITION ? ProcessDefinitionPermissions.values() : Permissions.values();
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        addPermission(authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                        .resourceType(resource).resourceId(resourceId).singleResult(),
                () -> newAuthorization(Authorization.AUTH_TYPE_GRANT, groupId, resource, resourceId), permission);
    }

    /** Adds the permission to the authorization found, or to a new one when there is none. */
    private void addPermission(Authorization found, Supplier<Authorization> created, Permission permission) {
        if (found != null && found.isPermissionGranted(permission)) {
            return;
        }
        Authorization authorization = found != null ? found : created.get();
        authorization.addPermission(permission);
        authorizationService.saveAuthorization(authorization);
    }

    private Authorization newAuthorization(int type, String groupId, Resource resource, String resourceId) {
        Authorization authorization = authorizationService.createNewAuthorization(type);
        if (groupId != null) {
            authorization.setGroupId(groupId);
        }
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        return authorization;
    }

    /**
     * What each task card shows beside the task's name (Tasklist lists a filter's {@code variables} on its cards): which
     * application, unit, call or complaint it is about, and the award once computed. A card shows those its task has
     * ({@link TaskCardVariables} puts them there).
     */
    static final List<Map<String, String>> CARD_VARIABLES = TaskCardVariables.SHOWN.entrySet().stream()
            .map(shown -> Map.of("name", TaskCardVariables.onCard(shown.getKey()), "label", shown.getValue())).toList();

    /**
     * Each shared filter that is missing by its name is created: an installation from before a filter gets it too. One
     * that exists gets the properties of this version (card variables, description), its query and grants kept.
     */
    private void taskFilters() {
        filter("本组待办", "我所在审核组的待认领和已认领任务", -10,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        // tasks named for a person rather than a group, like the spot-check inspections drawn for two inspectors
        filter("指定由我办理", "随机抽取等方式点名由我办理的任务（如监督抽查现场检查）", -5,
                taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}").withCandidateUsers()
                        .includeAssignedTasks());
        filter("我的任务", "已由我认领的任务", 0, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    }

    private void filter(String name, String description, int priority, org.camunda.bpm.engine.task.TaskQuery query) {
        Map<String, Object> properties = Map.of("description", description, "priority", priority, "autoRefresh", true,
                "variables", CARD_VARIABLES);
        List<Filter> existing = filterService.createFilterQuery().filterName(name).list();
        if (existing.isEmpty()) {
            filterService.saveFilter(filterService.newTaskFilter(name).setOwner(null).setQuery(query).setProperties(properties));
            return;
        }
        for (Filter filter : existing) {
            Map<String, Object> updated = new LinkedHashMap<>(filter.getProperties() == null ? Map.of() : filter.getProperties());
            updated.putAll(properties);
            if (!updated.equals(filter.getProperties())) {
                filterService.saveFilter(filter.setProperties(updated));
            }
        }
    }
}

package cn.guanbiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import cn.guanbiao.support.AwardSpringTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

@AwardSpringTest
class TaskQueryPlansTest {

    @Autowired TaskQueryPlans plans;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuthorizationService authorizations;
    @Autowired TransactionTemplate transactions;

    @Test
    void tasklistQueriesArePlannedForTheirValuesOnPostgres() throws Exception {
        for (String request : List.of("POST /engine-rest/filter/f1/list", "GET /engine-rest/filter/f1/count",
                "GET /engine-rest/filter", "POST /engine-rest/task", "GET /engine-rest/task/count",
                "POST /camunda/api/engine/engine/default/filter/f1/list", "GET /camunda/api/engine/engine/default/filter",
                "POST /camunda/api/engine/engine/default/task/count")) {
            // when: the request passes the filter, and the rest of the chain reads its connection's setting
            List<String> seen = passThrough(request, () -> { });

            // then: on PostgreSQL in a transaction of its own, where the engine's queries are planned for their values,
            // index lookups costed as on SSDs
            assertThat(seen).as(request).containsExactly(postgres() ? "force_custom_plan 1.1" : "no transaction");
        }
    }

    @Test
    void otherRequestsAreLeftAlone() throws Exception {
        for (String request : List.of("POST /engine-rest/task/t1/complete", "GET /engine-rest/process-instance",
                "GET /engine-rest/filter/f1", "POST /engine-rest/filter", "POST /api/applications",
                "GET /camunda/app/tasklist/default/")) {
            assertThat(passThrough(request, () -> { })).as(request).containsExactly("no transaction");
        }
    }

    @Test
    void aQueryTheEngineRefusedIsAnsweredOnce() throws Exception {
        // given: the engine's command failed inside the request and marked the transaction for rollback (the REST
        // API has answered with the error)
        Runnable engineRefuses = () -> transactions.executeWithoutResult(TransactionStatus::setRollbackOnly);

        // when / then: the filter ends the request without an error of its own
        assertThat(passThrough("POST /engine-rest/task", engineRefuses)).hasSize(1);
    }

    @Test
    void staffReadFiltersAndDefinitionsThroughOneGrantForAllUsers() {
        for (var resource : List.of(Resources.FILTER, Resources.PROCESS_DEFINITION, Resources.DECISION_DEFINITION)) {
            Authorization global = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                    .resourceType(resource).resourceId("*").singleResult();
            assertThat(global).as(resource.resourceName()).isNotNull();
            assertThat(global.isPermissionGranted(Permissions.READ)).isTrue();
            List<Authorization> perGroupRead = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .resourceType(resource).resourceId("*").hasPermission(Permissions.READ).list().stream()
                    .filter(a -> a.getGroupId() != null && !Groups.ADMIN.equals(a.getGroupId())).toList();
            assertThat(perGroupRead).as(resource.resourceName()).isEmpty();
        }
    }

    private List<String> passThrough(String methodAndPath, Runnable engine) throws Exception {
        String[] parts = methodAndPath.split(" ");
        MockHttpServletRequest request = new MockHttpServletRequest(parts[0], parts[1]);
        List<String> seen = new ArrayList<>();
        plans.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            engine.run();
            seen.add(TransactionSynchronizationManager.isActualTransactionActive()
                    ? jdbc.queryForObject("SELECT current_setting('plan_cache_mode') || ' ' || current_setting('random_page_cost')",
                            String.class)
                    : "no transaction");
        });
        return seen;
    }

    private static boolean postgres() {
        return "postgres".equals(System.getProperty("test.database"));
    }
}

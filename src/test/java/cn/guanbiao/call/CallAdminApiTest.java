package cn.guanbiao.call;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/admin/calls} over HTTP (DOMAIN §5): only camunda-admin opens and closes calls. */
@AwardSpringTest
class CallAdminApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    @LocalServerPort int port;
    @Autowired RuntimeService runtimeService;
    @Autowired AwardCalls calls;
    @Autowired JdbcClient jdbc;

    ApiClient anonymous;
    ApiClient admin;

    @BeforeEach
    void clients() {
        anonymous = new ApiClient(port);
        admin = anonymous.as("admin", "admin");
    }

    @Test
    void administratorOpensACallThatStartsItsProcessUnderTheCallId() {
        // given
        ObjectNode call = call();

        // when
        Response response = admin.post("/api/admin/calls", call);

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode body = response.json();
        String callId = body.path("callId").asText();
        assertThat(callId).isNotBlank();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(body.path("processInstanceId").asText()).singleResult();
        assertThat(instance).isNotNull();
        assertThat(instance.getBusinessKey()).isEqualTo(callId);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("award-call")
                .processInstanceBusinessKey(callId).singleResult().getId()).isEqualTo(instance.getId());
        assertThat(calls.get(callId).status().name()).isEqualTo("OPEN");
    }

    @Test
    void openingACallWithoutCredentialsIsUnauthorized() {
        // given
        long before = callInstances();

        // when
        Response response = anonymous.post("/api/admin/calls", call());

        // then
        assertThat(response.status()).isEqualTo(401);
        assertThat(callInstances()).isEqualTo(before);
    }

    @Test
    void openingACallAsAReviewerWhoIsNotAnAdministratorIsForbidden() {
        // given
        long before = callInstances();

        // when
        Response response = anonymous.as("municipal", "demo").post("/api/admin/calls", call());

        // then
        assertThat(response.status()).isEqualTo(403);
        assertThat(callInstances()).isEqualTo(before);
    }

    static Stream<Arguments> invalidCalls() {
        return Stream.of(
                invalid("closesAt before opensAt", "closesAt",
                        call -> call.put("closesAt", OffsetDateTime.parse(call.path("opensAt").asText()).minusDays(1).toString())),
                invalid("closesAt equal to opensAt", "closesAt",
                        call -> call.put("closesAt", call.path("opensAt").asText())),
                invalid("budget with three decimals", "budget", call -> call.put("budget", new BigDecimal("1.234"))),
                invalid("budget of zero", "budget", call -> call.put("budget", 0)),
                invalid("budget as a string", "budget", call -> call.put("budget", "1000000")),
                invalid("missing year", "year", call -> call.remove("year")),
                invalid("opensAt that is not a date", "opensAt", call -> call.put("opensAt", "next monday")));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @MethodSource("invalidCalls")
    void invalidCallIsRefusedNamingTheFieldAndStartsNothing(Consumer<ObjectNode> change, String field) {
        // given
        ObjectNode call = call();
        change.accept(call);
        long instancesBefore = callInstances();
        long rowsBefore = callRows();

        // when
        Response response = admin.post("/api/admin/calls", call);

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).as(response.body()).containsExactly(field);
        assertThat(callInstances()).isEqualTo(instancesBefore);
        assertThat(callRows()).isEqualTo(rowsBefore);
    }

    @Test
    void closingAnOpenCallSucceedsOnceThenConflicts() {
        // given
        String callId = admin.post("/api/admin/calls", call()).json().path("callId").asText();

        // when
        Response first = admin.post("/api/admin/calls/" + callId + "/close", "");
        Response second = admin.post("/api/admin/calls/" + callId + "/close", "");

        // then
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().path("callId").asText()).isEqualTo(callId);
        assertThat(calls.get(callId).status().name()).isNotEqualTo("OPEN");
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
    }

    @Test
    void closingAnUnknownCallIsNotFound() {
        // when
        Response response = admin.post("/api/admin/calls/CALL-1999-999/close", "");

        // then
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void closingACallWithoutCredentialsIsUnauthorizedAndLeavesItOpen() {
        // given
        String callId = admin.post("/api/admin/calls", call()).json().path("callId").asText();

        // when
        Response response = anonymous.post("/api/admin/calls/" + callId + "/close", "");

        // then
        assertThat(response.status()).isEqualTo(401);
        assertThat(calls.get(callId).status().name()).isEqualTo("OPEN");
    }

    /** A valid call: open since yesterday, for 30 days, with a budget of one million yuan. */
    private static ObjectNode call() {
        OffsetDateTime now = OffsetDateTime.now(BEIJING).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode call = JSON.createObjectNode();
        call.put("year", now.getYear());
        call.put("opensAt", now.minusDays(1).toString());
        call.put("closesAt", now.plusDays(30).toString());
        call.put("budget", new BigDecimal("1000000.00"));
        return call;
    }

    private long callInstances() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("award-call").count();
    }

    private long callRows() {
        return jdbc.sql("SELECT COUNT(*) FROM award_call").query(Long.class).single();
    }

    private static Arguments invalid(String what, String field, Consumer<ObjectNode> change) {
        return Arguments.of(Named.of(what, change), field);
    }
}

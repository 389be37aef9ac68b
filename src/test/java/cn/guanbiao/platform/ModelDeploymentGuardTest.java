package cn.guanbiao.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An administrator's deployment and task filters in the running engine (issue 19, finding 7): whatever the path
 * (Java API, {@code POST /engine-rest/deployment/create} as Modeler sends it, the filter API), a model or filter that
 * would run code is refused with a Chinese 400 and nothing of it is kept; the project's shapes still deploy.
 * The project's own models pass too: the context starts only if {@link ProcessResourceDeployer}'s deployment did.
 */
@AwardSpringTest
class ModelDeploymentGuardTest {

    static final String HOSTILE_BPMN = new String(ModelExpressionPolicyTest.bpmn(
            "<bpmn:startEvent id='StartEvent_Hostile'/><bpmn:serviceTask id='Task_Hostile' camunda:expression=\"${''.getClass()"
                    + ".forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}\"/>"),
            StandardCharsets.UTF_8).replace("id='hostile'", "id='hostile-deployment'");

    static final String HARMLESS_BPMN = new String(ModelExpressionPolicyTest.bpmn(
            "<bpmn:startEvent id='StartEvent_Harmless'/><bpmn:userTask id='Task_Harmless' camunda:candidateGroups='district-${districtCode}' "
                    + "camunda:dueDate=\"${dueDates.of('DistrictReview')}\"><bpmn:extensionElements>"
                    + "<camunda:taskListener delegateExpression='${reviewDecision}' event='create'/></bpmn:extensionElements>"
                    + "</bpmn:userTask>"),
            StandardCharsets.UTF_8).replace("id='hostile'", "id='harmless-deployment'");

    static final String HOSTILE_DMN = ModelExpressionPolicyTest.dmn(
            "<inputEntry id='InputEntry_Hostile' expressionLanguage='juel'><text>${applicantType.getClass()"
                    + ".forName('java.lang.Runtime') != null}</text></inputEntry>", "");

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repository;
    @Autowired FilterService filters;

    @Test
    void aHostileModelDeployedThroughTheJavaApiIsRefusedAndNothingOfTheDeploymentIsKept() {
        // given
        long deployments = repository.createDeploymentQuery().count();
        long definitions = repository.createProcessDefinitionQuery().count();

        // when / then
        assertThatThrownBy(() -> repository.createDeployment().name("hostile")
                .addString("processes/harmless-deployment.bpmn", HARMLESS_BPMN)
                .addString("processes/hostile-deployment.bpmn", HOSTILE_BPMN).deploy())
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("部署被拒绝：processes/hostile-deployment.bpmn 中元素 Task_Hostile 的 camunda:expression 中的表达式")
                .hasMessageContaining("调用了未经允许的方法 getClass(…)");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("harmless-deployment").count()).isZero();
    }

    @Test
    void aHostileDecisionTableDeployedOverRestIsA400InChineseAndNothingOfTheDeploymentIsKept() {
        // given
        long deployments = repository.createDeploymentQuery().count();
        long decisions = repository.createDecisionDefinitionQuery().count();

        // when: as Modeler deploys, a process and a table in one deployment
        Response response = deployOverRest(Map.of("processes/harmless-deployment.bpmn", HARMLESS_BPMN,
                "processes/hostile.dmn", HOSTILE_DMN));

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().path("message").asText())
                .startsWith("部署被拒绝：processes/hostile.dmn 中元素 InputEntry_Hostile 的表达式")
                .contains("调用了未经允许的方法 applicantType.getClass(…)");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository.createDecisionDefinitionQuery().count()).isEqualTo(decisions);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("harmless-deployment").count()).isZero();
    }

    @Test
    void aModelInTheProjectsShapesDeploysOverRest() {
        // when
        Response response = deployOverRest(Map.of("processes/harmless-deployment.bpmn", HARMLESS_BPMN));

        // then
        try {
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("harmless-deployment").count()).isEqualTo(1);
        } finally {
            if (response.status() == 200) {
                repository.deleteDeployment(response.json().path("id").asText(), true);
            }
        }
    }

    @Test
    void aTaskFilterWithAHostileExpressionIsRefusedAndOneWithTheCurrentUserIsSaved() throws IOException {
        // given
        long before = filters.createFilterQuery().count();
        ApiClient admin = new ApiClient(port).as("admin", "admin");

        // when
        Response hostile = admin.post("/engine-rest/filter/create", filter("${dueDates.getClass().forName('java.lang.Runtime')}"));
        Response mine = admin.post("/engine-rest/filter/create", filter("${currentUser()}"));

        // then
        try {
            assertThat(hostile.status()).as(hostile.toString()).isEqualTo(400);
            assertThat(hostile.json().path("message").asText()).startsWith("过滤器被拒绝：过滤器 测试过滤器 的表达式")
                    .contains("调用了未经允许的方法 dueDates.getClass(…)");
            assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
            assertThat(filters.createFilterQuery().count()).isEqualTo(before + 1);
        } finally {
            if (mine.status() == 200) {
                filters.deleteFilter(mine.json().path("id").asText());
            }
        }
    }

    @Test
    void theEngineFindsNoScriptEngineNotEvenForJuel() {
        // given
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        // when / then
        assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired()
                .execute(context -> configuration.getScriptingEngines().getScriptEngineForLanguage("juel")))
                .hasMessageContaining("Can't find scripting engine for 'juel'");
    }

    private static JsonNode filter(String assigneeExpression) throws IOException {
        return JSON.readTree("""
                {"resourceType": "Task", "name": "测试过滤器", "query": {"assigneeExpression": "%s"}, "properties": {}}"""
                .formatted(assigneeExpression));
    }

    /** {@code POST /engine-rest/deployment/create} as administrator, multipart as Modeler sends it. */
    private Response deployOverRest(Map<String, String> resources) {
        String boundary = "----deployment" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "name=\"deployment-name\"", "text/plain", "modeler");
        resources.forEach((name, content) -> part(body, boundary,
                "name=\"" + name + "\"; filename=\"" + name + "\"", "application/octet-stream", content));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, String type, String content) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\nContent-Type: " + type
                + "\r\n\r\n" + content + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}

package cn.guanbiao.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.guanbiao.call.CallOpening;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** The applicant's API over HTTP (DOMAIN §5): submit, follow with the tracking token, correct when returned. */
@AwardSpringTest
class ApplicationApiTest {

    private static final String TOKEN = "X-Tracking-Token";

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired CallOpening callOpening;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired JdbcClient jdbc;

    ApiClient api;
    String callId;

    @BeforeEach
    void openCall() {
        AbstractAssertions.init(engine);
        api = new ApiClient(port);
        callId = driver.openCall("1000000").callId();
    }

    // --- POST /api/applications ---------------------------------------------------------------------------

    @Test
    void validApplicationIsAcceptedAndStartsItsProcessUnderTheApplicationNumber() {
        // given
        ObjectNode application = Applicants.enterprise(callId);

        // when
        Response response = api.post("/api/applications", application);

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode body = response.json();
        String no = body.path("applicationNo").asText();
        assertThat(no).isNotBlank();
        assertThat(body.path("trackingToken").asText()).isNotBlank();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(body.path("processInstanceId").asText()).singleResult();
        assertThat(instance).isNotNull();
        assertThat(instance.getBusinessKey()).isEqualTo(no);
        assertThat(engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).getKey())
                .isEqualTo("award-application");
    }

    static Stream<Arguments> invalidApplications() {
        return Stream.of(
                invalid("credit code with a wrong check character", "creditCode",
                        json -> json.put("creditCode", wrongCheckCharacter(json.path("creditCode").asText()))),
                invalid("second fee with three decimals", "certificationFees[1].amount",
                        json -> ((ArrayNode) json.get("certificationFees"))
                                .add(Applicants.fee(Applicants.newInvoiceNo(), "8000.125", 1, "SURVEILLANCE_1", "CERTIFICATION"))),
                invalid("enterprise standard for a university", "standard",
                        json -> json.put("applicantType", "UNIVERSITY")),
                invalid("second fee repeats the invoice of the first", "certificationFees[1].invoiceNo",
                        json -> ((ArrayNode) json.get("certificationFees"))
                                .add(Applicants.fee(json.path("certificationFees").path(0).path("invoiceNo").asText(),
                                        "8000.00", 1, "SURVEILLANCE_1", "CERTIFICATION"))),
                invalid("organisation name of 201 characters", "orgName",
                        json -> json.put("orgName", "重".repeat(201))),
                invalid("issue date that does not exist", "certificateIssuedOn",
                        json -> json.put("certificateIssuedOn", "2026-02-30")),
                invalid("issue date not in ISO format", "certificateIssuedOn",
                        json -> json.put("certificateIssuedOn", "2026/03/01")),
                invalid("amount given as a string", "certificationFees[0].amount",
                        json -> ((ObjectNode) json.path("certificationFees").path(0)).put("amount", "25000.00")),
                invalid("unknown honour", "honours[1]",
                        json -> ((ArrayNode) json.get("honours")).add("GOLD_MEDAL")),
                invalid("prior award of an unknown level", "priorAwards[0].level",
                        json -> ((ArrayNode) json.get("priorAwards"))
                                .addObject().put("level", "COUNTY").put("amount", 1000)),
                invalid("malformed e-mail", "contactEmail",
                        json -> json.put("contactEmail", "zhangsan@")),
                invalid("missing district code", "districtCode",
                        json -> json.remove("districtCode")),
                // found by HostileApplicationsTest: accepted before
                invalid("certificate issued after today", "certificateIssuedOn",
                        json -> json.put("certificateIssuedOn", LocalDate.now().plusDays(2).toString())),
                invalid("amount with more decimals than a double holds", "certificationFees[0].amount",
                        json -> ((ObjectNode) json.path("certificationFees").path(0))
                                .put("amount", new BigDecimal("25000.00000000000000001"))),
                invalid("amount too small for a double", "certificationFees[0].amount",
                        json -> ((ObjectNode) json.path("certificationFees").path(0)).put("amount", new BigDecimal("1E-400"))));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @MethodSource("invalidApplications")
    void invalidApplicationIsRefusedNamingTheFieldAndStartsNothing(Consumer<ObjectNode> change, String field) {
        // given
        ObjectNode application = Applicants.enterprise(callId);
        change.accept(application);
        Counts before = counts();

        // when
        Response response = api.post("/api/applications", application);

        // then
        assertProblem(response, field);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void unknownCallIsRefused() {
        // given
        ObjectNode application = Applicants.enterprise("CALL-1999-999");
        Counts before = counts();

        // when
        Response response = api.post("/api/applications", application);

        // then
        assertProblem(response, "callId");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void closedCallIsRefused() {
        // given
        callOpening.close(callId);
        ObjectNode application = Applicants.enterprise(callId);
        Counts before = counts();

        // when
        Response response = api.post("/api/applications", application);

        // then
        assertProblem(response, "callId");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void unknownDistrictIsRefused() {
        // given
        ObjectNode application = Applicants.enterprise(callId);
        application.put("districtCode", "500199");
        Counts before = counts();

        // when
        Response response = api.post("/api/applications", application);

        // then
        assertProblem(response, "districtCode");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void secondApplicationOfAUnitWhileTheFirstIsInProgressIsRefused() {
        // given
        ObjectNode first = Applicants.enterprise(callId);
        assertThat(api.post("/api/applications", first).status()).isEqualTo(201);
        ObjectNode second = Applicants.enterprise(callId);
        second.put("creditCode", first.path("creditCode").asText());
        Counts before = counts();

        // when
        Response response = api.post("/api/applications", second);

        // then
        assertProblem(response, "creditCode");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void bodyThatIsNotJsonIsRefusedAndStartsNothing() {
        // given
        Counts before = counts();

        // when
        Response response = api.post("/api/applications", "{\"callId\": \"" + callId + "\", \"orgName\": ");

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void bodyThatIsNotJsonIsRefusedNamingTheBody() {
        // given / when
        Response response = api.post("/api/applications", "{\"callId\": \"" + callId + "\", \"orgName\": ");

        // then
        assertProblem(response, "body");
    }

    @Test
    void bodyThatIsNotAnObjectIsRefusedNamingTheBody() {
        // given / when
        Response response = api.post("/api/applications", "[" + Applicants.enterprise(callId) + "]");

        // then
        assertProblem(response, "body");
    }

    // found by HostileApplicationsTest: each of the next four was accepted before

    @Test
    void keyGivenTwiceIsRefusedNamingTheBody() {
        // given: the second orgName would have won
        String application = Applicants.enterprise(callId).toString();
        Counts before = counts();

        // when
        Response response = api.post("/api/applications", "{\"orgName\": \"x\"," + application.substring(1));

        // then
        assertProblem(response, "body");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anythingAfterTheObjectIsRefusedNamingTheBody() {
        // given
        String application = Applicants.enterprise(callId).toString();
        Counts before = counts();

        // when
        Response response = api.post("/api/applications", application + " {\"a\": 1}");

        // then
        assertProblem(response, "body");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void halfOfASurrogatePairIsRefusedNamingTheField() {
        // given: escaped in the JSON, as UTF-8 cannot carry it
        ObjectNode application = Applicants.enterprise(callId);
        application.put("orgName", "重庆LONE科技有限公司");
        Counts before = counts();

        // when
        Response response = api.post("/api/applications", application.toString().replace("LONE", "\\uD800"));

        // then
        assertProblem(response, "orgName");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void bodyOverOneMebibyteIsRefusedAsTooLargeNamingTheBody() {
        // given: valid but for a property nobody reads that takes it over the limit
        ObjectNode application = Applicants.enterprise(callId);
        application.put("padding", "a".repeat(1024 * 1024));
        Counts before = counts();

        // when
        Response response = api.post("/api/applications", application);

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly("body");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void bodyOverOneMebibyteInChunksIsRefusedAsTooLarge() {
        // given: no Content-Length to go by
        ObjectNode application = Applicants.enterprise(callId);
        application.put("padding", "a".repeat(1024 * 1024));
        Counts before = counts();

        // when
        Response response = postInChunks(application.toString());

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.errorFields()).containsExactly("body");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void applicationInChunksUnderTheLimitIsAccepted() {
        // given
        ObjectNode application = Applicants.enterprise(callId);

        // when
        Response response = postInChunks(application.toString());

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("applicationNo").asText()).isNotBlank();
    }

    // --- GET /api/applications/{no} -------------------------------------------------------------------------

    @Test
    void applicantFollowsTheApplicationWithTheTrackingToken() {
        // given
        Submitted submitted = submit(Applicants.enterprise(callId));

        // when
        Response response = api.get("/api/applications/" + submitted.no(), TOKEN, submitted.token());

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("applicationNo").asText()).isEqualTo(submitted.no());
        assertThat(body.path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(body.path("awardAmount").isNull()).isTrue();
        assertThat(body.path("events").isArray()).isTrue();
        assertThat(body.path("events")).isNotEmpty();
        assertThat(body.path("events").path(0).path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(body.path("events").path(0).path("at").asText()).isNotBlank();
    }

    @Test
    void statusAlwaysNamesTheAwardAmountEvenBeforeItIsComputed() {
        // given
        Submitted submitted = submit(Applicants.enterprise(callId));

        // when
        Response response = api.get("/api/applications/" + submitted.no(), TOKEN, submitted.token());

        // then: DOMAIN §5 lists awardAmount among the fields of the answer
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().has("awardAmount")).as(response.body()).isTrue();
        assertThat(response.json().path("awardAmount").isNull()).isTrue();
    }

    @Test
    void wrongTrackingTokenLooksLikeAnUnknownApplication() {
        // given
        Submitted submitted = submit(Applicants.enterprise(callId));

        // when
        Response response = api.get("/api/applications/" + submitted.no(), TOKEN, "not-" + submitted.token());

        // then
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(submitted.no());
    }

    @Test
    void missingTrackingTokenLooksLikeAnUnknownApplication() {
        // given
        Submitted submitted = submit(Applicants.enterprise(callId));

        // when
        Response response = api.get("/api/applications/" + submitted.no());

        // then
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain(submitted.no());
    }

    @Test
    void unknownApplicationNumberIsNotFound() {
        // given
        Submitted submitted = submit(Applicants.enterprise(callId));

        // when
        Response response = api.get("/api/applications/GB-1999-999999", TOKEN, submitted.token());

        // then
        assertThat(response.status()).isEqualTo(404);
    }

    // --- PUT /api/applications/{no} -------------------------------------------------------------------------

    @Test
    void correctionIsRefusedWhileTheApplicationIsNotReturned() {
        // given
        ObjectNode application = Applicants.enterprise(callId);
        Submitted submitted = submit(application);
        application.put("orgName", "重庆测试科技股份有限公司");

        // when
        Response response = api.put("/api/applications/" + submitted.no(), application, TOKEN, submitted.token());

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(driver.process(submitted.no())).isWaitingAt("DistrictReview");
        assertThat(driver.status(submitted.no())).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void correctionOfAReturnedApplicationStartsTheReviewAgain() {
        // given
        ObjectNode application = Applicants.enterprise(callId);
        Submitted submitted = submit(application);
        driver.complete(submitted.no(), "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", true, "comment", "请补充发票"));
        application.put("orgName", "重庆测试科技股份有限公司");

        // when
        Response response = api.put("/api/applications/" + submitted.no(), application, TOKEN, submitted.token());
        driver.runJobs(submitted.processInstanceId());

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("applicationNo").asText()).isEqualTo(submitted.no());
        assertThat(driver.process(submitted.no())).hasPassed("Task_AwaitCorrection").isWaitingAt("DistrictReview");
        Response status = api.get("/api/applications/" + submitted.no(), TOKEN, submitted.token());
        assertThat(status.json().path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(status.json().path("events").findValuesAsText("status")).contains("RETURNED_FOR_CORRECTION");
    }

    @Test
    void correctionWithAWrongTokenLooksLikeAnUnknownApplication() {
        // given
        ObjectNode application = Applicants.enterprise(callId);
        Submitted submitted = submit(application);
        driver.complete(submitted.no(), "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", true, "comment", "请补充发票"));

        // when
        Response response = api.put("/api/applications/" + submitted.no(), application, TOKEN, "not-" + submitted.token());

        // then
        assertThat(response.status()).isEqualTo(404);
        assertThat(driver.status(submitted.no())).isEqualTo(ApplicationStatus.RETURNED_FOR_CORRECTION);
    }

    // --- helpers --------------------------------------------------------------------------------------------

    record Submitted(String no, String processInstanceId, String token) {
    }

    record Counts(long runningInstances, long historicInstances, long applications, long mails) {
    }

    /** Submits over HTTP and runs the automatic steps, as the job executor would. */
    private Submitted submit(ObjectNode application) {
        Response response = api.post("/api/applications", application);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode body = response.json();
        Submitted submitted = new Submitted(body.path("applicationNo").asText(), body.path("processInstanceId").asText(),
                body.path("trackingToken").asText());
        driver.runJobs(submitted.processInstanceId());
        return submitted;
    }

    private Counts counts() {
        return new Counts(
                runtimeService.createProcessInstanceQuery().processDefinitionKey("award-application").count(),
                historyService.createHistoricProcessInstanceQuery().processDefinitionKey("award-application").count(),
                jdbc.sql("SELECT COUNT(*) FROM application").query(Long.class).single(),
                jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single());
    }

    private static void assertProblem(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).as(response.body()).containsExactly(field);
        assertThat(response.json().path("errors").path(0).path("message").asText()).isNotBlank();
    }

    /** POST with Transfer-Encoding: chunked (a body of unknown length). */
    private Response postInChunks(String body) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/applications"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Arguments invalid(String what, String field, Consumer<ObjectNode> change) {
        return Arguments.of(Named.of(what, change), field);
    }

    /** Each code has exactly one valid check character: any other one is wrong. */
    private static String wrongCheckCharacter(String code) {
        return code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
    }
}

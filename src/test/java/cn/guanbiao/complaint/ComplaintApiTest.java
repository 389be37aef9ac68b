package cn.guanbiao.complaint;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** {@code POST /api/public/complaints} without login, and what administrators see of complaints. */
@AwardSpringTest
class ComplaintApiTest {

    private static final String PATH = "/api/public/complaints";

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired ComplaintFixtures fixtures;
    @Autowired Complaints complaints;

    ApiClient api;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
        api = new ApiClient(port);
    }

    @Test
    void complaintAboutAPaidAwardIsAcceptedWithAReferenceNumberAndGoesToVerification() {
        // given
        String applicationNo = fixtures.paidAward();
        ObjectNode json = ComplaintFixtures.aboutAward(applicationNo);

        // when
        Response response = api.post(PATH, json);

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        String ref = response.json().path("referenceNo").asText();
        assertThat(ref).matches("TS-\\d{4}-\\d{6}");
        Complaint stored = complaints.get(ref);
        assertThat(stored.subject()).isEqualTo(ComplaintSubject.AWARD);
        assertThat(stored.applicationNo()).isEqualTo(applicationNo);
        assertThat(stored.content()).isEqualTo(json.get("content").asText()).contains("\n");
        assertThat(stored.contactEmail()).isEqualTo(json.get("contactEmail").asText());
        assertThat(stored.status()).isEqualTo(ComplaintStatus.IN_VERIFICATION);
        assertThat(fixtures.process(ref)).isWaitingAt(ComplaintVariables.TASK_KEY).variables()
                .containsEntry("referenceNo", ref).containsEntry("subject", "AWARD").containsEntry("applicationNo", applicationNo)
                .containsEntry("complainantHasEmail", true).containsEntry(ComplaintVariables.PAYMENT_HELD, false);
        assertThat(stored.processInstanceId()).isEqualTo(fixtures.process(ref).getId());
    }

    @Test
    void anonymousComplaintAboutACertificationBodyIsAccepted() {
        // when
        Response response = api.post(PATH, ComplaintFixtures.aboutBody(Applicants.APPROVED_BODY));

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        String ref = response.json().path("referenceNo").asText();
        assertThat(complaints.get(ref)).satisfies(c -> {
            assertThat(c.certificationBody()).isEqualTo(Applicants.APPROVED_BODY);
            assertThat(c.applicationNo()).isNull();
            assertThat(c.contactName()).isNull();
            assertThat(c.contactEmail()).isNull();
        });
        assertThat(fixtures.process(ref)).isWaitingAt(ComplaintVariables.TASK_KEY).variables()
                .containsEntry("certificationBody", Applicants.APPROVED_BODY).containsEntry("complainantHasEmail", false);
    }

    @Test
    void referenceNumbersAreDistinct() {
        // when
        String first = api.post(PATH, ComplaintFixtures.aboutBody(Applicants.APPROVED_BODY)).json().path("referenceNo").asText();
        String second = api.post(PATH, ComplaintFixtures.aboutBody(Applicants.APPROVED_BODY)).json().path("referenceNo").asText();

        // then
        assertThat(first).isNotEqualTo(second);
    }

    static Stream<Arguments> badComplaints() {
        return Stream.of(
                bad("subject", j -> j.remove("subject")),
                bad("subject", j -> j.put("subject", "OFFICIAL")),
                bad("certificationBody", j -> j.remove("certificationBody")),
                bad("certificationBody", j -> j.put("certificationBody", "不存在的认证有限公司")),
                bad("content", j -> j.remove("content")),
                bad("content", j -> j.put("content", "   ")),
                bad("content", j -> j.put("content", "举".repeat(ComplaintFormReader.MAX_CONTENT + 1))),
                bad("content", j -> j.put("content", "含有控制字符\u0007")),
                bad("contactName", j -> j.put("contactName", "名".repeat(101))),
                bad("contactEmail", j -> j.put("contactEmail", "not-an-address")),
                bad("contactPhone", j -> j.put("contactPhone", "call me")),
                bad("contactPhone", j -> j.put("contactPhone", 13900000000L)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badComplaints")
    void badFieldIsNamedAndNothingIsStoredOrStarted(String field, String change, Consumer<ObjectNode> mutation) {
        // given
        ObjectNode json = ComplaintFixtures.aboutBody(Applicants.APPROVED_BODY);
        json.put("contactEmail", "someone@example.com");
        mutation.accept(json);
        int storedBefore = complaints.count();
        long startedBefore = started();

        // when
        Response response = api.post(PATH, json);

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly(field);
        assertThat(complaints.count()).isEqualTo(storedBefore);
        assertThat(started()).isEqualTo(startedBefore);
    }

    @Test
    void awardComplaintNamesAnApplicationThatWasPaidOrIsStillOnItsWayToTheMoney() {
        // given: an application still under review, one rejected, and one that does not exist
        String callId = driver.openCall("1000000").callId();
        String underReview = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String rejected = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.complete(rejected, "DistrictReview", "reviewer-500112", Map.of("approved", false, "comment", "证书与申报单位不符"));
        int storedBefore = complaints.count();

        // when
        Response beforeTheMoney = api.post(PATH, ComplaintFixtures.aboutAward(underReview));
        Response closed = api.post(PATH, ComplaintFixtures.aboutAward(rejected));
        Response unknown = api.post(PATH, ComplaintFixtures.aboutAward("GB-1999-999999"));
        ObjectNode missing = ComplaintFixtures.aboutAward(underReview);
        missing.remove("applicationNo");
        Response absent = api.post(PATH, missing);

        // then: the tip-off before the money is taken and holds the payment while it is verified
        assertThat(beforeTheMoney.status()).as(beforeTheMoney.toString()).isEqualTo(202);
        String ref = beforeTheMoney.json().path("referenceNo").asText();
        assertThat(fixtures.process(ref)).isWaitingAt(ComplaintVariables.TASK_KEY).variables()
                .containsEntry("applicationNo", underReview).containsEntry(ComplaintVariables.PAYMENT_HELD, true);
        assertThat(closed.status()).isEqualTo(400);
        assertThat(closed.errorFields()).containsExactly("applicationNo");
        assertThat(closed.json().path("errors").get(0).path("message").asText()).contains("已办结").contains("不予奖励");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("message").asText()).contains("未找到");
        assertThat(absent.errorFields()).containsExactly("applicationNo");
        assertThat(complaints.count()).isEqualTo(storedBefore + 1);
    }

    @Test
    void complaintNamesOneSubjectOnly() {
        // given
        ObjectNode json = ComplaintFixtures.aboutBody(Applicants.APPROVED_BODY);
        json.put("applicationNo", "GB-2026-000001");

        // when
        Response response = api.post(PATH, json);

        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("applicationNo");
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        // when
        Response response = api.post(PATH, Map.of("subject", "CERTIFICATION_BODY", "contactEmail", "x@", "contactPhone", "abc"));

        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("certificationBody", "content", "contactEmail", "contactPhone");
    }

    @Test
    void bodyThatIsNotAJsonObjectIsRefused() {
        // when
        Response array = api.post(PATH, "[]");
        Response broken = api.post(PATH, "{\"subject\":");

        // then
        assertThat(array.status()).isEqualTo(400);
        assertThat(array.errorFields()).containsExactly("");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.errorFields()).containsExactly("body");
    }

    @Test
    void administratorsSeeWhoVerifiedEachComplaintAndTheFindingsAgainstBodies() {
        // given
        String ref = api.post(PATH, ComplaintFixtures.aboutBody(Applicants.BODY_NOT_ON_FILING_LIST)).json().path("referenceNo").asText();
        driver.complete(ref, ComplaintVariables.TASK_KEY, "municipal",
                Map.of("decision", "CONFIRMED", "findings", "审核时间由 3 天缩短为半天，属实。"));

        // when
        Response list = api.as("admin", "admin").get("/api/admin/complaints");
        Response one = api.as("admin", "admin").get("/api/admin/complaints/" + ref);
        Response bodyFindings = api.as("admin", "admin").get("/api/admin/certification-body-findings");

        // then
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        JsonNode view = find(list.json(), "referenceNo", ref);
        assertThat(view).as("complaint %s in %s", ref, list.body()).isNotNull();
        assertThat(view.path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(view.path("statusLabel").asText()).isEqualTo("属实");
        assertThat(view.path("decidedBy").asText()).isEqualTo("municipal");
        assertThat(view.path("decidedAt").asText()).isNotBlank();
        assertThat(view.path("findings").asText()).isEqualTo("审核时间由 3 天缩短为半天，属实。");
        assertThat(view.has("contactEmail")).isFalse();
        assertThat(one.json().path("decidedBy").asText()).isEqualTo("municipal");
        JsonNode finding = find(bodyFindings.json(), "sourceRef", ref);
        assertThat(finding).as("finding of %s in %s", ref, bodyFindings.body()).isNotNull();
        assertThat(finding.path("certificationBody").asText()).isEqualTo(Applicants.BODY_NOT_ON_FILING_LIST);
        assertThat(finding.path("recordedBy").asText()).isEqualTo("municipal");
    }

    @Test
    void complaintListIsForAdministratorsOnly() {
        // when
        Response anonymous = api.get("/api/admin/complaints");
        Response reviewer = api.as("municipal", "demo").get("/api/admin/complaints");
        Response findings = api.as("economy", "demo").get("/api/admin/certification-body-findings");

        // then
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(reviewer.status()).isEqualTo(403);
        assertThat(findings.status()).isEqualTo(403);
    }

    private long started() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ComplaintVariables.PROCESS_KEY).count();
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.path(key).asText())) {
                return item;
            }
        }
        return null;
    }

    private static Arguments bad(String field, Consumer<ObjectNode> mutation) {
        return Arguments.of(field, describe(mutation), mutation);
    }

    private static String describe(Consumer<ObjectNode> mutation) {
        ObjectNode probe = ComplaintFixtures.aboutBody(Applicants.APPROVED_BODY);
        mutation.accept(probe);
        String text = probe.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}

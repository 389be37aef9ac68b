package cn.guanbiao.spotcheck;

import java.util.ArrayList;
import java.util.List;

import cn.guanbiao.application.Applications;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static cn.guanbiao.spotcheck.SpotCheckDriver.checklist;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/admin/spot-checks} and {@code /api/admin/certification-body-findings}: administrators only. */
@AwardSpringTest
class SpotCheckAdminApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired SpotCheckDriver spotChecks;
    @Autowired SpotCheckRecords records;
    @Autowired Applications applications;

    ApiClient anonymous;
    ApiClient admin;

    @BeforeEach
    void clients() {
        anonymous = new ApiClient(port);
        admin = anonymous.as("admin", "admin");
    }

    @Test
    void startingACampaignNeedsAnAdministrator() {
        // when
        ApiClient.Response withoutLogin = anonymous.post("/api/admin/spot-checks", "{}");
        ApiClient.Response asMunicipalOffice = anonymous.as("municipal", "demo").post("/api/admin/spot-checks", "{}");
        ApiClient.Response asInspector = anonymous.as("inspector3", "demo").post("/api/admin/spot-checks", "{}");

        // then
        assertThat(withoutLogin.status()).isEqualTo(401);
        assertThat(asMunicipalOffice.status()).isEqualTo(403);
        assertThat(asInspector.status()).isEqualTo(403);
    }

    @Test
    void administratorStartsACampaignAndGetsItsDraw() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 3);
        ObjectNode body = JSON.createObjectNode().put("rate", 0.5).put("inspectorsPerUnit", 2).put("seed", 123)
                .put("callId", paid.callId());

        // when
        ApiClient.Response response = admin.post("/api/admin/spot-checks", body);

        // then: 201 with the campaign number, the inputs of the draw and its result
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode draw = response.json();
        String campaignNo = draw.path("campaignNo").asText();
        assertThat(campaignNo).matches("SC-\\d{4}-\\d{2,}");
        assertThat(draw.path("seed").asLong()).isEqualTo(123);
        assertThat(draw.path("rate").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(draw.path("startedBy").asText()).isEqualTo("admin");
        assertThat(texts(draw.path("population"))).containsExactlyElementsOf(paid.applicationNos().stream().sorted().toList());
        assertThat(draw.path("sampleSize").asInt()).isEqualTo(2);
        assertThat(draw.path("sample")).hasSize(2).allSatisfy(unit -> {
            assertThat(paid.applicationNos()).contains(unit.path("applicationNo").asText());
            assertThat(texts(unit.path("inspectors"))).hasSize(2).doesNotHaveDuplicates();
            assertThat(unit.path("conclusionLabel").asText()).isEqualTo("待检查");
        });
        assertThat(draw.path("reproduced").asBoolean()).isTrue();
        // and the same when read back
        ApiClient.Response readBack = admin.get("/api/admin/spot-checks/" + campaignNo);
        assertThat(readBack.status()).isEqualTo(200);
        assertThat(readBack.json().path("sample")).isEqualTo(draw.path("sample"));
        assertThat(admin.get("/api/admin/spot-checks").json().findValuesAsText("campaignNo")).contains(campaignNo);
    }

    @Test
    void unsetFieldsTakeTheConfiguredRateAndInspectorsPerUnitAndAFreshSeed() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);

        // when: only the scope (without it the draw would reach the paid awards of every other test)
        ApiClient.Response response = admin.post("/api/admin/spot-checks", JSON.createObjectNode().put("callId", paid.callId()));

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("rate").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(response.json().path("inspectorsPerUnit").asInt()).isEqualTo(2);
        assertThat(response.json().path("seed").asLong()).isBetween(0L, (1L << 53) - 1);
        assertThat(response.json().path("sampleSize").asInt()).isEqualTo(1);
    }

    @Test
    void invalidSettingsAreRefusedFieldByField() {
        // given
        ObjectNode body = JSON.createObjectNode().put("rate", 1.5).put("inspectorsPerUnit", 0).put("seed", -1)
                .put("callId", "CALL-1900-999");

        // when
        ApiClient.Response response = admin.post("/api/admin/spot-checks", body);

        // then
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly("rate", "inspectorsPerUnit", "seed", "callId");
    }

    @Test
    void drawWithTooFewInspectorsIsRefusedNamingTheUnitAndNothingIsStored() {
        // given: seven inspectors per unit asked for, six in the pool
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        int campaigns = records.campaigns().size();

        // when
        ApiClient.Response response = admin.post("/api/admin/spot-checks",
                JSON.createObjectNode().put("callId", paid.callId()).put("inspectorsPerUnit", 7).put("seed", 5));

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("inspectorsPerUnit");
        assertThat(response.json().path("errors").get(0).path("message").asText()).contains(paid.first(), "只剩 6 名", "每家需 7 名");
        assertThat(records.campaigns()).hasSize(campaigns);
        assertThat(driver.status(paid.first())).isEqualTo(cn.guanbiao.application.ApplicationStatus.PAID);
    }

    @Test
    void readingACampaignNeedsAnAdministratorAndAnExistingNumber() {
        assertThat(anonymous.get("/api/admin/spot-checks/SC-2026-01").status()).isEqualTo(401);
        assertThat(anonymous.as("municipal", "demo").get("/api/admin/spot-checks/SC-2026-01").status()).isEqualTo(403);
        assertThat(admin.get("/api/admin/spot-checks/SC-1999-99").status()).isEqualTo(404);
    }

    @Test
    void certificationBodyFindingsAreListedForTheReportToTheNationalOffice() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        String campaignNo = spotChecks.start(paid.callId(), null, null, 31L);
        spotChecks.inspect(campaignNo, paid.first(), checklist(SpotCheckConclusion.RECTIFY, "审核报告记载的现场审核日期该单位无人接待",
                InspectionChecklist.Item.BODY_ON_SITE_AUDIT, InspectionChecklist.Item.SYSTEM_RECORDS));

        // when
        ApiClient.Response withoutLogin = anonymous.get("/api/admin/certification-body-findings");
        ApiClient.Response asMunicipal = anonymous.as("municipal", "demo").get("/api/admin/certification-body-findings");
        ApiClient.Response asAdmin = admin.get("/api/admin/certification-body-findings");

        // then
        assertThat(withoutLogin.status()).isEqualTo(401);
        assertThat(asMunicipal.status()).isEqualTo(403);
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.json()).anySatisfy(finding -> {
            assertThat(finding.path("applicationNo").asText()).isEqualTo(paid.first());
            assertThat(finding.path("sourceRef").asText()).isEqualTo(campaignNo);
            assertThat(finding.path("certificationBody").asText()).isEqualTo(applications.get(paid.first()).form().certificationBody());
            assertThat(finding.path("issue").asText()).isEqualTo(InspectionChecklist.Item.BODY_ON_SITE_AUDIT.failure());
            assertThat(finding.path("findings").asText()).contains("无人接待");
        });
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}

package cn.guanbiao.pilot;

import java.util.List;
import java.util.Map;

import cn.guanbiao.application.CreditCode;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pilot's admin API ({@code /api/admin/pilot-*}, camunda-admin only) and its exports and overview under
 * {@code /admin/pilot} (camunda-admin and municipal-ip-office).
 */
@AwardSpringTest
class PilotAdminApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired PilotEnterprises enterprises;
    @Autowired PilotBatches batches;
    @Autowired PilotDriver pilot;
    @Autowired AwardDriver driver;
    @Autowired RuntimeService runtimeService;

    ApiClient anonymous;
    ApiClient admin;

    @BeforeEach
    void clients() {
        anonymous = new ApiClient(port);
        admin = anonymous.as("admin", "admin");
    }

    @Test
    void administratorRecordsAnEligibleEnterpriseWithTheYearItWasPilotedAndKeepsTheYearWhenChangingIt() {
        // given
        String district = PilotDriver.freshDistrict();
        String code = CreditCode.withCheckCharacter("91" + district + "AP0000001");
        ObjectNode body = enterprise(code, district).put("pilotYear", 2023);

        // when
        Response saved = admin.post("/api/admin/pilot-enterprises", body);
        Response listed = admin.get("/api/admin/pilot-enterprises?districtCode=" + district);

        // then
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.json().path("creditCode").asText()).isEqualTo(code);
        assertThat(saved.json().path("pilotYear").asInt()).isEqualTo(2023);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json()).singleElement().satisfies(e -> {
            assertThat(e.path("name").asText()).isEqualTo("重庆接口测试科技有限公司");
            assertThat(e.path("ipHonour").asText()).isEqualTo("NATIONAL_ADVANTAGE");
            assertThat(e.path("littleGiant").asBoolean()).isTrue();
            assertThat(e.path("contactEmail").asText()).isEqualTo("li@example.com");
        });
        assertThat(enterprises.find(code).orElseThrow().pilotYear()).isEqualTo(2023);

        // when: the contact changes, the year not sent
        Response changed = admin.post("/api/admin/pilot-enterprises", enterprise(code, district).put("contactName", "赵工"));

        // then: the year it was piloted stays
        assertThat(changed.status()).isEqualTo(201);
        assertThat(enterprises.find(code).orElseThrow()).satisfies(e -> {
            assertThat(e.contactName()).isEqualTo("赵工");
            assertThat(e.pilotYear()).isEqualTo(2023);
        });
    }

    @Test
    void invalidEnterpriseIsRefusedNamingEveryBadField() {
        // given
        ObjectNode body = JSON.createObjectNode().put("creditCode", "91500000XXXXXXXXX0").put("name", "")
                .put("districtCode", "999999").put("ipHonour", "PROVINCIAL_ADVANTAGE").put("littleGiant", "yes")
                .put("contactEmail", "not-an-address").put("pilotYear", 2026);

        // when
        Response response = admin.post("/api/admin/pilot-enterprises", body);

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactlyInAnyOrder("creditCode", "name", "districtCode", "ipHonour",
                "littleGiant", "contactEmail", "pilotYear");
    }

    @Test
    void enterpriseThatIsNeitherHonouredNorALittleGiantIsNotEligible() {
        // given
        String district = PilotDriver.freshDistrict();
        String code = CreditCode.withCheckCharacter("91" + district + "AP0000002");
        ObjectNode body = enterprise(code, district).putNull("ipHonour").put("littleGiant", false);

        // when
        Response response = admin.post("/api/admin/pilot-enterprises", body);

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("littleGiant");
        assertThat(enterprises.find(code)).isEmpty();
    }

    @Test
    void onlyAdministratorsMayUseTheAdminApi() {
        // when
        Response none = anonymous.get("/api/admin/pilot-enterprises");
        Response unknownUser = anonymous.as("nobody", "nothing").post("/api/admin/pilot-batches", JSON.createObjectNode().put("year", 2024));
        Response municipal = anonymous.as("municipal", "demo").get("/api/admin/pilot-enterprises");
        Response reviewer = anonymous.as("reviewer-500112", "demo").post("/api/admin/pilot-batches",
                JSON.createObjectNode().put("year", 2024));

        // then
        assertThat(none.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(municipal.status()).isEqualTo(403);
        assertThat(reviewer.status()).isEqualTo(403);
        assertThat(batches.find(PilotBatches.batchNo(2024, "500112"))).isEmpty();
    }

    @Test
    void administratorOpensADistrictsBatchWithTheYearsDeadline() {
        // given
        String district = PilotDriver.freshDistrict();
        pilot.enterprises(district, 4);

        // when
        Response response = admin.post("/api/admin/pilot-batches", JSON.createObjectNode().put("year", 2023).put("districtCode", district));

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("deadline").asText()).isEqualTo("2023-07-26");
        JsonNode batch = response.json().path("batches").get(0);
        assertThat(batch.path("batchNo").asText()).isEqualTo("PB-2023-" + district);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(batch.path("processInstanceId").asText())
                .singleResult().getBusinessKey()).isEqualTo("PB-2023-" + district);
        assertThat(batches.find("PB-2023-" + district).orElseThrow().openedBy()).isEqualTo("admin");
        Response view = admin.get("/api/admin/pilot-batches/PB-2023-" + district);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().path("entries")).hasSize(4);
        assertThat(admin.get("/api/admin/pilot-batches/PB-2023-000000").status()).isEqualTo(404);
    }

    @Test
    void enterprisesOfTheCsvAreLoadedAtStart() {
        // given
        List<java.util.Map<String, String>> rows = cn.guanbiao.reference.CsvFile.read(java.nio.file.Path.of("config/reference",
                PilotEnterpriseSeeder.FILE));

        // when
        Response listed = admin.get("/api/admin/pilot-enterprises");

        // then: every row is there, with its district and what makes it eligible
        assertThat(rows).isNotEmpty();
        java.util.Map<String, JsonNode> byCode = new java.util.HashMap<>();
        listed.json().forEach(e -> byCode.put(e.path("creditCode").asText(), e));
        for (java.util.Map<String, String> row : rows) {
            JsonNode e = byCode.get(row.get("creditCode"));
            assertThat(e).as(row.get("creditCode")).isNotNull();
            assertThat(e.path("name").asText()).isEqualTo(row.get("name"));
            assertThat(e.path("districtCode").asText()).isEqualTo(row.get("districtCode"));
            assertThat(e.path("littleGiant").asBoolean()).isEqualTo(Boolean.parseBoolean(row.get("littleGiant")));
            assertThat(e.path("ipHonour").asText("")).isEqualTo(row.get("ipHonour"));
        }
    }

    @Test
    void openingAYearForAllDistrictsSkipsThoseWhoseEarlierListIsUndecided() {
        // given: one district with an undecided 2023 list, another ready
        String undecided = PilotDriver.freshDistrict();
        pilot.enterprises(undecided, 3);
        pilot.open(2023, undecided);
        String ready = PilotDriver.freshDistrict();
        pilot.enterprises(ready, 2);

        // when
        Response response = admin.post("/api/admin/pilot-batches", JSON.createObjectNode().put("year", 2025));

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("deadline").asText()).isEqualTo("2025-03-20");
        List<String> opened = new java.util.ArrayList<>();
        response.json().path("batches").forEach(b -> opened.add(b.path("batchNo").asText()));
        assertThat(opened).contains("PB-2025-" + ready).doesNotContain("PB-2025-" + undecided);
        assertThat(response.json().path("skipped")).anySatisfy(s -> {
            assertThat(s.path("districtCode").asText()).isEqualTo(undecided);
            assertThat(s.path("reason").asText()).contains("2023", "尚未审定");
        });
        assertThat(batches.find("PB-2025-" + ready).orElseThrow().proposedCount()).isEqualTo(2);
        assertThat(batches.find("PB-2025-" + undecided)).isEmpty();
    }

    @Test
    void batchIsRefusedOutsideThePilotYearsTwiceOrBeforeTheEarlierListIsDecided() {
        // given: an open 2023 batch
        String district = PilotDriver.freshDistrict();
        pilot.enterprises(district, 3);
        pilot.open(2023, district);

        // when
        Response notAPilotYear = admin.post("/api/admin/pilot-batches", JSON.createObjectNode().put("year", 2026).put("districtCode", district));
        Response noYear = admin.post("/api/admin/pilot-batches", JSON.createObjectNode().put("year", "2024"));
        Response unknownDistrict = admin.post("/api/admin/pilot-batches", JSON.createObjectNode().put("year", 2024).put("districtCode", "999999"));
        Response twice = admin.post("/api/admin/pilot-batches", JSON.createObjectNode().put("year", 2023).put("districtCode", district));
        Response earlierUndecided = admin.post("/api/admin/pilot-batches", JSON.createObjectNode().put("year", 2024).put("districtCode", district));

        // then
        assertThat(notAPilotYear.status()).isEqualTo(400);
        assertThat(notAPilotYear.errorFields()).containsExactly("year");
        assertThat(noYear.errorFields()).containsExactly("year");
        assertThat(unknownDistrict.errorFields()).containsExactly("districtCode");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.errorFields()).containsExactly("year");
        assertThat(earlierUndecided.status()).isEqualTo(400);
        assertThat(earlierUndecided.errorFields()).containsExactly("districtCode");
        assertThat(earlierUndecided.json().path("errors").get(0).path("message").asText()).contains("2023", "尚未审定");
        assertThat(batches.find(PilotBatches.batchNo(2024, district))).isEmpty();
    }

    @Test
    void approvedListWithContactsAndYearlyDataAreExportedForTheMunicipalOffice() {
        // given: a district's 2023 list approved, one enterprise's 2023 data recorded
        String district = PilotDriver.freshDistrict();
        String key = pilot.piloted(district, 1, 2023).get(0);
        String code = key.substring("PP-2023-".length());
        String reviewer = PilotDriver.reviewerOf(district);
        driver.complete(key, "PilotInitialAssessment", reviewer, Map.of("assessedOn", "2023-09-01"));
        driver.complete(key, "PilotLearning", reviewer, Map.of("learningDoneOn", "2023-11-30", "gradedEvaluation", false));
        driver.fireTimer(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(PilotVariables.PARTICIPATION_PROCESS).singleResult().getId(), "Event_ReportingOpens");
        driver.complete(key, "PilotAnnualReport", reviewer,
                Map.of("inventionApplications", 12, "inventionGrants", 5, "ipStaff", 4, "rdExpense", "2500000.00"));
        ApiClient municipal = anonymous.as("municipal", "demo");

        // when
        Response list = municipal.get("/admin/pilot/list.csv?year=2023");
        Response reports = municipal.get("/admin/pilot/reports.csv?year=2023");
        Response refused = anonymous.as("reviewer-500112", "demo").get("/admin/pilot/list.csv");

        // then
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.contentType()).startsWith("text/csv");
        assertThat(list.body()).startsWith("\uFEFF试点年度,区县,批次,统一社会信用代码,企业名称,试点对象类别,联系人,联系电话,联系邮箱,审定日期")
                .contains("2023," + districtName(district) + ",PB-2023-" + district + "," + code)
                .contains("王联络,13912345678,liaison@example.com");
        assertThat(reports.status()).isEqualTo(200);
        assertThat(lines(reports.body())).anySatisfy(line -> assertThat(line)
                .startsWith("2023," + districtName(district) + "," + code).contains(",2023,12,5,4,2500000.00,", reviewer));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(anonymous.get("/admin/pilot/reports.csv").status()).isEqualTo(401);
    }

    @Test
    void overviewShowsEligibleSelectedDoneAndCoveragePerDistrictAndYear() {
        // given: 3 eligible, 1 piloted in 2023 (through the processes, assessed and learnt), 1 recorded as piloted in 2024
        String district = PilotDriver.freshDistrict();
        String key = pilot.piloted(district, 1, 2023).get(0);
        driver.complete(key, "PilotInitialAssessment", PilotDriver.reviewerOf(district), Map.of("assessedOn", "2023-09-01"));
        driver.complete(key, "PilotLearning", PilotDriver.reviewerOf(district),
                Map.of("learningDoneOn", "2023-11-30", "gradedEvaluation", false));
        pilot.enterprises(district, 1, 2024);
        pilot.enterprises(district, 1);

        // when
        Response page = anonymous.as("municipal", "demo").get("/admin/pilot");

        // then
        assertThat(page.status()).isEqualTo(200);
        String row = rowOf(page.body(), district);
        assertThat(cells(row)).containsExactly(districtName(district), "3",
                "已审定", "1", "1", "33.3%",
                "", "1", "0", "66.6%",
                "", "0", "0", "66.6%",
                "2/3（66.6%）");
        assertThat(anonymous.as("reviewer-500112", "demo").get("/admin/pilot").status()).isEqualTo(403);
        assertThat(anonymous.get("/admin/pilot").status()).isEqualTo(401);
    }

    private static ObjectNode enterprise(String code, String district) {
        return JSON.createObjectNode().put("creditCode", code).put("name", "重庆接口测试科技有限公司").put("districtCode", district)
                .put("ipHonour", "NATIONAL_ADVANTAGE").put("littleGiant", true).put("contactName", "李工")
                .put("contactPhone", "13800001111").put("contactEmail", "li@example.com");
    }

    private String districtName(String code) {
        return cn.guanbiao.reference.CsvFile.read(java.nio.file.Path.of("config/reference/districts.csv")).stream()
                .filter(r -> r.get("code").equals(code)).findFirst().orElseThrow().get("name");
    }

    private static List<String> lines(String csv) {
        return List.of(csv.split("\r\n"));
    }

    private static String rowOf(String html, String district) {
        int start = html.indexOf("data-district=\"" + district + "\"");
        assertThat(start).as("row of %s", district).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static List<String> cells(String row) {
        List<String> cells = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row);
        while (m.find()) {
            cells.add(m.group(1).strip());
        }
        return cells;
    }
}

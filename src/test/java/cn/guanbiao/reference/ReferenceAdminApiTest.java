package cn.guanbiao.reference;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.credit.CreditListType;
import cn.guanbiao.credit.CreditRecords;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Reference data an administrator keeps over HTTP (DOMAIN §5): credit records and certification bodies. */
@AwardSpringTest
class ReferenceAdminApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired CreditRecords creditRecords;
    @Autowired CertificationBodies bodies;
    @Autowired Applications applications;

    ApiClient anonymous;
    ApiClient admin;

    @BeforeEach
    void clients() {
        anonymous = new ApiClient(port);
        admin = anonymous.as("admin", "admin");
    }

    @Test
    void administratorRecordsACreditRecord() {
        // given
        String creditCode = Applicants.newCreditCode();
        ObjectNode record = JSON.createObjectNode().put("creditCode", creditCode)
                .put("listType", "SERIOUS_DISHONESTY").put("source", "信用中国 2026-11");

        // when
        Response response = admin.post("/api/admin/credit-records", record);

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("creditCode").asText()).isEqualTo(creditCode);
        assertThat(response.json().path("listType").asText()).isEqualTo("SERIOUS_DISHONESTY");
        assertThat(creditRecords.of(creditCode)).singleElement().satisfies(r -> {
            assertThat(r.listType()).isEqualTo(CreditListType.SERIOUS_DISHONESTY);
            assertThat(r.source()).isEqualTo("信用中国 2026-11");
        });
    }

    @Test
    void invalidCreditRecordIsRefusedNamingEveryBadField() {
        // given
        String creditCode = Applicants.newCreditCode();
        String wrongCheck = creditCode.substring(0, 17) + (creditCode.charAt(17) == '0' ? '1' : '0');
        ObjectNode record = JSON.createObjectNode().put("creditCode", wrongCheck).put("listType", "BLACKLIST");

        // when
        Response response = admin.post("/api/admin/credit-records", record);

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactlyInAnyOrder("creditCode", "listType", "source");
        assertThat(creditRecords.of(wrongCheck)).isEmpty();
    }

    @Test
    void administratorSavesACertificationBody() {
        // given
        String name = newBodyName();
        ObjectNode body = JSON.createObjectNode().put("name", name).put("approved", true).put("onFilingList", true);

        // when
        Response response = admin.post("/api/admin/certification-bodies", body);

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        JsonNode saved = response.json();
        assertThat(saved.path("name").asText()).isEqualTo(name);
        assertThat(saved.path("approved").asBoolean()).isTrue();
        assertThat(saved.path("onFilingList").asBoolean()).isTrue();
        assertThat(bodies.find(name)).contains(new CertificationBodies.CertificationBody(name, true, true));
    }

    @Test
    void invalidCertificationBodyIsRefusedNamingEveryBadField() {
        // given
        ObjectNode body = JSON.createObjectNode().put("name", " ").put("approved", "yes");

        // when
        Response response = admin.post("/api/admin/certification-bodies", body);

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactlyInAnyOrder("name", "approved", "onFilingList");
    }

    @Test
    void applicationNamingABodyAnAdministratorJustWithdrewIsRejectedByThePreCheck() {
        // given
        String name = newBodyName();
        assertThat(admin.post("/api/admin/certification-bodies",
                JSON.createObjectNode().put("name", name).put("approved", true).put("onFilingList", false)).status())
                .isEqualTo(201);
        Response withdrawn = admin.post("/api/admin/certification-bodies",
                JSON.createObjectNode().put("name", name).put("approved", false).put("onFilingList", false));
        assertThat(withdrawn.status()).isEqualTo(201);
        ObjectNode application = Applicants.enterprise(driver.openCall("1000000").callId());
        application.put("certificationBody", name);

        // when
        String no = driver.submit(application).applicationNo();

        // then
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(applications.get(no).statusReason()).contains("认证机构");
    }

    @Test
    void referenceDataNeedsAnAdministrator() {
        // given
        ObjectNode body = JSON.createObjectNode().put("name", newBodyName()).put("approved", true).put("onFilingList", true);

        // when
        Response withoutCredentials = anonymous.post("/api/admin/certification-bodies", body);
        Response asReviewer = anonymous.as("municipal", "demo").post("/api/admin/certification-bodies", body);

        // then
        assertThat(withoutCredentials.status()).isEqualTo(401);
        assertThat(asReviewer.status()).isEqualTo(403);
        assertThat(bodies.find(body.path("name").asText())).isEmpty();
    }

    private static String newBodyName() {
        return "测试认证有限公司" + Applicants.newInvoiceNo();
    }
}

package cn.guanbiao.applicant;

import cn.guanbiao.application.AwardApplicationVariables;
import cn.guanbiao.application.ProcessVariables;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applicants' files (certificate, invoices): uploaded with the tracking token, accepted by content only, stored with
 * their SHA-256, served back only as downloads, to the applicant with the token and to reviewers with HTTP Basic.
 */
@AwardSpringTest
class AttachmentApiTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;
    @Autowired ObjectMapper json;

    Uploads uploads;
    ApiClient api;
    String callId;
    String outsider;

    @BeforeEach
    void openCall() {
        uploads = new Uploads(port);
        api = new ApiClient(port);
        callId = driver.openCall("1000000").callId();
    }

    @AfterEach
    void removeOutsider() {
        if (outsider != null) {
            identityService.deleteUser(outsider);
        }
    }

    @Test
    void pdfPngAndJpegAreAcceptedByTheirContentAndListedForTheApplicant() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));

        // when
        Uploads.Answer pdf = upload(accepted, "CERTIFICATE", "证书.pdf", "application/pdf", Uploads.PDF);
        Uploads.Answer png = upload(accepted, "INVOICE", "发票1.png", "application/octet-stream", Uploads.PNG);
        Uploads.Answer jpeg = upload(accepted, "INVOICE", "发票2.jpg", "image/jpeg", Uploads.JPEG);

        // then
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(201);
        assertThat(png.status()).as(png.toString()).isEqualTo(201);
        assertThat(jpeg.status()).as(jpeg.toString()).isEqualTo(201);
        assertThat(pdf.json().path("contentType").asText()).isEqualTo("application/pdf");
        assertThat(png.json().path("contentType").asText()).isEqualTo("image/png");
        assertThat(jpeg.json().path("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(pdf.json().path("fileName").asText()).isEqualTo("证书.pdf");
        assertThat(pdf.json().path("size").asLong()).isEqualTo(Uploads.PDF.length);
        assertThat(pdf.json().path("attachmentId").asText()).isNotBlank();
        assertThat(pdf.json().path("sha256").asText()).isEqualTo(AttachmentUploads.sha256(Uploads.PDF));
        JsonNode listed = status(accepted).path("attachments");
        assertThat(listed).hasSize(3);
        assertThat(listed.findValuesAsText("fileName")).containsExactly("证书.pdf", "发票1.png", "发票2.jpg");
        assertThat(listed.findValuesAsText("kind")).containsExactly("CERTIFICATE", "INVOICE", "INVOICE");
    }

    @Test
    void htmlNamedPdfIsRefusedWhateverTypeItDeclares() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));

        // when
        Uploads.Answer answer = upload(accepted, "CERTIFICATE", "x.pdf", "application/pdf", Uploads.HTML);

        // then
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(answer.json().path("errors").get(0).path("message").asText()).contains("PDF", "JPG", "PNG");
        assertThat(status(accepted).path("attachments")).isEmpty();
    }

    @Test
    void fileAboveTheSizeLimitIsRefused() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));

        // when
        Uploads.Answer answer = upload(accepted, "INVOICE", "big.pdf", "application/pdf", Uploads.pdfOfSize(10 * 1024 * 1024 + 1));

        // then
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(answer.json().path("errors").get(0).path("message").asText()).contains("10 MB");
    }

    @Test
    void fileOfExactlyTheSizeLimitIsAccepted() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));

        // when
        Uploads.Answer answer = upload(accepted, "INVOICE", "scan.pdf", "application/pdf", Uploads.pdfOfSize(10 * 1024 * 1024));

        // then
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    @Test
    void unknownKindOrMissingFileIsRefusedNamingTheField() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));

        // when
        Uploads.Answer badKind = upload(accepted, "PASSPORT", "a.pdf", "application/pdf", Uploads.PDF);
        Uploads.Answer noFile = uploads.upload(accepted.applicationNo(), accepted.trackingToken(), "OTHER", null, null, null);
        Uploads.Answer empty = upload(accepted, "OTHER", "empty.pdf", "application/pdf", new byte[0]);

        // then
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().path("errors").get(0).path("field").asText()).isEqualTo("kind");
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.json().path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("errors").get(0).path("field").asText()).isEqualTo("file");
    }

    @Test
    void twentyFilesAreTheMostOneApplicationTakes() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        for (int i = 1; i <= AttachmentUploads.MAX_PER_APPLICATION; i++) {
            assertThat(upload(accepted, "OTHER", "材料" + i + ".png", "image/png", Uploads.PNG).status()).isEqualTo(201);
        }

        // when
        Uploads.Answer answer = upload(accepted, "OTHER", "材料21.png", "image/png", Uploads.PNG);

        // then
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo("file");
        assertThat(status(accepted).path("attachments")).hasSize(AttachmentUploads.MAX_PER_APPLICATION);
    }

    @Test
    void wrongOrMissingTokenLooksLikeAnUnknownApplication() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        String id = upload(accepted, "CERTIFICATE", "证书.pdf", "application/pdf", Uploads.PDF).json().path("attachmentId").asText();
        String path = "/api/applications/" + accepted.applicationNo() + "/attachments/" + id;

        // when
        Uploads.Answer uploadWithWrongToken = uploads.upload(accepted.applicationNo(), "wrong-" + accepted.trackingToken(),
                "OTHER", "a.pdf", "application/pdf", Uploads.PDF);
        Uploads.Answer uploadWithoutToken = uploads.upload(accepted.applicationNo(), null, "OTHER", "a.pdf", "application/pdf",
                Uploads.PDF);
        Uploads.Answer downloadWithWrongToken = uploads.get(path, "X-Tracking-Token", "wrong-" + accepted.trackingToken());
        Uploads.Answer downloadWithoutToken = uploads.get(path);

        // then
        assertThat(uploadWithWrongToken.status()).isEqualTo(404);
        assertThat(uploadWithoutToken.status()).isEqualTo(404);
        assertThat(downloadWithWrongToken.status()).isEqualTo(404);
        assertThat(downloadWithoutToken.status()).isEqualTo(404);
        assertThat(status(accepted).path("attachments")).hasSize(1);
    }

    @Test
    void fileOfAnotherApplicationIsNotFoundWithThisApplicationsToken() {
        // given
        ApplicationIntake.Accepted mine = driver.submit(Applicants.enterprise(callId));
        ApplicationIntake.Accepted theirs = driver.submit(Applicants.enterprise(callId));
        String theirFile = upload(theirs, "CERTIFICATE", "证书.pdf", "application/pdf", Uploads.PDF).json().path("attachmentId").asText();

        // when
        Uploads.Answer answer = uploads.get("/api/applications/" + mine.applicationNo() + "/attachments/" + theirFile,
                "X-Tracking-Token", mine.trackingToken());

        // then
        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void downloadIsAnAttachmentWithTheSniffedTypeNamedInUtf8() {
        // given: a PNG that its browser declared as HTML
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        String id = upload(accepted, "INVOICE", "发票 第1张.png", "text/html", Uploads.PNG).json().path("attachmentId").asText();

        // when
        Uploads.Answer download = uploads.get("/api/applications/" + accepted.applicationNo() + "/attachments/" + id,
                "X-Tracking-Token", accepted.trackingToken());

        // then
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Uploads.PNG);
        assertThat(download.header("Content-Type")).isEqualTo("image/png");
        assertThat(download.all("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(download.all("Content-Security-Policy")).containsExactly("sandbox");
        String disposition = download.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename*=UTF-8''");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo("发票 第1张.png");
    }

    @Test
    void pdfNamedAsAWebPageIsStoredUnderThePdfExtension() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));

        // when
        Uploads.Answer answer = upload(accepted, "OTHER", "../说明.html", "text/html", Uploads.PDF);

        // then
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().path("fileName").asText()).isEqualTo("说明.pdf");
        assertThat(answer.json().path("contentType").asText()).isEqualTo("application/pdf");
    }

    @Test
    void reviewerOfAReviewingGroupDownloadsWithHttpBasic() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        String id = upload(accepted, "CERTIFICATE", "证书.pdf", "application/pdf", Uploads.PDF).json().path("attachmentId").asText();

        // when
        Uploads.Answer answer = uploads.get("/review/attachments/" + id, Uploads.basic("reviewer-500112", "demo"));

        // then
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(Uploads.PDF);
        assertThat(answer.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(answer.header("Content-Disposition")).startsWith("attachment; filename*=UTF-8''");
        assertThat(answer.all("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(answer.all("Content-Security-Policy")).containsExactly("sandbox");
    }

    @Test
    void reviewerDownloadWithoutCredentialsAsksForThem() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        String id = upload(accepted, "CERTIFICATE", "证书.pdf", "application/pdf", Uploads.PDF).json().path("attachmentId").asText();

        // when
        Uploads.Answer answer = uploads.get("/review/attachments/" + id);

        // then
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic ");
        assertThat(answer.body()).isNotEqualTo(Uploads.PDF);
    }

    @Test
    void userOutsideTheReviewingGroupsIsForbidden() {
        // given: a Camunda user of the inspectors' group only, and one of no group at all
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        String id = upload(accepted, "CERTIFICATE", "证书.pdf", "application/pdf", Uploads.PDF).json().path("attachmentId").asText();
        outsider = "outsider-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(outsider);
        user.setFirstName("外部");
        user.setLastName("用户");
        user.setPassword("outsider-secret");
        identityService.saveUser(user);
        identityService.createMembership(outsider, "inspectors");

        // when
        Uploads.Answer withRightPassword = uploads.get("/review/attachments/" + id, Uploads.basic(outsider, "outsider-secret"));
        Uploads.Answer withWrongPassword = uploads.get("/review/attachments/" + id, Uploads.basic(outsider, "wrong"));

        // then
        assertThat(withRightPassword.status()).as(withRightPassword.toString()).isEqualTo(403);
        assertThat(withRightPassword.body()).isNotEqualTo(Uploads.PDF);
        assertThat(withWrongPassword.status()).isEqualTo(401);
    }

    @Test
    void uploadRefreshesTheSummaryOfTheWaitingReviewTask() throws Exception {
        // given: the application waits in DistrictReview
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        assertThat(driver.task(accepted.applicationNo(), "DistrictReview")).isNotNull();

        // when
        String id = upload(accepted, "INVOICE", "发票.pdf", "application/pdf", Uploads.PDF).json().path("attachmentId").asText();

        // then
        String summary = AwardApplicationVariables.of(runtimeService.getVariables(accepted.processInstanceId())).reviewSummary();
        JsonNode attachments = json.readTree(summary).path("attachments");
        assertThat(attachments).hasSize(1);
        assertThat(attachments.get(0).path("name").asText()).isEqualTo("认证费发票：发票.pdf");
        assertThat(attachments.get(0).path("link").asText()).isEqualTo("http://localhost:8080/review/attachments/" + id);
    }

    @Test
    void noFileIsTakenOnceTheReviewsAreOver() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        driver.complete(accepted.applicationNo(), "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "comment", "证书与单位不符"));

        // when
        Uploads.Answer answer = upload(accepted, "OTHER", "补充.pdf", "application/pdf", Uploads.PDF);

        // then
        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo("file");
    }

    private Uploads.Answer upload(ApplicationIntake.Accepted accepted, String kind, String name, String type, byte[] content) {
        return uploads.upload(accepted.applicationNo(), accepted.trackingToken(), kind, name, type, content);
    }

    private JsonNode status(ApplicationIntake.Accepted accepted) {
        ApiClient.Response response = api.get("/api/applications/" + accepted.applicationNo(),
                "X-Tracking-Token", accepted.trackingToken());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}

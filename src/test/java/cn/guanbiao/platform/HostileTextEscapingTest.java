package cn.guanbiao.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.notification.MailParts;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.HostileText;
import cn.guanbiao.support.TestSmtp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static cn.guanbiao.support.HostileText.CONTACT_NAME;
import static cn.guanbiao.support.HostileText.COMMENT;
import static cn.guanbiao.support.HostileText.ORG_NAME;
import static cn.guanbiao.support.HostileText.assertShownEscaped;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markup typed into an application (organisation, contact, certificate, invoice), into a reviewer's comment or into an
 * objection is valid input, accepted as it is, and every server-rendered page and e-mail shows it escaped: the
 * public notice, the audit trail, the applicant's status mail and the reviewers' task mail. The browser's view of
 * the same text (status page, notice page, Tasklist) is in {@link HostileTextBrowserTest}.
 */
@AwardSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextEscapingTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.setup());

    static final String OBJECTION = "该单位" + HostileText.SCRIPT + HostileText.IMG + HostileText.QUOTES;

    @LocalServerPort int port;
    @Autowired AwardDriver driver;

    ApiClient api;
    ObjectNode hostile;
    String returned;
    String inNotice;
    String applicantEmail;
    final Map<String, String> tokens = new HashMap<>();

    @BeforeAll
    void submitApplicationsFullOfMarkup() {
        api = new ApiClient(port);
        applicantEmail = "hostile-" + System.nanoTime() + "@example.com";

        // one returned for correction with a comment full of markup
        hostile = HostileText.application(driver.openCall("1000000").callId());
        hostile.put("contactEmail", applicantEmail);
        returned = submit(hostile);
        driver.complete(returned, "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", true, "comment", COMMENT));
        assertThat(driver.status(returned)).isEqualTo(ApplicationStatus.RETURNED_FOR_CORRECTION);

        // one reviewed with such comments, in public notice, objected to with markup
        String call = driver.openCall("1000000").callId();
        ObjectNode second = HostileText.application(call);
        inNotice = submit(second);
        driver.complete(inNotice, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", COMMENT));
        driver.complete(inNotice, "DepartmentReview", "economy", Map.of("approved", true, "comment", COMMENT));
        driver.complete(inNotice, "MunicipalReview", "municipal", Map.of("approved", true, "comment", COMMENT));
        driver.decideCall(call);
        assertThat(driver.status(inNotice)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
        Response objection = api.post("/api/public/notices/" + inNotice + "/objections",
                Map.of("reason", OBJECTION, "contact", "13900000000"));
        assertThat(objection.status()).as(objection.toString()).isEqualTo(202);
    }

    @Test
    void applicationFullOfMarkupIsAcceptedAndKeptAsTyped() {
        // when
        Response status = api.get("/api/applications/" + returned, "X-Tracking-Token", tokens.get(returned));

        // then: the JSON answer carries the text as typed (JSON is not HTML: the page sets it as text)
        assertThat(status.status()).isEqualTo(200);
        JsonNode application = status.json().path("application");
        assertThat(application.path("orgName").asText()).isEqualTo(ORG_NAME);
        assertThat(application.path("contactName").asText()).isEqualTo(CONTACT_NAME);
        assertThat(application.path("certificateNo").asText()).isEqualTo(hostile.path("certificateNo").asText());
        assertThat(application.path("certificationFees").get(0).path("invoiceNo").asText())
                .isEqualTo(HostileText.invoiceNoOf(hostile));
        assertThat(status.json().path("statusReason").asText()).contains(COMMENT);
    }

    @Test
    void publicNoticePageShowsTheNameEscaped() {
        // when
        Response page = api.get("/public/notices");

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(inNotice);
        assertShownEscaped(page.body(), ORG_NAME);
    }

    @Test
    void auditTrailShowsNameCommentsAndObjectionEscaped() {
        // when
        Response page = api.as("admin", "admin").get("/admin/applications/" + inNotice);

        // then
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertShownEscaped(page.body(), ORG_NAME, COMMENT, OBJECTION);
    }

    @Test
    void applicantPagesCarryNothingOfTheApplication() {
        // when: the status page comes without the token (it is in the link's fragment, never sent to the server)
        Response page = api.get("/applications/" + returned);

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(returned).doesNotContain("科技有限公司", "请补充发票");
        assertShownEscaped(page.body());
    }

    @Test
    void markupInTheAddressNeverComesBackAsAPage() {
        // given: the image tag (Tomcat refuses an encoded slash, as in </script>, before the application sees it)
        String markup = URLEncoder.encode(HostileText.IMG, StandardCharsets.UTF_8).replace("+", "%20");

        // when: a browser asks for a page
        Response auditTrail = api.as("admin", "admin").get("/admin/applications/" + markup, "Accept", "text/html");
        Response statusPage = api.get("/applications/" + markup, "Accept", "text/html");

        // then: not found, as a problem in JSON (which the browser does not render), not as HTML
        assertThat(auditTrail.status()).as(auditTrail.toString()).isEqualTo(404);
        assertThat(auditTrail.contentType()).startsWith("application/problem+json");
        assertThat(statusPage.status()).as(statusPage.toString()).isEqualTo(404);
        assertThat(statusPage.contentType()).startsWith("application/problem+json");
    }

    @Test
    void statusMailAndReviewerMailShowTheTextEscaped() throws Exception {
        // when
        driver.deliverMails(returned);

        // then: the applicant's mail about the correction names the unit, the contact and the reviewer's comment
        MimeMessage correction = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m, applicantEmail) && subject(m).contains(returned) && subject(m).contains("补正"))
                .findFirst().orElseThrow(() -> new AssertionError("no correction mail to " + applicantEmail));
        String html = MailParts.content(correction, "text/html");
        assertShownEscaped(html, ORG_NAME, CONTACT_NAME, COMMENT);
        assertThat(MailParts.content(correction, "text/plain")).contains(ORG_NAME, CONTACT_NAME, COMMENT);

        // and: the district reviewers' mail about the new task names the unit
        List<MimeMessage> taskMails = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m, "reviewer-500112@guanbiao.example") && subject(m).contains(returned)).toList();
        assertThat(taskMails).isNotEmpty();
        for (MimeMessage mail : taskMails) {
            assertShownEscaped(MailParts.content(mail, "text/html"), ORG_NAME);
        }
    }

    private String submit(ObjectNode json) {
        Response accepted = api.post("/api/applications", json);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        driver.runJobs(accepted.json().path("processInstanceId").asText());
        tokens.put(accepted.json().path("applicationNo").asText(), accepted.json().path("trackingToken").asText());
        return accepted.json().path("applicationNo").asText();
    }

    private static boolean to(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

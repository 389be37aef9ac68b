package cn.guanbiao.document;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.guanbiao.applicant.ApplicationIntake;
import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.application.Applications;
import cn.guanbiao.account.Ledger;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's documents as PDF, read back with PDFBox: the key facts from the project's tables, the Chinese font
 * embedded, and nothing of one application reachable with another's token.
 */
@AwardSpringTest
class ApplicationDocumentsTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired Applications applications;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();
    String callId;

    record Answer(int status, String contentType, String disposition, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void openCall() {
        callId = driver.openCall("1000000").callId();
    }

    @Test
    void receiptOnSubmissionNamesTheUnitAndTheApplicationNumberInAnEmbeddedChineseFont() {
        // given
        ObjectNode form = Applicants.enterprise(callId);
        form.put("orgName", "重庆回执测试科技有限公司");
        ApplicationIntake.Accepted accepted = driver.submit(form);

        // when
        Answer answer = get(accepted.applicationNo(), accepted.trackingToken(), "/receipt");

        // then
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/pdf");
        assertThat(answer.disposition()).startsWith("attachment").contains(".pdf");
        PdfText pdf = PdfText.of(answer.body());
        assertThat(pdf.flat()).contains("贯标认证奖励申请受理回执", "重庆回执测试科技有限公司", accepted.applicationNo(),
                form.get("creditCode").asText(), "重庆市知识产权局");
        assertThat(pdf.flat()).contains(chineseDate(applications.get(accepted.applicationNo()).submittedAt().toLocalDate()));
        assertThat(pdf.fonts()).isNotEmpty();
        assertThat(pdf.fontsNotEmbedded()).isEmpty();
    }

    @Test
    void awardDecisionWhenPaidStatesTheAmountBookedInTheLedgerWithItsDocumentNumberAndDate() throws IOException {
        // given
        String no = driver.pay(Applicants::enterprise);
        Ledger.Entry payment = ledger.payment(no).orElseThrow();
        String token = applications.get(no).trackingToken();

        // when
        Answer list = get(no, token, "");
        Answer answer = get(no, token, "/award-decision");

        // then
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        PdfText pdf = PdfText.of(answer.body());
        String amount = cn.guanbiao.award.Money.yuan(payment.amount()).replace(" ", "");
        assertThat(pdf.flat()).contains("贯标认证奖励的决定", no, applications.get(no).orgName(), amount,
                "渝知奖〔" + payment.bookedAt().getYear() + "〕", chineseDate(payment.bookedAt().toLocalDate()));
        assertThat(pdf.fontsNotEmbedded()).isEmpty();
        JsonNode listed = json.readTree(list.body());
        assertThat(listed.findValuesAsText("kind")).containsExactly("receipt", "award-decision");
        assertThat(listed.get(1).path("documentNo").asText()).startsWith("渝知奖〔");
        assertThat(pdf.flat()).contains(listed.get(1).path("documentNo").asText());
    }

    @Test
    void decisionNotToAwardGivesTheReason() {
        // given: a body that is not approved is rejected at once
        ObjectNode form = Applicants.enterprise(callId);
        form.put("certificationBody", Applicants.UNAPPROVED_BODY);
        ApplicationIntake.Accepted accepted = driver.submit(form);
        assertThat(driver.status(accepted.applicationNo())).isEqualTo(ApplicationStatus.REJECTED);
        String reason = applications.get(accepted.applicationNo()).statusReason();

        // when
        Answer answer = get(accepted.applicationNo(), accepted.trackingToken(), "/rejection");

        // then
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        PdfText pdf = PdfText.of(answer.body());
        assertThat(pdf.flat()).contains("不予奖励的决定", accepted.applicationNo(), "渝知不奖〔", "行政复议",
                reason.replaceAll("\\s+", ""));
        assertThat(pdf.fontsNotEmbedded()).isEmpty();
    }

    @Test
    void anotherApplicationsDocumentsAreNotReachableWithOnesOwnToken() {
        // given
        ApplicationIntake.Accepted mine = driver.submit(Applicants.enterprise(callId));
        ApplicationIntake.Accepted theirs = driver.submit(Applicants.enterprise(callId));

        // when
        Answer theirReceiptWithMyToken = get(theirs.applicationNo(), mine.trackingToken(), "/receipt");
        Answer theirListWithMyToken = get(theirs.applicationNo(), mine.trackingToken(), "");
        Answer noToken = get(theirs.applicationNo(), null, "/receipt");
        Answer mineWithTheirToken = get(mine.applicationNo(), theirs.trackingToken(), "/receipt");

        // then
        assertThat(theirReceiptWithMyToken.status()).isEqualTo(404);
        assertThat(theirListWithMyToken.status()).isEqualTo(404);
        assertThat(noToken.status()).isEqualTo(404);
        assertThat(mineWithTheirToken.status()).isEqualTo(404);
        assertThat(get(mine.applicationNo(), mine.trackingToken(), "/receipt").status()).isEqualTo(200);
    }

    @Test
    void paidWithoutAPaymentInTheLedgerIsRefusedInOneSentenceNotAServerError() {
        // given: the status says 已拨付, the ledger has no payment
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        ApplicationStatus before = driver.status(accepted.applicationNo());
        applications.updateStatus(accepted.applicationNo(), ApplicationStatus.PAID, null);

        // when
        Answer answer;
        Answer list;
        try {
            answer = get(accepted.applicationNo(), accepted.trackingToken(), "/award-decision");
            list = get(accepted.applicationNo(), accepted.trackingToken(), "");
        } finally {
            // the shared database keeps no 已拨付 without a payment for the tests after this one
            applications.updateStatus(accepted.applicationNo(), before, null);
        }

        // then
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.text()).contains("拨付记录尚未登记");
        assertThat(list.text()).doesNotContain("award-decision");
    }

    @Test
    void aDocumentTheApplicationDoesNotHaveIsNotFound() {
        // given
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));

        // when
        Answer decision = get(accepted.applicationNo(), accepted.trackingToken(), "/award-decision");
        Answer rejection = get(accepted.applicationNo(), accepted.trackingToken(), "/rejection");
        Answer unknown = get(accepted.applicationNo(), accepted.trackingToken(), "/nonsense");

        // then
        assertThat(decision.status()).isEqualTo(404);
        assertThat(decision.text()).contains("尚未拨付");
        assertThat(rejection.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    Answer get(String applicationNo, String token, String suffix) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/applications/" + applicationNo + "/documents" + suffix));
        if (token != null) {
            request.header("X-Tracking-Token", token);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package cn.guanbiao.document;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.notice.PublicNotices;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The public notice as a dated PDF document with its 文号, linked from the archive on /public/notices. */
@AwardSpringTest
class PublicNoticeDocumentsTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired PublicNotices notices;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theNoticeOfACallIsADatedDocumentListingEachUnitWithItsAmount() throws Exception {
        // given: two units of one call in public notice
        String callId = driver.openCall("1000000").callId();
        ObjectNode first = Applicants.enterprise(callId);
        first.put("orgName", "重庆公示文件甲科技有限公司");
        ObjectNode second = Applicants.enterprise(callId);
        second.put("orgName", "重庆公示文件乙科技有限公司");
        String a = driver.submit(first).applicationNo();
        String b = driver.submit(second).applicationNo();
        driver.passReviews(a);
        driver.passReviews(b);
        driver.decideCall(callId);
        assertThat(driver.status(a)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
        PublicNotices.Notice noticeOfA = notices.current().stream().filter(n -> n.applicationNo().equals(a)).findFirst()
                .orElseThrow();

        // when: the archive page, and the document it links
        String page = new String(get("/public/notices").body(), StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("href=\"(/public/notices/documents/" + callId + "/[0-9-]+)\"").matcher(page);
        assertThat(link.find()).as(page).isTrue();
        HttpResponse<byte[]> document = get(link.group(1));

        // then
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        PdfText pdf = PdfText.of(document.body());
        assertThat(pdf.flat()).contains("拟奖励名单公示", "渝知公〔" + noticeOfA.startsOn().getYear() + "〕",
                ApplicationDocumentsTest.chineseDate(noticeOfA.startsOn()), a, b, "重庆公示文件甲科技有限公司",
                "重庆公示文件乙科技有限公司", cn.guanbiao.award.Money.yuan(noticeOfA.amount()).replace(" 元", ""),
                noticeOfA.creditCode());
        assertThat(pdf.fontsNotEmbedded()).isEmpty();
        assertThat(page).contains("渝知公〔");
    }

    @Test
    void aNoticeThatWasNeverPublishedIsNotFound() throws Exception {
        // when
        HttpResponse<byte[]> unknown = get("/public/notices/documents/NO-SUCH-CALL/2026-01-01");
        HttpResponse<byte[]> notADate = get("/public/notices/documents/NO-SUCH-CALL/yesterday");

        // then
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("没有这份公示文件");
        assertThat(notADate.statusCode()).isEqualTo(404);
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}

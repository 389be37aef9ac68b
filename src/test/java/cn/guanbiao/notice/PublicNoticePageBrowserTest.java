package cn.guanbiao.notice;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The public (no login) sees the proposed awards in notice, in a real browser. */
@AwardSpringTest
class PublicNoticePageBrowserTest {

    @Autowired AwardDriver driver;

    /** Whatever the test did, the pages it opened ran under their Content-Security-Policy without a refusal. */
    @RegisterExtension final Browser browser = new Browser().checkingCspAfterEach();

    @Test
    void publicPageShowsTheApplicationInNotice() {
        // given
        String callId = driver.openCall("1000000").callId();
        ObjectNode json = Applicants.enterprise(callId);
        json.put("orgName", "重庆公示测试科技有限公司");
        String no = driver.submit(json).applicationNo();
        driver.passReviews(no);
        driver.decideCall(callId);

        // when
        browser.get(browser.url("/public/notices"));
        browser.screenshot("public-notices");

        // then
        String table = browser.findElement(By.id("current-notices")).getText();
        assertThat(table).contains(no).contains("重庆公示测试科技有限公司").contains(json.get("creditCode").asText())
                .contains("25,000.00").containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日（含）");
        assertThat(browser.getTitle()).contains("公示");
    }

    @Test
    void anyoneObjectsFromThePublicPage() {
        // given
        String callId = driver.openCall("1000000").callId();
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.passReviews(no);
        driver.decideCall(callId);
        browser.get(browser.url("/public/notices"));

        // when
        var row = browser.findElements(By.cssSelector("#current-notices tbody tr")).stream()
                .filter(r -> r.getText().contains(no)).findFirst().orElseThrow();
        row.findElement(By.tagName("summary")).click();
        row.findElement(By.name("reason")).sendKeys("该单位认证审核未到现场，请核查");
        row.findElement(By.cssSelector("button[type=submit]")).click();

        // then
        var result = row.findElement(By.cssSelector(".result"));
        browser.waiting(5)
                .until(d -> !result.getText().isBlank());
        browser.screenshot("public-objection");
        assertThat(result.getText()).contains("异议已收到");
        assertThat(driver.task(no, "ObjectionReview")).isNotNull();
    }
}

package cn.guanbiao.document;

import java.time.Duration;
import java.util.List;

import cn.guanbiao.applicant.ApplicationIntake;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The applicant finds the documents on the status page and downloads them, in a real browser. */
@AwardSpringTest
class DocumentLinksBrowserTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start("zh-CN");
    }

    @AfterEach
    void stopBrowser() {
        try {
            assertThat(Browser.cspViolations(browser)).isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    void rejectedApplicationListsItsReceiptAndTheDecisionWithItsNumberAndBothDownload() {
        // given
        String callId = driver.openCall("1000000").callId();
        ObjectNode form = Applicants.enterprise(callId);
        form.put("certificationBody", Applicants.UNAPPROVED_BODY);
        ApplicationIntake.Accepted accepted = driver.submit(form);

        // when
        browser.get("http://localhost:" + port + "/applications/" + accepted.applicationNo() + "#token="
                + accepted.trackingToken());
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("documents")).isDisplayed());

        // then
        Browser.screenshot(browser, "status-documents");
        List<WebElement> items = browser.findElements(By.cssSelector("#document-list li"));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).getText()).contains("《受理回执》");
        assertThat(items.get(1).getText()).contains("《不予奖励决定》", "渝知不奖〔");
        for (WebElement item : items) {
            WebElement button = item.findElement(By.tagName("button"));
            button.click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> button.getAttribute("data-state") != null);
            assertThat(button.getAttribute("data-state")).isEqualTo("downloaded");
        }
        assertThat(browser.findElement(By.id("document-error")).isDisplayed()).isFalse();
    }
}

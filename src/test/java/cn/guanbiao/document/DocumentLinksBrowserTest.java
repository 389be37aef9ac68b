package cn.guanbiao.document;

import java.util.List;

import cn.guanbiao.applicant.ApplicationIntake;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import cn.guanbiao.support.FrontEndOnly;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The applicant finds the documents on the status page and downloads them, in a real browser. */
@AwardSpringTest
@FrontEndOnly
class DocumentLinksBrowserTest {

    @Autowired AwardDriver driver;

    @RegisterExtension final Browser browser = new Browser().checkingCspAfterEach();

    @Test
    void rejectedApplicationListsItsReceiptAndTheDecisionWithItsNumberAndBothDownload() {
        // given
        String callId = driver.openCall("1000000").callId();
        ObjectNode form = Applicants.enterprise(callId);
        form.put("certificationBody", Applicants.UNAPPROVED_BODY);
        ApplicationIntake.Accepted accepted = driver.submit(form);

        // when
        browser.get(browser.url("/applications/" + accepted.applicationNo() + "#token=" + accepted.trackingToken()));
        browser.waiting(10).until(d -> d.findElement(By.id("documents")).isDisplayed());

        // then
        browser.screenshot("status-documents");
        List<WebElement> items = browser.findElements(By.cssSelector("#document-list li"));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).getText()).contains("《受理回执》");
        assertThat(items.get(1).getText()).contains("《不予奖励决定》", "渝知不奖〔");
        for (WebElement item : items) {
            WebElement button = item.findElement(By.tagName("button"));
            button.click();
            browser.waiting(10).until(d -> button.getAttribute("data-state") != null);
            assertThat(button.getAttribute("data-state")).isEqualTo("downloaded");
        }
        assertThat(browser.findElement(By.id("document-error")).isDisplayed()).isFalse();
    }
}

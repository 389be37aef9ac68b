package cn.guanbiao.application;

import java.time.LocalDate;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import cn.guanbiao.support.FrontEndOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What an applicant typed survives closing the page, in this browser only, until the application is accepted. */
@AwardSpringTest
@FrontEndOnly
class ApplicationDraftBrowserTest {

    private static final String DRAFT_PREFIX = "guanbiao.application-draft.";

    @Autowired AwardDriver driver;
    @Autowired Applications applications;

    @RegisterExtension final Browser browser = new Browser().checkingCspAfterEach();

    @Test
    void typedFieldsComeBackAfterAReloadAndTheDraftIsGoneOnceSubmitted() {
        // given: an applicant who has typed half the form
        String callId = driver.openCall("1000000").callId();
        browser.get(browser.url("/applications/new?callId=" + callId));
        assertThat(notice()).contains("仅保存在本机浏览器");
        assertThat(browser.findElement(By.id("clear-draft")).isDisplayed()).isFalse();
        String creditCode = Applicants.newCreditCode();
        input("orgName").sendKeys("重庆草稿保存科技有限公司");
        input("creditCode").sendKeys(creditCode);
        select("applicantType").selectByValue("ENTERPRISE");
        select("districtCode").selectByValue("500112");
        select("standard").selectByValue("GB/T 29490-2023");
        browser.findElement(By.cssSelector("[data-add=certificationFees]")).click();
        fee(1, "invoiceNo").sendKeys("FP-DRAFT-0002");
        browser.screenshot("draft-01-typed");
        assertThat(notice()).contains("已自动保存草稿（仅保存在本机浏览器");
        assertThat(storedDraft(callId)).contains("重庆草稿保存科技有限公司").doesNotContain("files", "attachments");

        // when: the page is closed and opened again
        browser.get("about:blank");
        browser.get(browser.url("/applications/new?callId=" + callId));

        // then: every field is back, and the page says where it came from
        browser.screenshot("draft-02-restored");
        assertThat(input("orgName").getAttribute("value")).isEqualTo("重庆草稿保存科技有限公司");
        assertThat(input("creditCode").getAttribute("value")).isEqualTo(creditCode);
        assertThat(select("districtCode").getFirstSelectedOption().getAttribute("value")).isEqualTo("500112");
        assertThat(select("standard").getFirstSelectedOption().getAttribute("value")).isEqualTo("GB/T 29490-2023");
        assertThat(browser.findElements(By.cssSelector("[data-array=certificationFees] .row"))).hasSize(2);
        assertThat(fee(1, "invoiceNo").getAttribute("value")).isEqualTo("FP-DRAFT-0002");
        assertThat(notice()).contains("已恢复上次未提交的草稿", "仅保存在本机浏览器");
        assertThat(browser.findElement(By.id("clear-draft")).isDisplayed()).isTrue();

        // when: the rest is filled in and the application submitted
        browser.findElements(By.cssSelector("[data-array=certificationFees] .row")).get(1)
                .findElement(By.cssSelector("[data-remove]")).click();
        input("certificateNo").sendKeys("165IP260777R0M");
        setDate(input("certificateIssuedOn"), LocalDate.now().minusMonths(2));
        setDate(input("certificateExpiresOn"), LocalDate.now().plusYears(3).minusMonths(2));
        input("certificationBody").sendKeys(Applicants.APPROVED_BODY);
        select("auditStage").selectByValue("INITIAL");
        browser.findElement(By.cssSelector("input[name=honours][value=MUNICIPAL_ADVANTAGE]")).click();
        fee(0, "invoiceNo").sendKeys("FP-DRAFT-0001");
        fee(0, "amount").sendKeys("20000.00");
        new Select(feeSelect(0, "stage")).selectByValue("INITIAL");
        new Select(feeSelect(0, "kind")).selectByValue("CERTIFICATION");
        input("contactName").sendKeys("王草稿");
        input("contactEmail").sendKeys("draft@example.com");
        browser.findElement(By.id("submit-application")).click();

        // then: accepted, and the draft is gone from the browser
        browser.waitUntil(d -> d.getCurrentUrl().contains("#token="));
        String no = browser.getCurrentUrl().replaceAll(".*/applications/([^#]+)#.*", "$1");
        assertThat(applications.get(no).form().orgName()).isEqualTo("重庆草稿保存科技有限公司");
        assertThat(storedDraft(callId)).isNull();
        browser.get(browser.url("/applications/new?callId=" + callId));
        assertThat(input("orgName").getAttribute("value")).isEmpty();
        assertThat(notice()).doesNotContain("已恢复");
    }

    @Test
    void clearingTheDraftEmptiesTheFormAndTheStorage() {
        // given
        String callId = driver.openCall("1000000").callId();
        browser.get(browser.url("/applications/new?callId=" + callId));
        input("orgName").sendKeys("重");
        input("orgName").sendKeys(Keys.BACK_SPACE);
        assertThat(storedDraft(callId)).as("a form back as it was opened is no draft").isNull();
        input("orgName").sendKeys("重庆清除草稿科技有限公司");
        assertThat(storedDraft(callId)).contains("重庆清除草稿科技有限公司");

        // when
        browser.findElement(By.id("clear-draft")).click();

        // then
        assertThat(storedDraft(callId)).isNull();
        assertThat(input("orgName").getAttribute("value")).isEmpty();
        assertThat(input("callId").getAttribute("value")).isEqualTo(callId);
        browser.navigate().refresh();
        assertThat(input("orgName").getAttribute("value")).isEmpty();
    }

    private String notice() {
        return browser.findElement(By.id("draft-notice")).getText();
    }

    private String storedDraft(String callId) {
        return (String) browser.executeScript(
                "return window.localStorage.getItem(arguments[0]);", DRAFT_PREFIX + callId);
    }

    private WebElement fee(int index, String name) {
        return browser.findElements(By.cssSelector("[data-array=certificationFees] .row")).get(index)
                .findElement(By.cssSelector("[data-name=" + name + "] input"));
    }

    private WebElement feeSelect(int index, String name) {
        return browser.findElements(By.cssSelector("[data-array=certificationFees] .row")).get(index)
                .findElement(By.cssSelector("[data-name=" + name + "] select"));
    }

    private WebElement input(String name) {
        return browser.findElement(By.cssSelector("#application-form [name=" + name + "]"));
    }

    private Select select(String name) {
        return new Select(input(name));
    }

    private void setDate(WebElement input, LocalDate date) {
        browser.executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                input, date.toString());
    }
}

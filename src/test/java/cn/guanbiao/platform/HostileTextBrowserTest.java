package cn.guanbiao.platform;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import cn.guanbiao.support.FrontEndOnly;
import cn.guanbiao.support.HostileText;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static cn.guanbiao.support.HostileText.COMMENT;
import static cn.guanbiao.support.HostileText.CONTACT_NAME;
import static cn.guanbiao.support.HostileText.ORG_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real proof that markup in an application is shown as text: a browser opens the applicant's status page, the
 * public notice and the Tasklist form of the review, reads the markup literally, and no alert opens and no element
 * it names (script, img with onerror) exists. Screenshots in target/screenshots/hostile-*.png.
 */
@AwardSpringTest
@FrontEndOnly
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextBrowserTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;

    ApiClient api;
    final Map<String, String> tokens = new HashMap<>();
    ObjectNode hostile;
    String returned;
    String backInReview;
    String inNotice;

    @RegisterExtension final Browser browser = new Browser();

    @BeforeAll
    void submitApplicationsFullOfMarkup() {
        api = new ApiClient(port);
        String reviewing = driver.openCall("1000000").callId();

        // returned for correction with a comment full of markup
        hostile = HostileText.application(reviewing);
        returned = submit(hostile);
        returnForCorrection(returned);

        // returned, corrected as it was: back in 区县初审, with that comment among the earlier decisions
        ObjectNode again = HostileText.application(reviewing);
        backInReview = submit(again);
        returnForCorrection(backInReview);
        Response corrected = api.put("/api/applications/" + backInReview, again,
                "X-Tracking-Token", tokens.get(backInReview));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        driver.runJobs(driver.process(backInReview).getId());
        assertThat(driver.task(backInReview, "DistrictReview")).isNotNull();

        // reviewed with such comments and in public notice: the award and its fees are on the status page
        String deciding = driver.openCall("1000000").callId();
        inNotice = submit(HostileText.application(deciding));
        driver.complete(inNotice, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", COMMENT));
        driver.complete(inNotice, "DepartmentReview", "economy", Map.of("approved", true, "comment", COMMENT));
        driver.complete(inNotice, "MunicipalReview", "municipal", Map.of("approved", true, "comment", COMMENT));
        driver.decideCall(deciding);
        assertThat(driver.status(inNotice)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
    }

    @Test
    void statusPageShowsTheReviewersCommentAndTheApplicationAsText() {
        // when
        browser.get(browser.url("/applications/" + returned + "#token=" + tokens.get(returned)));
        browser.waitUntil(d -> browser.findElement(By.id("correction")).isDisplayed());
        browser.screenshot("hostile-status-returned");

        // then: the comment reads literally, the correction form holds the application as typed
        assertThat(browser.findElement(By.id("status-reason")).getText()).contains(COMMENT);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains(COMMENT);
        assertThat(field("orgName").getAttribute("value")).isEqualTo(ORG_NAME);
        assertThat(field("contactName").getAttribute("value")).isEqualTo(CONTACT_NAME);
        assertThat(field("certificateNo").getAttribute("value")).isEqualTo(hostile.path("certificateNo").asText());
        assertOwnPageClean();
    }

    @Test
    void statusPageShowsTheInvoiceNumberOfTheAwardAsText() {
        // when
        browser.get(browser.url("/applications/" + inNotice + "#token=" + tokens.get(inNotice)));
        browser.waitUntil(d -> browser.findElement(By.id("award")).isDisplayed());
        browser.screenshot("hostile-status-award");

        // then
        assertThat(browser.findElement(By.id("award-fees")).getText()).contains(HostileText.invoiceNoOf(hostile).substring(0, 3), HostileText.IMG);
        assertOwnPageClean();
    }

    @Test
    void publicNoticeShowsTheNameAsText() {
        // when
        browser.get(browser.url("/public/notices"));
        browser.screenshot("hostile-public-notices");

        // then
        WebElement row = browser.findElements(By.cssSelector("#current-notices tbody tr")).stream()
                .filter(r -> r.getText().contains(inNotice)).findFirst().orElseThrow();
        assertThat(row.getText()).contains(ORG_NAME);
        assertOwnPageClean();
    }

    @Test
    void tasklistFormShowsTheApplicationAndEarlierCommentsAsText() {
        // given: the district reviewer logged into Tasklist
        Task task = driver.task(backInReview, "DistrictReview");
        browser.signIn(browser.tasklistUrl(), "reviewer-500112");

        // when: opening the task
        browser.waitFor(By.cssSelector(".tasks-list a[href*=\"task=" + task.getId() + "\"]")).click();
        WebElement form = browser.waitFor(By.cssSelector(".fjs-form"));
        browser.waitUntil(d -> form.getText().contains(backInReview));
        browser.screenshot("hostile-tasklist-form");

        // then: name, contact, certificate, invoice and the earlier comment read literally in the form
        assertThat(form.getText()).contains(ORG_NAME, CONTACT_NAME, hostile.path("certificateNo").asText(),
                HostileText.IMG, COMMENT);
        assertNothingInjected(form);
        assertNothingInjected(browser);
    }

    /** One of the programme's own pages: nothing injected, and nothing its Content-Security-Policy had to refuse. */
    private void assertOwnPageClean() {
        assertNothingInjected(browser);
        assertThat(browser.cspViolations()).isEmpty();
    }

    /** No alert opens, and no script, image or event handler the text names became an element. */
    private void assertNothingInjected(SearchContext where) {
        assertThat(where.findElements(By.cssSelector("img[src='x'], [onerror]"))).isEmpty();
        if (where instanceof WebDriver page) {
            Object inlineAlerts = ((JavascriptExecutor) page).executeScript(
                    "return Array.from(document.scripts).filter(s => s.textContent.includes('alert(1)')).length");
            assertThat(inlineAlerts).isEqualTo(0L);
            assertThatThrownBy(() -> new WebDriverWait(page, Duration.ofSeconds(2)).until(ExpectedConditions.alertIsPresent()))
                    .as("an alert opened").isInstanceOf(TimeoutException.class);
        } else {
            assertThat(where.findElements(By.tagName("script"))).isEmpty();
        }
    }

    private void returnForCorrection(String applicationNo) {
        driver.complete(applicationNo, "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", true, "comment", COMMENT));
        assertThat(driver.status(applicationNo)).isEqualTo(ApplicationStatus.RETURNED_FOR_CORRECTION);
    }

    private String submit(ObjectNode json) {
        Response accepted = api.post("/api/applications", json);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        driver.runJobs(accepted.json().path("processInstanceId").asText());
        String applicationNo = accepted.json().path("applicationNo").asText();
        tokens.put(applicationNo, accepted.json().path("trackingToken").asText());
        return applicationNo;
    }

    private WebElement field(String name) {
        return browser.findElement(By.cssSelector("#correction-form [name='" + name + "']"));
    }
}

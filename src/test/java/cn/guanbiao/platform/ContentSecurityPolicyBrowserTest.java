package cn.guanbiao.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme's own pages work under their Content-Security-Policy, which allows no inline script or style: in a
 * real browser their style sheets apply, their scripts run (the dashboard's charts are drawn) and the console reports
 * nothing the policy refused. The pages other browser tests open (applicant pages, notice, complaints, pilot) check
 * the console as well.
 */
@AwardSpringTest
class ContentSecurityPolicyBrowserTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start("zh-CN");
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void dashboardDrawsItsChartsFromItsOwnScript() {
        // given: an application in the figures, the municipal office signed in (HTTP Basic)
        String callId = driver.openCall("1000000").callId();
        driver.submit(Applicants.enterprise(callId));
        signInWithHttpBasic("municipal");

        // when
        browser.get(url("/admin/dashboard"));
        Browser.screenshot(browser, "csp-dashboard");

        // then
        Object charts = ((JavascriptExecutor) browser).executeScript("return ['chart-status', 'chart-district', 'chart-type', "
                + "'chart-budget', 'chart-steps'].filter(id => Chart.getChart(id) !== undefined).length");
        assertThat(charts).isEqualTo(5L);
        Object statusBars = ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart('chart-status').data.labels.length");
        assertThat((Long) statusBars).isPositive();
        assertStyled();
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    @Test
    void reportAndAuditTrailAreStyledByTheirStyleSheet() {
        // given
        String callId = driver.openCall("1000000").callId();
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "材料齐全"));
        signInWithHttpBasic("municipal");

        // when / then: the report, its year field as wide as the style sheet makes it
        browser.get(url("/admin/report"));
        Browser.screenshot(browser, "csp-report");
        assertStyled();
        assertThat(browser.findElement(By.name("year")).getCssValue("width")).isNotEqualTo("auto");
        assertThat(browser.findElement(By.cssSelector("form.inline")).getCssValue("display")).isEqualTo("inline");
        assertThat(Browser.cspViolations(browser)).isEmpty();

        // when / then: the audit trail, found through its search page
        browser.get(url("/admin/applications"));
        assertThat(browser.findElement(By.tagName("body")).getCssValue("max-width")).isEqualTo("640px");
        browser.findElement(By.name("no")).sendKeys(no);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        Browser.screenshot(browser, "csp-audit-trail");
        assertThat(browser.findElement(By.id("decisions")).getText()).contains("reviewer-500112");
        assertStyled();
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    @Test
    void spotCheckResultsAndTheListOfOpenCallsAreStyledByTheirStyleSheets() {
        // when / then
        browser.get(url("/public/spot-checks"));
        assertStyled();
        browser.get(url("/applications/new"));
        assertThat(browser.findElement(By.id("open-calls")).isDisplayed()).isTrue();
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    /** The page's style sheet applied: its heading has the programme's red rule (a bare page has no border). */
    private void assertStyled() {
        assertThat(browser.findElement(By.tagName("h1")).getCssValue("border-bottom-style")).isEqualTo("solid");
    }

    private void signInWithHttpBasic(String user) {
        ChromiumDriver chromium = (ChromiumDriver) browser;
        chromium.executeCdpCommand("Network.enable", Map.of());
        chromium.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

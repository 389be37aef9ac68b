package cn.guanbiao.platform;

import java.util.Map;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import cn.guanbiao.support.FrontEndOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme's own pages work under their Content-Security-Policy, which allows no inline script or style: in a
 * real browser their style sheets apply, their scripts run (the dashboard's charts are drawn) and the console reports
 * nothing the policy refused. The pages other browser tests open (applicant pages, notice, complaints, pilot) check
 * the console as well.
 */
@AwardSpringTest
@FrontEndOnly
class ContentSecurityPolicyBrowserTest {

    @Autowired AwardDriver driver;

    @RegisterExtension final Browser browser = new Browser();

    @Test
    void dashboardDrawsItsChartsFromItsOwnScript() {
        // given: an application in the figures, the municipal office signed in (HTTP Basic)
        String callId = driver.openCall("1000000").callId();
        driver.submit(Applicants.enterprise(callId));
        browser.signInWithHttpBasic("municipal");

        // when
        browser.get(browser.url("/admin/dashboard"));
        browser.screenshot("csp-dashboard");

        // then
        Object charts = browser.executeScript("return ['chart-status', 'chart-district', 'chart-type', "
                + "'chart-budget', 'chart-steps'].filter(id => Chart.getChart(id) !== undefined).length");
        assertThat(charts).isEqualTo(5L);
        Object statusBars = browser.executeScript(
                "return Chart.getChart('chart-status').data.labels.length");
        assertThat((Long) statusBars).isPositive();
        assertStyled();
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void reportAndAuditTrailAreStyledByTheirStyleSheet() {
        // given
        String callId = driver.openCall("1000000").callId();
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "材料齐全"));
        browser.signInWithHttpBasic("municipal");

        // when / then: the report, its year field as wide as the style sheet makes it
        browser.get(browser.url("/admin/report"));
        browser.screenshot("csp-report");
        assertStyled();
        assertThat(browser.findElement(By.name("year")).getCssValue("width")).isNotEqualTo("auto");
        assertThat(browser.findElement(By.cssSelector("form.inline")).getCssValue("display")).isEqualTo("inline");
        assertThat(browser.cspViolations()).isEmpty();

        // when / then: the audit trail, found through its search page
        browser.get(browser.url("/admin/applications"));
        assertThat(browser.findElement(By.tagName("body")).getCssValue("max-width")).isEqualTo("640px");
        browser.findElement(By.name("no")).sendKeys(no);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        browser.screenshot("csp-audit-trail");
        assertThat(browser.findElement(By.id("decisions")).getText()).contains("reviewer-500112");
        assertStyled();
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void spotCheckResultsAndTheListOfOpenCallsAreStyledByTheirStyleSheets() {
        // when / then
        browser.get(browser.url("/public/spot-checks"));
        assertStyled();
        browser.get(browser.url("/applications/new"));
        assertThat(browser.findElement(By.id("open-calls")).isDisplayed()).isTrue();
        assertThat(browser.cspViolations()).isEmpty();
    }

    /** The page's style sheet applied: its heading has the programme's red rule (a bare page has no border). */
    private void assertStyled() {
        assertThat(browser.findElement(By.tagName("h1")).getCssValue("border-bottom-style")).isEqualTo("solid");
    }
}

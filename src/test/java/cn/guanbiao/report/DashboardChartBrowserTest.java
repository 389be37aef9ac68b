package cn.guanbiao.report;

import java.util.List;
import java.util.Map;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import cn.guanbiao.support.FrontEndOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme dashboard in a browser: its charts drawn, and the count charts, read back from the Chart.js instances in
 * the page, with the same labels and counts as the table beside them, every label drawn (none skipped) and the count
 * axis in whole steps.
 */
@AwardSpringTest
@FrontEndOnly
class DashboardChartBrowserTest {

    /** The chart's labels and values, the ticks of its category and value axes, as the page's Chart.js holds them. */
    private static final String READ_CHART = """
            const chart = Chart.getChart(arguments[0]);
            const category = chart.options.indexAxis === 'y' ? chart.scales.y : chart.scales.x;
            const value = chart.options.indexAxis === 'y' ? chart.scales.x : chart.scales.y;
            return { labels: chart.data.labels, values: chart.data.datasets[0].data,
                     categoryTicks: category.ticks.length, valueTicks: value.ticks.map(t => t.value) };
            """;

    @LocalServerPort int port;
    @Autowired AwardDriver driver;

    @RegisterExtension final Browser browser = new Browser();

    @Test
    void municipalOfficeSeesChartsOfTheProgramme() {
        // given: an application that went through its reviews
        String callId = driver.openCall("1000000").callId();
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.passReviews(no);

        // when
        browser.get("http://municipal:demo@localhost:" + port + "/admin/dashboard");
        browser.screenshot("dashboard");

        // then
        assertThat(browser.getTitle()).contains("项目看板");
        for (String chart : new String[] {"chart-status", "chart-district", "chart-type", "chart-budget", "chart-steps"}) {
            Object drawn = browser.executeScript("return Chart.getChart(arguments[0]) != null", chart);
            assertThat(drawn).as(chart).isEqualTo(true);
        }
        assertThat(browser.getPageSource()).contains(callId).contains("区县初审");
    }

    @Test
    void statusAndDistrictChartsShowEveryLabelWithWholeCountsAsTheTables() {
        // given: one application in review (a count of 1, which Chart.js would divide into 0.1 or 0.5 steps)
        String callId = driver.openCall("1000000").callId();
        driver.submit(Applicants.enterprise(callId));

        // when
        browser.get("http://municipal:demo@localhost:" + port + "/admin/dashboard");
        browser.screenshot("dashboard-charts");

        // then
        for (String name : List.of("status", "district")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> chart = (Map<String, Object>) browser.executeScript(READ_CHART, "chart-" + name);
            List<List<String>> rows = browser.findElements(By.cssSelector("#table-" + name + " tr")).stream().skip(1)
                    .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
            List<String> labels = ((List<?>) chart.get("labels")).stream().map(String::valueOf).toList();
            assertThat(labels).as(name + " labels").containsExactlyElementsOf(rows.stream().map(row -> row.get(0)).toList());
            assertThat(((List<?>) chart.get("values")).stream().map(String::valueOf).toList()).as(name + " values")
                    .containsExactlyElementsOf(rows.stream().map(row -> row.get(1)).toList());
            assertThat(((Number) chart.get("categoryTicks")).intValue()).as(name + ": every label drawn").isEqualTo(labels.size());
            List<Double> ticks = ((List<?>) chart.get("valueTicks")).stream().map(t -> ((Number) t).doubleValue()).toList();
            assertThat(ticks).as(name + " count axis").hasSizeGreaterThan(1)
                    .allSatisfy(tick -> assertThat(tick % 1).isZero());
            assertThat(ticks.get(1) - ticks.get(0)).as(name + " tick step").isGreaterThanOrEqualTo(1.0);
        }
        assertThat(browser.findElement(By.cssSelector("#table-status")).getText()).contains("已拨付", "不予奖励");
        assertThat(browser.cspViolations()).isEmpty();
    }
}

package cn.guanbiao.pilot;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** /admin/pilot in a real browser, as the municipal IP office sees it (HTTP Basic sent by the browser). */
@AwardSpringTest
class PilotOverviewBrowserTest {

    @LocalServerPort int port;
    @Autowired PilotDriver pilot;

    @Test
    void municipalOfficeSeesTheDistrictsCoverageTowardsTheLastYear() {
        // given: a district with four eligible enterprises, two on its approved 2023 list
        String district = PilotDriver.freshDistrict();
        pilot.enterprises(district, 2);
        pilot.piloted(district, 2, 2023);
        WebDriver browser = Browser.start("zh-CN");
        try {
            ChromiumDriver chromium = (ChromiumDriver) browser;
            chromium.executeCdpCommand("Network.enable", Map.of());
            chromium.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString("municipal:demo".getBytes(StandardCharsets.UTF_8)))));

            // when
            browser.get("http://localhost:" + port + "/admin/pilot");

            // then
            Browser.screenshot(browser, "pilot-overview");
            assertThat(browser.getTitle()).isEqualTo("创新管理国际标准试点总览");
            WebElement row = browser.findElement(By.cssSelector("tr[data-district='" + district + "']"));
            List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
            assertThat(cells.subList(1, 6)).containsExactly("4", "已审定", "2", "0", "50.0%");
            assertThat(cells.get(cells.size() - 1)).isEqualTo("2/4（50.0%）");
            assertThat(browser.findElement(By.cssSelector("tr[data-district='city']")).getText()).startsWith("全市合计");
            assertThat(browser.findElement(By.linkText("下载试点企业名单（含联系人，CSV）")).getAttribute("href"))
                    .endsWith("/admin/pilot/list.csv");
            assertThat(row.findElements(By.tagName("td")).get(0).getCssValue("border-top-style")).isEqualTo("solid");
            assertThat(Browser.cspViolations(browser)).isEmpty();
        } finally {
            browser.quit();
        }
    }
}

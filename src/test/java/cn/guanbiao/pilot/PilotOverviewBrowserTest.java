package cn.guanbiao.pilot;

import java.util.List;

import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import cn.guanbiao.support.FrontEndOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** /admin/pilot in a real browser, as the municipal IP office sees it (HTTP Basic sent by the browser). */
@AwardSpringTest
@FrontEndOnly
class PilotOverviewBrowserTest {

    @Autowired PilotDriver pilot;

    @RegisterExtension final Browser browser = new Browser();

    @Test
    void municipalOfficeSeesTheDistrictsCoverageTowardsTheLastYear() {
        // given: a district with four eligible enterprises, two on its approved 2023 list
        String district = PilotDriver.freshDistrict();
        pilot.enterprises(district, 2);
        pilot.piloted(district, 2, 2023);
        browser.signInWithHttpBasic("municipal");

        // when
        browser.get(browser.url("/admin/pilot"));

        // then
        browser.screenshot("pilot-overview");
        assertThat(browser.getTitle()).isEqualTo("创新管理国际标准试点总览");
        WebElement row = browser.findElement(By.cssSelector("tr[data-district='" + district + "']"));
        List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(cells.subList(1, 6)).containsExactly("4", "已审定", "2", "0", "50.0%");
        assertThat(cells.get(cells.size() - 1)).isEqualTo("2/4（50.0%）");
        assertThat(browser.findElement(By.cssSelector("tr[data-district='city']")).getText()).startsWith("全市合计");
        assertThat(browser.findElement(By.linkText("下载试点企业名单（含联系人，CSV）")).getAttribute("href"))
                .endsWith("/admin/pilot/list.csv");
        assertThat(row.findElements(By.tagName("td")).get(0).getCssValue("border-top-style")).isEqualTo("solid");
        assertThat(browser.cspViolations()).isEmpty();
    }
}

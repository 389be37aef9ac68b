package cn.guanbiao.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.Applications;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import cn.guanbiao.support.FrontEndOnly;
import cn.guanbiao.support.PortalPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** WCAG 1.4.10 reflow: on a phone (320 and 390 CSS px wide) no public or applicant page scrolls sideways. */
@AwardSpringTest
@FrontEndOnly
class PhoneReflowBrowserTest {

    @Autowired AwardDriver driver;
    @Autowired Applications applications;

    @RegisterExtension final Browser browser = new Browser().checkingCspAfterEach();

    @Test
    void noPageScrollsSidewaysAt320Or390Pixels() {
        // given
        PortalPages pages = new PortalPages(driver, no -> applications.get(no).trackingToken());
        List<String> overflowing = new ArrayList<>();

        for (int width : new int[] {320, 390}) {
            // when: a phone-wide window
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
            for (PortalPages.Page page : pages.all()) {
                pages.open(browser, page);
                browser.screenshot("reflow-" + width + "-" + page.name());

                // then
                Map<?, ?> size = (Map<?, ?>) browser.executeScript(
                        "return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth, "
                                + "wide: Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)"
                                + ".slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))};");
                assertThat(((Number) size.get("inner")).intValue()).as("window width").isEqualTo(width);
                if (((Number) size.get("scroll")).intValue() > width) {
                    overflowing.add(width + " px " + page.name() + ": " + size);
                }
            }
        }
        assertThat(overflowing).isEmpty();
    }

    @Test
    void tablesBecomeStackedRowsWithTheirColumnNames() {
        // given
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        PortalPages pages = new PortalPages(driver, no -> applications.get(no).trackingToken());
        PortalPages.Page paid = pages.all().stream().filter(p -> p.name().equals("status-paid")).findFirst().orElseThrow();

        // when
        pages.open(browser, paid);

        // then: every cell of the fee table and of the timeline carries its column's name, shown before its value
        for (String table : List.of("award-fees", "timeline")) {
            List<WebElement> cells = browser.findElements(By.cssSelector("#" + table + " tbody td"));
            assertThat(cells).as(table).isNotEmpty();
            List<String> headers = browser.findElements(By.cssSelector("#" + table + " thead th")).stream()
                    .map(th -> th.getAttribute("textContent").trim()).toList();
            for (WebElement cell : cells) {
                assertThat(headers).contains(cell.getAttribute("data-label"));
                assertThat(cell.getCssValue("display")).isEqualTo("grid");
            }
            assertThat(browser.findElement(By.cssSelector("#" + table + " thead")).getSize().getWidth()).isLessThanOrEqualTo(1);
        }
    }
}

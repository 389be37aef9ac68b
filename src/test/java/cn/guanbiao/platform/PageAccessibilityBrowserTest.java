package cn.guanbiao.platform;

import java.util.ArrayList;
import java.util.List;

import cn.guanbiao.application.Applications;
import cn.guanbiao.support.Accessibility;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import cn.guanbiao.support.FrontEndOnly;
import cn.guanbiao.support.PortalPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public and applicant page passes axe-core (WCAG A/AA and best practices, 0 violations), has one {@code <main>}
 * and a working skip link as its first focusable element, and headings without skipped levels.
 */
@AwardSpringTest
@FrontEndOnly
class PageAccessibilityBrowserTest {

    @Autowired AwardDriver driver;
    @Autowired Applications applications;

    @RegisterExtension final Browser browser = new Browser().checkingCspAfterEach();

    @Test
    void everyPublicAndApplicantPageHasNoAxeViolationsAMainASkipLinkAndOrderedHeadings() {
        // given
        PortalPages pages = new PortalPages(driver, no -> applications.get(no).trackingToken());
        List<String> problems = new ArrayList<>();

        for (PortalPages.Page page : pages.all()) {
            // when
            pages.open(browser, page);

            // then
            Accessibility.violations(browser).forEach(v -> problems.add(page.name() + ": " + v));
            assertThat(browser.findElements(By.tagName("main"))).as(page.name()).hasSize(1);
            WebElement skip = browser.findElement(By.cssSelector("body"));
            skip.sendKeys(Keys.TAB);
            WebElement first = browser.switchTo().activeElement();
            assertThat(first.getAttribute("class")).as(page.name() + ": first Tab stop").isEqualTo("skip-link");
            String target = first.getAttribute("hash").substring(1);
            WebElement skipTarget = browser.findElement(By.id(target));
            assertThat(skipTarget.findElements(By.xpath("ancestor-or-self::main"))).as(page.name() + ": skip target in main").isNotEmpty();
            first.sendKeys(Keys.ENTER);
            assertThat(browser.switchTo().activeElement().getAttribute("id")).as(page.name() + ": focus after the skip link").isEqualTo(target);
            @SuppressWarnings("unchecked")
            List<Number> levels = (List<Number>) browser.executeScript(
                    "return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).filter(h => h.offsetParent !== null)"
                            + ".map(h => Number(h.tagName.substring(1)));");
            assertThat(levels).as(page.name() + ": headings").isNotEmpty();
            assertThat(levels.get(0).intValue()).as(page.name() + ": first heading").isEqualTo(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i).intValue()).as(page.name() + ": heading " + i + " of " + levels)
                        .isLessThanOrEqualTo(levels.get(i - 1).intValue() + 1);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void statusPageMarksTheCurrentStepForAssistiveTechnology() {
        // given
        PortalPages pages = new PortalPages(driver, no -> applications.get(no).trackingToken());
        PortalPages.Page returned = pages.all().stream().filter(p -> p.name().equals("status-returned")).findFirst().orElseThrow();

        // when
        pages.open(browser, returned);
        browser.waiting(10).until(d -> !d.findElements(By.cssSelector("#progress-steps li")).isEmpty());
        browser.screenshot("status-progress-returned");

        // then: an ordered list, the current step (区县初审, returned for correction) with aria-current="step"
        List<WebElement> steps = browser.findElements(By.cssSelector("ol#progress-steps > li"));
        assertThat(steps).extracting(s -> s.findElement(By.className("progress-label")).getText())
                .containsExactly("受理", "区县初审", "行业主管部门审核", "市局复核", "信用核查", "公示", "拨付");
        assertThat(browser.findElements(By.cssSelector("#progress-steps [aria-current=step]"))).singleElement()
                .satisfies(s -> assertThat(s.getText()).contains("区县初审", "当前环节", "补正"));
        assertThat(steps.get(0).getText()).contains("已完成");
        assertThat(steps.get(2).getText()).contains("尚未开始");
    }

    @Test
    void complaintFormWithErrorsMarksTheFieldsAndStaysAccessible() {
        // given
        browser.get(browser.url("/public/complaints"));

        // when: sent empty
        browser.findElement(By.cssSelector("#complaint-form button[type=submit]")).click();

        // then
        browser.waiting(10)
                .until(d -> "true".equals(d.findElement(By.name("content")).getAttribute("aria-invalid")));
        browser.screenshot("complaint-errors-accessible");
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(focused.getAttribute("name")).isEqualTo("applicationNo");
        assertThat(browser.findElement(By.id(focused.getAttribute("aria-describedby"))).getText()).contains("申请编号");
        assertThat(Accessibility.violations(browser)).isEmpty();
    }

    /** The check itself: it finds a WCAG failure and a best-practice one when a page has them. */
    @Test
    void axeReportsWcagAndBestPracticeViolations() {
        // given: a public page spoiled in the browser: an image without text, and no <main> any more
        browser.get(browser.url("/public/spot-checks"));
        browser.executeScript("const main = document.querySelector('main');"
                + "const div = document.createElement('div'); div.append(...main.childNodes); main.replaceWith(div);"
                + "const img = document.createElement('img'); img.src = '/favicon.ico'; div.append(img);");

        // when
        List<String> violations = Accessibility.violations(browser);

        // then
        assertThat(violations).anyMatch(v -> v.startsWith("image-alt")).anyMatch(v -> v.startsWith("landmark-one-main"));
    }
}

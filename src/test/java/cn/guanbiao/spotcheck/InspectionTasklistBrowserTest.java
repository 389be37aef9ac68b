package cn.guanbiao.spotcheck;

import java.time.Duration;
import java.util.List;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drawn inspector does the on-site inspection in Camunda Tasklist: finds it under 指定由我办理, reads the unit on
 * the Chinese checklist form, claims it, ticks what was found met, concludes 合格 and submits; the award is
 * 已拨付 again. Screenshots in target/screenshots/spotcheck-*.png.
 */
@AwardSpringTest
class InspectionTasklistBrowserTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired SpotCheckDriver spotChecks;
    @Autowired TaskService taskService;

    WebDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void drawnInspectorCompletesTheChecklistInTasklist() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        String campaignNo = spotChecks.start(paid.callId(), null, null, 51L);
        String inspector = spotChecks.inspectors(campaignNo, paid.first()).get(0);
        Task inspection = spotChecks.inspection(campaignNo, paid.first());
        browser = Browser.start("zh-CN");

        // when: the inspector logs in and opens the filter of tasks named for them
        Browser.signIn(browser, "http://localhost:" + port + "/camunda/app/tasklist/default/", inspector);
        click(waitFor(By.xpath("//*[contains(@class,'filters')]//*[normalize-space(text())='指定由我办理']")));
        By taskLink = By.cssSelector(".tasks-list a[href*=\"task=" + inspection.getId() + "\"]");
        WebElement link = waitFor(taskLink);
        Browser.screenshot(browser, "spotcheck-1-list");

        // then
        assertThat(link.getText()).isEqualTo("现场检查");

        // when: opening it
        link.click();

        // then: the checklist in Chinese, with the unit and the drawn inspectors
        WebElement form = waitFor(By.cssSelector(".fjs-form"));
        waitForText(By.cssSelector(".fjs-form"), paid.first());
        assertThat(form.getText()).contains(campaignNo, "重庆测试科技有限公司", inspector,
                "一、管理体系实际运行（制度、机构、流程、台账）", "二、贯标效果（“回头看”）", "三、认证机构的认证行为",
                "已开展现场审核", "认证机构未同时为该单位提供咨询辅导", "无回扣、违规返点", "检查结论", "弄虚作假骗取奖励");
        Browser.screenshot(browser, "spotcheck-2-form");

        // when: claiming, ticking every item, concluding 合格, submitting
        click(waitFor(By.cssSelector("button.claim")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> inspector.equals(taskService.createTaskQuery()
                .taskId(inspection.getId()).singleResult().getAssignee()));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> browser
                .findElements(By.cssSelector(".fjs-form input[type=checkbox]")).stream().allMatch(WebElement::isEnabled));
        List<WebElement> checkboxes = browser.findElements(By.cssSelector(".fjs-form input[type=checkbox]"));
        assertThat(checkboxes).hasSize(InspectionChecklist.Item.values().length);
        for (WebElement checkbox : checkboxes) {
            click(checkbox);
        }
        click(waitFor(By.xpath("//div[contains(@class,'fjs-form')]//label[normalize-space(.)='合格']")));
        Browser.screenshot(browser, "spotcheck-3-filled");
        WebElement submit = waitFor(By.xpath("//button[@ng-click='complete()']"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(submit));
        click(submit);

        // then: the inspection is done, the unit is 已拨付 again, the campaign published
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(taskLink));
        Browser.screenshot(browser, "spotcheck-4-after");
        driver.runJobs(spotChecks.processInstanceId(campaignNo));
        SpotCheckRecords.CheckedUnit unit = spotChecks.records().unit(campaignNo, paid.first());
        assertThat(unit.conclusion()).isEqualTo(SpotCheckConclusion.COMPLIANT);
        assertThat(unit.inspectedBy()).isEqualTo(inspector);
        assertThat(unit.unmetItems()).isEmpty();
        assertThat(driver.status(paid.first())).isEqualTo(ApplicationStatus.PAID);
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void waitForText(By by, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(by).stream()
                .anyMatch(e -> e.getText().contains(text)));
    }
}

package cn.guanbiao.spotcheck;

import java.util.List;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A drawn inspector does the on-site inspection in Camunda Tasklist: finds it under 指定由我办理, reads the unit on
 * the Chinese checklist form, claims it, ticks what was found met, concludes 合格 and submits; the award is
 * 已拨付 again. Screenshots in target/screenshots/spotcheck-*.png.
 */
@AwardSpringTest
class InspectionTasklistBrowserTest {

    @Autowired AwardDriver driver;
    @Autowired SpotCheckDriver spotChecks;
    @Autowired TaskService taskService;

    @RegisterExtension final Browser browser = new Browser();

    @Test
    void drawnInspectorCompletesTheChecklistInTasklist() {
        // given
        PaidAwards.Paid paid = PaidAwards.create(driver, 1);
        String campaignNo = spotChecks.start(paid.callId(), null, null, 51L);
        String inspector = spotChecks.inspectors(campaignNo, paid.first()).get(0);
        Task inspection = spotChecks.inspection(campaignNo, paid.first());

        // when: the inspector logs in and opens the filter of tasks named for them
        browser.signIn(browser.tasklistUrl(), inspector);
        browser.click(browser.waitFor(By.xpath("//*[contains(@class,'filters')]//*[normalize-space(text())='指定由我办理']")));
        By taskLink = By.cssSelector(".tasks-list a[href*=\"task=" + inspection.getId() + "\"]");
        WebElement link = browser.waitFor(taskLink);
        browser.screenshot("spotcheck-1-list");

        // then
        assertThat(link.getText()).isEqualTo("现场检查");

        // when: opening it
        link.click();

        // then: the checklist in Chinese, with the unit and the drawn inspectors
        WebElement form = browser.waitFor(By.cssSelector(".fjs-form"));
        browser.waitForText(By.cssSelector(".fjs-form"), paid.first());
        assertThat(form.getText()).contains(campaignNo, "重庆测试科技有限公司", inspector,
                "一、管理体系实际运行（制度、机构、流程、台账）", "二、贯标效果（“回头看”）", "三、认证机构的认证行为",
                "已开展现场审核", "认证机构未同时为该单位提供咨询辅导", "无回扣、违规返点", "检查结论", "弄虚作假骗取奖励");
        browser.screenshot("spotcheck-2-form");

        // when: claiming, ticking every item, concluding 合格, submitting
        browser.click(browser.waitFor(By.cssSelector("button.claim")));
        browser.waiting(10).until(d -> inspector.equals(taskService.createTaskQuery()
                .taskId(inspection.getId()).singleResult().getAssignee()));
        browser.waiting(10).until(d -> browser
                .findElements(By.cssSelector(".fjs-form input[type=checkbox]")).stream().allMatch(WebElement::isEnabled));
        List<WebElement> checkboxes = browser.findElements(By.cssSelector(".fjs-form input[type=checkbox]"));
        assertThat(checkboxes).hasSize(InspectionChecklist.Item.values().length);
        for (WebElement checkbox : checkboxes) {
            browser.click(checkbox);
        }
        browser.click(browser.waitFor(By.xpath("//div[contains(@class,'fjs-form')]//label[normalize-space(.)='合格']")));
        browser.screenshot("spotcheck-3-filled");
        WebElement submit = browser.waitFor(By.xpath("//button[@ng-click='complete()']"));
        browser.waiting(10).until(ExpectedConditions.elementToBeClickable(submit));
        browser.click(submit);

        // then: the inspection is done, the unit is 已拨付 again, the campaign published
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(taskLink));
        browser.screenshot("spotcheck-4-after");
        driver.runJobs(spotChecks.processInstanceId(campaignNo));
        SpotCheckRecords.CheckedUnit unit = spotChecks.records().unit(campaignNo, paid.first());
        assertThat(unit.conclusion()).isEqualTo(SpotCheckConclusion.COMPLIANT);
        assertThat(unit.inspectedBy()).isEqualTo(inspector);
        assertThat(unit.unmetItems()).isEmpty();
        assertThat(driver.status(paid.first())).isEqualTo(ApplicationStatus.PAID);
    }
}

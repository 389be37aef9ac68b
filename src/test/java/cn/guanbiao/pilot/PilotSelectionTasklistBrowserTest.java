package cn.guanbiao.pilot;

import java.util.ArrayList;
import java.util.List;

import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The district office adjusts the proposal in Camunda Tasklist: reads the batch on the Chinese form, ticks one more
 * enterprise than proposed, gives the reason and submits; the list as ticked goes to both approvals. Screenshots in
 * target/screenshots/pilot-selection-*.png.
 */
@AwardSpringTest
class PilotSelectionTasklistBrowserTest {

    @Autowired ProcessEngine engine;
    @Autowired PilotDriver pilot;
    @Autowired AwardDriver driver;
    @Autowired PilotBatches batches;
    @Autowired TaskService taskService;

    @RegisterExtension final Browser browser = new Browser();

    @Test
    void districtTicksOneMoreThanProposedWithItsReasonInTasklist() {
        // given: four enterprises, two proposed for 2023
        AbstractAssertions.init(engine);
        String district = PilotDriver.freshDistrict();
        List<String> codes = pilot.enterprises(district, 4);
        String batchNo = pilot.open(2023, district).batchNo();
        List<String> proposed = pilot.proposed(batchNo);
        String extra = codes.stream().filter(c -> !proposed.contains(c)).findFirst().orElseThrow();
        Task task = pilot.task(batchNo, "DistrictPilotSelection");
        String reviewer = PilotDriver.reviewerOf(district);

        // when: the district's reviewer opens the task from 本组待办
        browser.signIn(browser.tasklistUrl(), reviewer);
        browser.click(browser.waitFor(By.xpath("//*[contains(@class,'filters')]//*[normalize-space(text())='本组待办']")));
        By taskLink = By.cssSelector(".tasks-list a[href*=\"task=" + task.getId() + "\"]");
        browser.click(browser.waitFor(taskLink));

        // then: the batch and the proposal in Chinese
        WebElement form = browser.waitFor(By.cssSelector(".fjs-form"));
        browser.waitForText(By.cssSelector(".fjs-form"), batchNo);
        assertThat(form.getText()).contains("确定本区县创新管理国际标准（ISO 56005）试点企业名单", "2023年7月26日（含）", "建议本年度试点",
                "2 家", extra, "调整理由");
        browser.screenshot("pilot-selection-1-form");

        // when: claiming, ticking the extra enterprise, giving the reason, submitting
        browser.click(browser.waitFor(By.cssSelector("button.claim")));
        browser.waiting(10).until(d -> reviewer.equals(taskService.createTaskQuery()
                .taskId(task.getId()).singleResult().getAssignee()));
        WebElement extraBox = browser.waitFor(By.xpath("//div[contains(@class,'fjs-form')]//label[contains(normalize-space(.),'" + extra
                + "')]//input[@type='checkbox'] | //div[contains(@class,'fjs-form')]//input[@type='checkbox'][following-sibling::*[contains(normalize-space(.),'"
                + extra + "')] or parent::*[contains(normalize-space(.),'" + extra + "')]]"));
        browser.waiting(10).until(d -> extraBox.isEnabled());
        assertThat(checked()).as("ticked before").hasSize(2);
        browser.click(extraBox);
        WebElement reason = browser.waitFor(By.xpath("//div[contains(@class,'fjs-form')]//label[contains(normalize-space(.),'调整理由')]"
                + "/following::textarea[1]"));
        reason.sendKeys("该企业试点意愿强、工作基础好，提前纳入");
        browser.screenshot("pilot-selection-2-filled");
        WebElement submit = browser.waitFor(By.xpath("//button[@ng-click='complete()']"));
        browser.waiting(10).until(ExpectedConditions.elementToBeClickable(submit));
        browser.click(submit);

        // then: the three go to both approvals, with the reason and the contacts from the form
        browser.waitUntil(d -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
        browser.screenshot("pilot-selection-3-after");
        assertThat(pilot.instance(batchNo)).isWaitingAt("MunicipalPilotApproval", "EconomyPilotApproval");
        List<String> expected = new ArrayList<>(proposed);
        expected.add(extra);
        assertThat(batches.selected(batchNo)).extracting(PilotBatches.Entry::creditCode).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(batches.selected(batchNo)).allSatisfy(e -> assertThat(e.contactName()).startsWith("联系人"));
        assertThat(batches.find(batchNo).orElseThrow().adjustmentReason()).isEqualTo("该企业试点意愿强、工作基础好，提前纳入");
        assertThat(batches.decisions(batchNo)).singleElement().satisfies(d -> assertThat(d.userId()).isEqualTo(reviewer));
    }

    private List<WebElement> checked() {
        return browser.findElements(By.cssSelector(".fjs-form input[type=checkbox]")).stream().filter(WebElement::isSelected).toList();
    }
}

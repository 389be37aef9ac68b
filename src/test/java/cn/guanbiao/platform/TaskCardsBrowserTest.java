package cn.guanbiao.platform;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * In Tasklist (issue 21): each card says which application and unit its task is about, and a decision the app refuses
 * shows its one Chinese sentence, not "ENGINE-03051 …". Screenshots in target/screenshots/task-cards-*.png.
 */
@AwardSpringTest
class TaskCardsBrowserTest {

    static final String REVIEWER = "reviewer-500112";

    @Autowired AwardDriver driver;
    @Autowired TaskService taskService;

    @RegisterExtension final Browser browser = new Browser();

    @Test
    void cardNamesTheApplicationAndUnitAndARefusalReadsInChinese() {
        // given: an application of a unit with a name of its own, its 区县初审 claimed by the reviewer
        String callId = driver.openCall("1000000").callId();
        ObjectNode json = Applicants.enterprise(callId);
        json.put("orgName", "重庆卡片测试科技有限公司");
        String no = driver.submit(json).applicationNo();
        Task task = driver.task(no, "DistrictReview");
        driver.as(REVIEWER, () -> taskService.claim(task.getId(), REVIEWER));

        // when: the reviewer opens Tasklist
        browser.signIn(browser.tasklistUrl(), REVIEWER);

        // then: the card shows 申请编号 and 申请单位 with their values
        By taskLink = By.cssSelector(".tasks-list a[href*=\"task=" + task.getId() + "\"]");
        WebElement card = browser.waitFor(taskLink).findElement(By.xpath("./ancestor::li[1]"));
        browser.waitUntil(d -> card.getText().contains("重庆卡片测试科技有限公司"));
        browser.screenshot("task-cards-1-list");
        assertThat(card.getText()).contains("区县初审", "申请编号", no, "申请单位", "重庆卡片测试科技有限公司");

        // when: 不予通过 without an opinion, submitted
        browser.findElement(taskLink).click();
        WebElement reject = browser.waitFor(By.xpath("//div[contains(@class,'fjs-form')]//label[normalize-space(.)='不予通过']"));
        browser.waiting(10).until(d -> d.findElements(By.cssSelector(".fjs-form input[type=radio]")).stream().allMatch(WebElement::isEnabled));
        browser.click(reject);
        WebElement submit = browser.waiting(10).until(ExpectedConditions.elementToBeClickable(By.xpath("//button[@ng-click='complete()']")));
        browser.click(submit);

        // then: the app's sentence, no engine message; the task stays
        browser.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("请填写意见"));
        browser.screenshot("task-cards-2-refused");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("ENGINE-", "TaskListener", "Cannot submit");
        assertThat(driver.task(no, "DistrictReview")).isNotNull();
    }
}

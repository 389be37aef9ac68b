package cn.guanbiao.platform;

import java.time.Duration;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * In Tasklist (issue 21): each card says which application and unit its task is about, and a decision the app refuses
 * shows its one Chinese sentence, not "ENGINE-03051 …". Screenshots in target/screenshots/task-cards-*.png.
 */
@AwardSpringTest
class TaskCardsBrowserTest {

    static final String REVIEWER = "reviewer-500112";

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired TaskService taskService;

    WebDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void cardNamesTheApplicationAndUnitAndARefusalReadsInChinese() {
        // given: an application of a unit with a name of its own, its 区县初审 claimed by the reviewer
        String callId = driver.openCall("1000000").callId();
        ObjectNode json = Applicants.enterprise(callId);
        json.put("orgName", "重庆卡片测试科技有限公司");
        String no = driver.submit(json).applicationNo();
        Task task = driver.task(no, "DistrictReview");
        driver.as(REVIEWER, () -> taskService.claim(task.getId(), REVIEWER));
        browser = Browser.start("zh-CN");

        // when: the reviewer opens Tasklist
        Browser.signIn(browser, "http://localhost:" + port + "/camunda/app/tasklist/default/", REVIEWER);

        // then: the card shows 申请编号 and 申请单位 with their values
        By taskLink = By.cssSelector(".tasks-list a[href*=\"task=" + task.getId() + "\"]");
        WebElement card = wait(20).until(ExpectedConditions.visibilityOfElementLocated(taskLink))
                .findElement(By.xpath("./ancestor::li[1]"));
        wait(20).until(d -> card.getText().contains("重庆卡片测试科技有限公司"));
        Browser.screenshot(browser, "task-cards-1-list");
        assertThat(card.getText()).contains("区县初审", "申请编号", no, "申请单位", "重庆卡片测试科技有限公司");

        // when: 不予通过 without an opinion, submitted
        browser.findElement(taskLink).click();
        WebElement reject = wait(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class,'fjs-form')]//label[normalize-space(.)='不予通过']")));
        wait(10).until(d -> d.findElements(By.cssSelector(".fjs-form input[type=radio]")).stream().allMatch(WebElement::isEnabled));
        click(reject);
        WebElement submit = wait(10).until(ExpectedConditions.elementToBeClickable(By.xpath("//button[@ng-click='complete()']")));
        click(submit);

        // then: the app's sentence, no engine message; the task stays
        wait(20).until(d -> d.findElement(By.tagName("body")).getText().contains("请填写意见"));
        Browser.screenshot(browser, "task-cards-2-refused");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("ENGINE-", "TaskListener", "Cannot submit");
        assertThat(driver.task(no, "DistrictReview")).isNotNull();
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    /** Scrolled to the middle of its pane first: the fixed footer covers the bottom of the window. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}

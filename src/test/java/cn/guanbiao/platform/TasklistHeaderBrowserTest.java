package cn.guanbiao.platform;

import java.time.Duration;

import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Tasklist's header offers reviewers no "创建任务" and no "发起流程": they work on the tasks the processes give them. */
@AwardSpringTest
class TasklistHeaderBrowserTest {

    @LocalServerPort int port;

    @Test
    void reviewerSeesNeitherCreateTaskNorStartProcess() {
        WebDriver browser = Browser.start("zh-CN");
        try {
            // when: a district reviewer signs in to Tasklist
            Browser.signIn(browser, "http://localhost:" + port + "/camunda/app/tasklist/default/", "reviewer-500112");

            // then: the header's actions are drawn (the keyboard-shortcut help shows), those two among them but hidden
            WebElement help = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
                    .visibilityOfElementLocated(By.cssSelector("[cam-widget-header] li.shortcut-help")));
            Browser.screenshot(browser, "tasklist-header-no-create-no-start");
            assertThat(help.isDisplayed()).isTrue();
            for (String action : new String[] {"li.create-task-action", "li.start-process-action"}) {
                assertThat(browser.findElements(By.cssSelector("[cam-widget-header] " + action))).as(action)
                        .hasSize(1).allSatisfy(item -> assertThat(item.isDisplayed()).as(action + " shown").isFalse());
            }
            assertThat(browser.findElement(By.cssSelector("[cam-widget-header]")).getText())
                    .doesNotContain("创建任务", "发起流程");
            assertThat(Browser.cspViolations(browser)).isEmpty();
        } finally {
            browser.quit();
        }
    }
}

package cn.guanbiao.platform;

import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import cn.guanbiao.support.FrontEndOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** Tasklist's header offers reviewers no "创建任务" and no "发起流程": they work on the tasks the processes give them. */
@AwardSpringTest
@FrontEndOnly
class TasklistHeaderBrowserTest {

    @RegisterExtension final Browser browser = new Browser();

    @Test
    void reviewerSeesNeitherCreateTaskNorStartProcess() {
        // when: a district reviewer signs in to Tasklist
        browser.signIn(browser.tasklistUrl(), "reviewer-500112");

        // then: the header's actions are drawn (the keyboard-shortcut help shows), those two among them but hidden
        WebElement help = browser.waitFor(By.cssSelector("[cam-widget-header] li.shortcut-help"));
        browser.screenshot("tasklist-header-no-create-no-start");
        assertThat(help.isDisplayed()).isTrue();
        for (String action : new String[] {"li.create-task-action", "li.start-process-action"}) {
            assertThat(browser.findElements(By.cssSelector("[cam-widget-header] " + action))).as(action)
                    .hasSize(1).allSatisfy(item -> assertThat(item.isDisplayed()).as(action + " shown").isFalse());
        }
        assertThat(browser.findElement(By.cssSelector("[cam-widget-header]")).getText())
                .doesNotContain("创建任务", "发起流程");
        assertThat(browser.cspViolations()).isEmpty();
    }
}

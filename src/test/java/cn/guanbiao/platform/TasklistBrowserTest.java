package cn.guanbiao.platform;

import cn.guanbiao.usertask.ReviewDecisions;
import cn.guanbiao.usertask.ReviewOutcome;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district reviewer works in Camunda Tasklist in Chinese (this project's locales/zh.json): logs in, finds the
 * new application's 区县初审, claims it, approves it with an opinion; the application moves on to the sector
 * department. The EOL banner and the Camunda name are not shown. A browser preferring English gets English.
 * Screenshots in target/screenshots/tasklist-*.png.
 */
@AwardSpringTest
class TasklistBrowserTest {

    static final String REVIEWER = "reviewer-500112";
    static final String EOL_BANNER = "It is time to migrate";

    @Autowired AwardDriver driver;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ReviewDecisions reviewDecisions;

    @RegisterExtension final Browser browser = new Browser();

    @Test
    void districtReviewerApprovesAnApplicationInChineseTasklist() {
        // given: a new application waiting at 区县初审
        String callId = driver.openCall("1000000").callId();
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        Task districtReview = driver.task(no, "DistrictReview");
        assertThat(districtReview).isNotNull();

        // when: the reviewer opens Tasklist
        browser.get(browser.tasklistUrl());
        WebElement username = browser.waitFor(By.cssSelector("input[ng-model=\"username\"]"));
        browser.waitForText(By.cssSelector(".form-signin button[type=submit]"), "登录");

        // then: the login page is in Chinese, under the programme's name
        browser.screenshot("tasklist-zh-1-login");
        assertThat(username.getAttribute("placeholder")).isEqualTo("用户名");
        assertThat(browser.findElement(By.cssSelector("input[ng-model=\"password\"]")).getAttribute("placeholder"))
                .isEqualTo("密码");
        assertThat(browser.findElement(By.cssSelector(".login-header .app-name")).getText()).isEqualTo("审核任务");
        assertThat(loginLogoText()).contains("贯标认证奖励");
        assertNoBannerAndNoCamundaBrand();
        browser.findElement(By.cssSelector("[cam-widget-header] .app-switch > a")).click();
        browser.waitForText(By.cssSelector("[cam-widget-header] .app-switch .dropdown-menu"), "流程监控");
        assertThat(browser.findElement(By.cssSelector("[cam-widget-header] .app-switch .dropdown-menu")).getText())
                .contains("首页", "系统管理", "流程监控").doesNotContain("Welcome", "Admin", "Cockpit");
        browser.findElement(By.cssSelector("[cam-widget-header] .app-switch > a")).click();

        // when: logging in
        browser.submitSignIn(REVIEWER);

        // then: the task list, in Chinese, shows the new 区县初审
        By taskLink = By.cssSelector(".tasks-list a[href*=\"task=" + districtReview.getId() + "\"]");
        WebElement link = browser.waitFor(taskLink);
        browser.waitForText(By.cssSelector("[cam-widget-header] .brand-name"), "贯标认证奖励 审核任务");
        browser.screenshot("tasklist-zh-2-list");
        assertThat(link.getText()).isEqualTo("区县初审");
        String page = body();
        assertThat(page).contains("本组待办", "我的任务", "创建时间", "请在列表中选择一项任务。")
                .doesNotContain("Created", "Filters", "Select a task in the list", "Tasklist");
        assertThat(browser.findElement(By.cssSelector("[cam-widget-header] .brand-name")).getText())
                .isEqualTo("贯标认证奖励 审核任务");
        assertThat(browser.getTitle()).isEqualTo("贯标认证奖励 审核任务");
        assertNoBannerAndNoCamundaBrand();

        // when: opening the task
        link.click();

        // then: the Camunda Form of 区县初审 shows the application, read-only until claimed
        WebElement form = browser.waitFor(By.cssSelector(".fjs-form"));
        browser.waitForText(By.cssSelector(".fjs-form"), no);
        assertThat(form.getText()).contains("区县知识产权局初审", "申请单位", "重庆测试科技有限公司", "审核结论", "通过", "不予通过");
        WebElement claim = browser.waitFor(By.cssSelector("button.claim"));
        assertThat(claim.getText()).isEqualTo("认领");
        assertThat(body()).contains("表单", "历史", "流程图", "说明");
        browser.screenshot("tasklist-zh-3-form");

        // and: its date picker (设置跟进日期) names months and weekdays in Chinese; cancelled
        browser.click(browser.waitFor(By.xpath("//*[normalize-space(text())='设置跟进日期']")));
        browser.waitForText(By.cssSelector(".datepicker"), "周一");
        browser.screenshot("tasklist-zh-3b-datepicker");
        assertThat(browser.findElement(By.cssSelector(".datepicker")).getText()).containsPattern("\\d{4}年\\d{1,2}月")
                .doesNotContain("Mon", "January", "February", "March", "April", "May", "June", "July", "August",
                        "September", "October", "November", "December");
        browser.click(browser.findElement(By.cssSelector("button[ng-click^=\"cancelChange\"]")));
        browser.waitFor(By.xpath("//*[normalize-space(text())='设置跟进日期']"));

        // when: claiming, approving with an opinion and submitting
        browser.click(claim);
        browser.waiting(10).until(d -> REVIEWER.equals(taskService.createTaskQuery()
                .taskId(districtReview.getId()).singleResult().getAssignee()));

        // and: its history and diagram open (what Tasklist reads for them is open to reviewers; the history of the
        // process is not theirs to read, the form shows the earlier decisions), then the form again
        browser.click(browser.waitFor(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='历史']")));
        browser.waitForText(By.cssSelector("body"), "该任务没有历史记录。");
        browser.click(browser.waitFor(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='流程图']")));
        browser.waitFor(By.cssSelector(".djs-container svg"));
        browser.screenshot("tasklist-zh-3c-diagram");
        browser.click(browser.waitFor(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='表单']")));

        // and: handing the task back and claiming it again (candidates may work on a task, not reassign it)
        browser.click(browser.waitFor(By.cssSelector("button.unclaim")));
        browser.waiting(10).until(d -> taskService.createTaskQuery()
                .taskId(districtReview.getId()).singleResult().getAssignee() == null);
        browser.click(browser.waitFor(By.cssSelector("button.claim")));
        browser.waiting(10).until(d -> REVIEWER.equals(taskService.createTaskQuery()
                .taskId(districtReview.getId()).singleResult().getAssignee()));
        WebElement approve = browser.waitFor(By.xpath("//div[contains(@class,'fjs-form')]//label[normalize-space(.)='通过']"));
        browser.waiting(10).until(d -> browser
                .findElements(By.cssSelector(".fjs-form input[type=radio]")).stream().allMatch(WebElement::isEnabled));
        browser.click(approve);
        WebElement comment = browser.waitFor(By.cssSelector(".fjs-form textarea"));
        browser.scrollTo(comment);
        comment.sendKeys("很".repeat(2001));
        browser.waitForText(By.cssSelector(".fjs-form-field-error"), "长度不得超过 2000 个字符。");
        assertThat(browser.findElement(By.cssSelector(".fjs-form")).getText()).doesNotContain("Field must");
        comment.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        comment.sendKeys("材料齐全，证书有效，同意报送行业主管部门审核。");
        browser.waiting(10)
                .until(d -> d.findElements(By.cssSelector(".fjs-form-field-error")).stream().allMatch(e -> e.getText().isBlank()));
        WebElement submit = browser.waitFor(By.xpath("//button[@ng-click='complete()']"));
        assertThat(submit.getText()).isEqualTo("提交");
        browser.screenshot("tasklist-zh-4-filled");
        browser.waiting(10).until(ExpectedConditions.elementToBeClickable(submit));
        browser.click(submit);

        // then: the task leaves the list (Tasklist has no success message) and the application waits for the
        // sector department
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(taskLink));
        browser.waitForText(By.cssSelector("body"), "请在列表中选择一项任务。");
        browser.screenshot("tasklist-zh-5-after");
        assertThat(driver.task(no, "DistrictReview")).isNull();
        driver.runJobs(districtReview.getProcessInstanceId());
        assertNoBannerAndNoCamundaBrand();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(no).taskDefinitionKey("DepartmentReview")
                .singleResult()).isNotNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(no)
                .processDefinitionKey("award-application").singleResult()).isNotNull();
        assertThat(reviewDecisions.of(no)).singleElement().satisfies(decision -> {
            assertThat(decision.taskKey()).isEqualTo("DistrictReview");
            assertThat(decision.userId()).isEqualTo(REVIEWER);
            assertThat(decision.outcome()).isEqualTo(ReviewOutcome.APPROVED);
            assertThat(decision.comment()).isEqualTo("材料齐全，证书有效，同意报送行业主管部门审核。");
        });
    }

    @Test
    void aBrowserPreferringEnglishGetsEnglishWithoutTheBanner() {
        browser.preferring("en-US");

        browser.get(browser.tasklistUrl());
        WebElement username = browser.waitFor(By.cssSelector("input[ng-model=\"username\"]"));
        browser.waitForText(By.cssSelector(".form-signin button[type=submit]"), "Log in");

        browser.screenshot("tasklist-en-1-login");
        assertThat(username.getAttribute("placeholder")).isEqualTo("Username");
        assertThat(browser.findElement(By.cssSelector("input[ng-model=\"password\"]")).getAttribute("placeholder"))
                .isEqualTo("Password");
        assertThat(body()).contains("Date and Time displayed in local timezone").doesNotContain("用户名", "登录");
        assertNoBannerAndNoCamundaBrand();

        browser.submitSignIn(REVIEWER);
        browser.waitForText(By.cssSelector("body"), "Select a task in the list.");
        browser.screenshot("tasklist-en-2-list");
        assertThat(body()).contains("Created").doesNotContain("请在列表中选择一项任务");
        assertNoBannerAndNoCamundaBrand();
    }

    /** No visible EOL banner, no element holding its text (Chinese: emptied; any language: hidden), no Camunda logo. */
    private void assertNoBannerAndNoCamundaBrand() {
        assertThat(body()).doesNotContain(EOL_BANNER);
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
        if (!"en".equals(language())) {
            assertThat(browser.findElements(By.xpath("//*[contains(text(), '" + EOL_BANNER + "')]"))).isEmpty();
        }
        assertThat(browser.findElements(By.cssSelector(".brand-logo svg, .login-logo svg")))
                .noneMatch(WebElement::isDisplayed);
    }

    private String language() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return navigator.language")).split("-")[0];
    }

    private String loginLogoText() {
        return String.valueOf(browser.executeScript(
                "return getComputedStyle(document.querySelector('.login-logo'), '::before').content"));
    }

    private String body() {
        return browser.findElement(By.tagName("body")).getText();
    }
}

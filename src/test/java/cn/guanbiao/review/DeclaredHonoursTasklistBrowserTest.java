package cn.guanbiao.review;

import java.time.Duration;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The district reviewer sees, in Tasklist's form, the flag for a declared honour not on the register, with the red notice. */
@AwardSpringTest
class DeclaredHonoursTasklistBrowserTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;

    WebDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDistrictReviewersFormShowsTheFlagUnderTheRedNotice() {
        // given: a unit the register does not know, waiting at 区县初审
        String no = driver.submit(Applicants.enterprise(driver.openCall("1000000").callId())).applicationNo();
        Task task = driver.task(no, "DistrictReview");
        browser = Browser.start("zh-CN");
        String tasklist = "http://localhost:" + port + "/camunda/app/tasklist/default/";
        Browser.signIn(browser, tasklist, "reviewer-500112");

        // when
        browser.get(tasklist + "#/?task=" + task.getId());
        WebElement form = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> form.getText().contains(no));
        Browser.screenshot(browser, "declared-honours-district-review");

        // then
        assertThat(form.getText()).contains("三、自动资格预审", "有预审项目未通过或需核实，请逐项核实。", "申报的荣誉称号在认定名录中",
                "请核实", "未在名录中——市级知识产权优势企业：名录中没有该单位的此称号");
    }
}

package cn.guanbiao.review;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import cn.guanbiao.support.FrontEndOnly;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The district reviewer sees, in Tasklist's form, the flag for a declared honour not on the register, with the red notice. */
@AwardSpringTest
@FrontEndOnly
class DeclaredHonoursTasklistBrowserTest {

    @Autowired AwardDriver driver;

    @RegisterExtension final Browser browser = new Browser();

    @Test
    void theDistrictReviewersFormShowsTheFlagUnderTheRedNotice() {
        // given: a unit the register does not know, waiting at 区县初审
        String no = driver.submit(Applicants.enterprise(driver.openCall("1000000").callId())).applicationNo();
        Task task = driver.task(no, "DistrictReview");
        String tasklist = browser.tasklistUrl();
        browser.signIn(tasklist, "reviewer-500112");

        // when
        browser.get(tasklist + "#/?task=" + task.getId());
        WebElement form = browser.waiting(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        browser.waitUntil(d -> form.getText().contains(no));
        browser.screenshot("declared-honours-district-review");

        // then
        assertThat(form.getText()).contains("三、自动资格预审", "有预审项目未通过或需核实，请逐项核实。", "申报的荣誉称号在认定名录中",
                "请核实", "未在名录中——市级知识产权优势企业：名录中没有该单位的此称号");
    }
}

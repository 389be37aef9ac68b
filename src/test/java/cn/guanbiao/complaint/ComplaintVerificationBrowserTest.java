package cn.guanbiao.complaint;

import cn.guanbiao.reference.CertificationBodyFindings;
import cn.guanbiao.support.Applicants;
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
 * The municipal office verifies a complaint about a certification body in Tasklist, with the Chinese form
 * complaint-verification: the complaint and the body are shown, the award part is not; 属实 records a finding.
 */
@AwardSpringTest
class ComplaintVerificationBrowserTest {

    @Autowired AwardDriver driver;
    @Autowired ComplaintIntake intake;
    @Autowired Complaints complaints;
    @Autowired CertificationBodyFindings findings;
    @Autowired TaskService taskService;

    @RegisterExtension final Browser browser = new Browser();

    @Test
    void municipalOfficeConfirmsAComplaintAboutABodyInTheChineseForm() {
        // given
        var json = ComplaintFixtures.aboutBody(Applicants.BODY_NOT_ON_FILING_LIST);
        json.put("content", "审核员只在会议室看了文件，没有去车间。");
        String ref = intake.submit(json).referenceNo();
        Task task = driver.task(ref, ComplaintVariables.TASK_KEY);
        logIn("municipal");

        // when: opening the task
        browser.get(browser.tasklistUrl() + "#/?task=" + task.getId());

        // then: the complaint, the body and the decision, in Chinese
        browser.waitForText(By.cssSelector(".fjs-form"), ref);
        String form = browser.findElement(By.cssSelector(".fjs-form")).getText();
        browser.screenshot("tasklist-complaint-1-form");
        assertThat(form).contains("投诉核查", "一、投诉举报内容", "审核员只在会议室看了文件，没有去车间。", "匿名（未留联系方式）",
                "二、被投诉的认证机构", Applicants.BODY_NOT_ON_FILING_LIST, "不在高标准认证规则备案名录", "三、核查结论", "属实",
                "核查情况（必填）");
        assertThat(form).doesNotContain("被投诉的获奖单位", "{{", "⚠");

        // when: claiming, confirming with findings and submitting
        browser.click(browser.waitFor(By.cssSelector("button.claim")));
        browser.waiting(10).until(d -> "municipal".equals(taskService.createTaskQuery()
                .taskId(task.getId()).singleResult().getAssignee()));
        browser.waiting(10).until(d -> browser
                .findElements(By.cssSelector(".fjs-form input[type=radio]")).stream().allMatch(WebElement::isEnabled));
        browser.click(browser.waitFor(By.xpath("//div[contains(@class,'fjs-form')]//label[normalize-space(.)='属实']")));
        browser.waitForText(By.cssSelector(".fjs-form"), "提交后将把核查情况记入该认证机构的问题记录");
        WebElement findingsField = browser.waitFor(By.cssSelector(".fjs-form textarea"));
        browser.scrollTo(findingsField);
        findingsField.sendKeys("调取审核计划和现场照片，审核未进入生产现场，属实。");
        browser.screenshot("tasklist-complaint-2-filled");
        WebElement submit = browser.waitFor(By.xpath("//button[@ng-click='complete()']"));
        browser.waiting(10).until(ExpectedConditions.elementToBeClickable(submit));
        browser.click(submit);

        // then: decided by the official who logged in, and the finding recorded against the body
        browser.waiting(30)
                .withMessage(() -> {
                    browser.screenshot("tasklist-complaint-3-not-submitted");
                    return "not confirmed; Tasklist says: " + browser.findElements(By.cssSelector(".notifications, .alert"))
                            .stream().map(WebElement::getText).toList();
                })
                .until(d -> complaints.get(ref).status() == ComplaintStatus.CONFIRMED);
        assertThat(complaints.get(ref).decidedBy()).isEqualTo("municipal");
        assertThat(findings.of(Applicants.BODY_NOT_ON_FILING_LIST)).anySatisfy(f -> {
            assertThat(f.sourceRef()).isEqualTo(ref);
            assertThat(f.findings()).isEqualTo("调取审核计划和现场照片，审核未进入生产现场，属实。");
        });
    }

    @Test
    void reviewerSeesTheComplaintsAboutTheApplicationOnTheChineseReviewForm() {
        // given: a complaint about an application in review, which then reaches the sector department
        String callId = driver.openCall("1000000").callId();
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        var json = ComplaintFixtures.aboutAward(no);
        json.put("content", "该单位的认证费发票系他人开具，并非本单位支付。");
        String ref = intake.submit(json).referenceNo();
        driver.complete(no, "DistrictReview", "reviewer-500112", java.util.Map.of("approved", true, "comment", "材料齐全"));
        Task task = driver.task(no, "DepartmentReview");
        logIn("economy");

        // when
        browser.get(browser.tasklistUrl() + "#/?task=" + task.getId());

        // then: the complaint, its state and content, never who sent it
        browser.waitForText(By.cssSelector(".fjs-form"), ref);
        String form = browser.findElement(By.cssSelector(".fjs-form")).getText();
        browser.screenshot("tasklist-review-with-complaint");
        assertThat(form).contains("投诉举报", "本申请收到 1 件投诉举报", "核查中的投诉举报办结前不拨付奖励资金", ref, "核查中",
                "该单位的认证费发票系他人开具，并非本单位支付。");
        assertThat(form).doesNotContain(json.get("contactEmail").asText(), "李四", "{{", "⚠");
    }

    private void logIn(String user) {
        browser.signIn(browser.tasklistUrl(), user);
        browser.waitForText(By.cssSelector("[cam-widget-header] .brand-name"), "贯标认证奖励");
    }
}

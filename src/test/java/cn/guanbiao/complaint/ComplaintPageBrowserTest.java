package cn.guanbiao.complaint;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** Anyone complains from the public page, in a real browser, and sees the reference number. */
@AwardSpringTest
class ComplaintPageBrowserTest {

    @Autowired ProcessEngine engine;
    @Autowired Complaints complaints;
    @Autowired ComplaintFixtures fixtures;

    /** Whatever the test did, the pages it opened ran under their Content-Security-Policy without a refusal. */
    @RegisterExtension final Browser browser = new Browser().checkingCspAfterEach();

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @Test
    void complaintAboutACertificationBodyFromTheNoticePageGetsAReferenceNumber() {
        // given: the way in is the public notice page
        browser.get(browser.url("/public/notices"));
        browser.findElement(By.cssSelector("#complaint-link a")).click();
        assertThat(browser.getTitle()).contains("投诉举报");

        // when
        browser.findElement(By.cssSelector("input[name=subject][value=CERTIFICATION_BODY]")).click();
        new Select(browser.findElement(By.name("certificationBody"))).selectByVisibleText(Applicants.BODY_NOT_ON_FILING_LIST);
        browser.findElement(By.name("content")).sendKeys("该认证机构对我公司的审核只用了半天，未到生产现场。\n审核员同时是我公司的贯标辅导老师。");
        browser.findElement(By.name("contactName")).sendKeys("王五");
        browser.findElement(By.name("contactEmail")).sendKeys("wangwu@example.com");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        // then
        WebElement accepted = browser.waiting(10)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("accepted")));
        browser.screenshot("public-complaint");
        String ref = browser.findElement(By.id("reference-no")).getText();
        assertThat(ref).matches("TS-\\d{4}-\\d{6}");
        assertThat(accepted.getText()).contains("已受理").contains(ref).contains("电子邮件告知");
        Complaint stored = complaints.get(ref);
        assertThat(stored.subject()).isEqualTo(ComplaintSubject.CERTIFICATION_BODY);
        assertThat(stored.certificationBody()).isEqualTo(Applicants.BODY_NOT_ON_FILING_LIST);
        assertThat(stored.content()).contains("未到生产现场").contains("\n");
        assertThat(stored.contactEmail()).isEqualTo("wangwu@example.com");
        assertThat(fixtures.process(ref)).isWaitingAt(ComplaintVariables.TASK_KEY);
    }

    @Test
    void missingFieldsAreShownNextToTheirInputsAndNothingIsStored() {
        // given
        browser.get(browser.url("/public/complaints"));
        int storedBefore = complaints.count();

        // when: about an award, without its number or any content
        browser.findElement(By.name("contactEmail")).sendKeys("not-an-address");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        // then
        WebElement contentError = browser.findElement(By.cssSelector("[data-field=content] > .error"));
        browser.waiting(10).until(d -> !contentError.getText().isBlank());
        browser.screenshot("public-complaint-errors");
        assertThat(contentError.getText()).contains("投诉举报内容");
        assertThat(browser.findElement(By.cssSelector("[data-field=applicationNo] > .error")).getText()).contains("申请编号");
        assertThat(browser.findElement(By.cssSelector("[data-field=contactEmail] > .error")).getText()).contains("电子邮箱");
        // each invalid input says so and points to its message; the focus is on the first
        for (String name : java.util.List.of("applicationNo", "content", "contactEmail")) {
            WebElement input = browser.findElement(By.name(name));
            assertThat(input.getAttribute("aria-invalid")).as(name).isEqualTo("true");
            WebElement message = browser.findElement(By.id(input.getAttribute("aria-describedby")));
            assertThat(message.getText()).as(name).isNotBlank();
        }
        assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("applicationNo");
        assertThat(browser.findElement(By.cssSelector("[data-role=summary]")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("accepted")).isDisplayed()).isFalse();
        assertThat(complaints.count()).isEqualTo(storedBefore);
    }
}

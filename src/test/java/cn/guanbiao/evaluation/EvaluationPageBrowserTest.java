package cn.guanbiao.evaluation;

import cn.guanbiao.application.Applications;
import cn.guanbiao.application.IpIndicatorRecords;
import cn.guanbiao.application.IpIndicators;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/** The page behind the link in the evaluation e-mail: the unit reports its indicators in a real browser. */
@AwardSpringTest
class EvaluationPageBrowserTest {

    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired Applications applications;
    @Autowired IpIndicatorRecords indicators;

    @RegisterExtension final Browser browser = new Browser();

    @Test
    void unitFixesTheFieldItGotWrongAndReports() {
        // given: a paid award whose evaluation is due
        AbstractAssertions.init(engine);
        String no = driver.pay(Applicants::enterprise);
        ProcessInstance evaluation = driver.instance(no, EvaluationVariables.PROCESS_KEY);
        driver.fireTimer(evaluation.getId(), "Event_EvaluationDue");
        String link = browser.url("/applications/" + no + "/evaluation#token=" + applications.get(no).trackingToken());

        // when: one field is left empty
        browser.get(link);
        type("patentsFiled", "12");
        type("patentsGranted", "4");
        type("ipStaff", "3");
        type("trainingHours", "20");
        browser.findElement(By.cssSelector("#evaluation-form button[type=submit]")).click();

        // then: the empty field is named, nothing is taken
        WebDriverWait wait = browser.waiting(10);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-field=riskWarnings] .error"), "知识产权风险预警"));
        browser.screenshot("evaluation-error");
        assertThat(evaluation).isWaitingAt("Task_AwaitEvaluationReport");

        // when
        type("riskWarnings", "2");
        browser.findElement(By.cssSelector("#evaluation-form button[type=submit]")).click();

        // then
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        browser.screenshot("evaluation-done");
        assertThat(evaluation).isWaitingAt("EvaluationScoring");
        assertThat(indicators.find(no, IpIndicatorRecords.Kind.REPORTED)).contains(new IpIndicators(12, 4, 3, 20, 2));
        assertThat(browser.cspViolations()).isEmpty();
    }

    private void type(String id, String value) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(value);
    }
}

package cn.guanbiao.call;

import java.util.List;
import java.util.stream.IntStream;

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
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The municipal office opens 审定拟奖励名单 of a call larger than one page: the counts on top, the list in merit order
 * 50 rows a page, the pager in Chinese. A province-wide call has thousands of rows, which the browser would otherwise
 * draw at once. Screenshots in target/screenshots/tasklist-award-list-*.png.
 */
@AwardSpringTest
class AwardListBrowserTest {

    static final int APPLICATIONS = 55;

    @Autowired AwardDriver driver;
    @Autowired CallOpening callOpening;
    @Autowired TaskService taskService;

    @RegisterExtension final Browser browser = new Browser();

    @Test
    void municipalOfficePagesThroughTheRankedListOfALargeCall() {
        // given: 55 applications waiting for the decision, the budget covering ten awards of 25,000
        String callId = driver.openCall("250000").callId();
        List<String> numbers = IntStream.range(0, APPLICATIONS)
                .mapToObj(i -> driver.submit(Applicants.enterprise(callId)).applicationNo()).toList();
        numbers.forEach(driver::passReviews);
        callOpening.close(callId);
        driver.runJobs(driver.instance(callId, "award-call").getId());
        Task approveList = driver.task(callId, "ApproveAwardList");
        browser.signIn(browser.tasklistUrl(), "municipal");

        // when: opening the task
        browser.get(browser.tasklistUrl() + "#/?task=" + approveList.getId());

        // then: the counts, and the first page of the list
        browser.waitUntil(d -> text(".fjs-form").contains("55 件：拟奖励 10 件，预算不足不予资助 45 件"));
        browser.scrollTo(browser.findElement(By.cssSelector(".fjs-table-nav")));
        browser.screenshot("tasklist-award-list-1-first-page");
        assertThat(text(".fjs-form")).contains("审定拟奖励名单", callId, "拟奖励名单（按择优顺序，每页 50 件）", "250,000.00 元",
                "本批次不予资助");
        assertThat(ranks()).hasSize(50).startsWith("1", "2").endsWith("50");
        assertThat(text(".fjs-table-nav-label")).isEqualTo("1 / 2");
        assertThat(browser.findElements(By.cssSelector(".fjs-table-nav-button")))
                .extracting(b -> b.getDomAttribute("aria-label")).containsExactly("上一页", "下一页");

        // when: claiming the task (Tasklist lets nobody work in a form before) and turning the page
        browser.click(browser.findElement(By.cssSelector("button.claim")));
        browser.waitUntil(d -> "municipal".equals(taskService.createTaskQuery().taskId(approveList.getId()).singleResult()
                .getAssignee()) && d.findElements(By.cssSelector(".disabled-form")).isEmpty());
        browser.click(browser.findElement(By.cssSelector(".fjs-table-nav-button[aria-label='下一页']")));

        // then: the last five, still in merit order
        browser.waitUntil(d -> "2 / 2".equals(text(".fjs-table-nav-label")));
        browser.screenshot("tasklist-award-list-2-second-page");
        assertThat(ranks()).containsExactly("51", "52", "53", "54", "55");
        assertThat(text(".fjs-form")).doesNotContain(" of ", "{{");
    }

    /** The rank column of the rows the table shows now. */
    private List<String> ranks() {
        return browser.findElements(By.cssSelector(".fjs-table-body .fjs-table-tr")).stream()
                .map(row -> row.findElement(By.cssSelector(".fjs-table-td")).getText()).toList();
    }

    private String text(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).findFirst().orElse("");
    }
}

package cn.guanbiao.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.calendar.WorkingDays;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Walk one application from submission to 已拨付", step by step as written: the curl paths, the sample
 * application file and the people it names are read from the README, so that a change of the README or of the product
 * that parts them fails here. The applicant uses the form, the officials Tasklist. Screenshots in
 * target/screenshots/walk-*.png. The test profile runs no job executor: where the running application's executor
 * would continue on its own, the test runs the due jobs.
 */
@AwardSpringTest
class WalkTheReadmeBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired AwardDriver driver;

    @RegisterExtension final Browser browser = new Browser().checkingCspAfterEach();

    String walk;
    ApiClient admin;

    @BeforeEach
    void readTheWalk() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("### Walk one application from submission to 已拨付");
        assertThat(start).as("the README's walk").isNotNegative();
        int end = readme.indexOf("\n## ", start);
        walk = readme.substring(start, end < 0 ? readme.length() : end);
        admin = new ApiClient(port).as("admin", "admin");
    }

    @Test
    void theReadmesWalkTakesAnApplicationToPaid() throws IOException {
        int year = LocalDate.now(WorkingDays.ZONE).getYear();
        assertThat(walk).as("the walk derives its dates from today").doesNotContain(String.valueOf(year), "CALL-20", "GB-20");

        // 1. a call of this year, open now, from the README's request body with $YEAR filled in
        Matcher body = Pattern.compile("localhost:8080/api/admin/calls \\\\\\s+-d \"(.+?)\"\\s").matcher(walk);
        assertThat(body.find()).as("step 1's curl").isTrue();
        String callJson = body.group(1).replace("\\\"", "\"").replace("$((YEAR+1))", String.valueOf(year + 1))
                .replace("$YEAR", String.valueOf(year));
        ApiClient.Response opened = admin.post(path("/api/admin/calls"), JSON.readTree(callJson));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String call = opened.json().path("callId").asText();

        // 2. the sample application, typed into the form of the call chosen on /applications/new
        Matcher file = Pattern.compile("docs/examples/[\\w-]+\\.json").matcher(walk);
        assertThat(file.find()).as("step 2 names the sample file").isTrue();
        ObjectNode sample = (ObjectNode) JSON.readTree(Files.readString(Path.of(file.group())));
        browser.get(url(literal("http://localhost:8080/applications/new")));
        browser.findElements(By.cssSelector("#open-calls tbody tr")).stream().filter(row -> row.getText().contains(call))
                .findFirst().orElseThrow().findElement(By.linkText(literal("在线申报"))).click();
        sample.put("callId", call);
        browser.executeScript(
                "window.ApplicantForm.fill(document.getElementById('application-form'), JSON.parse(arguments[0]));",
                sample.toString());
        browser.screenshot("walk-2-form");
        browser.findElement(By.id("submit-application")).click();
        browser.waiting(30).until(d -> d.getCurrentUrl().contains("#token="));
        Matcher statusPage = Pattern.compile("/applications/(GB-\\d{4}-\\d{6})#token=(.+)$").matcher(browser.getCurrentUrl());
        assertThat(statusPage.find()).as(browser.getCurrentUrl()).isTrue();
        String no = statusPage.group(1);
        String token = statusPage.group(2);
        browser.screenshot("walk-2-status");
        String application = driver.process(no).getId();
        driver.runJobs(application);

        // 3. the three reviews in Tasklist, by the people the README names
        decide(literal("`reviewer-500112`"), no, "DistrictReview", "通过");
        driver.runJobs(application);
        decide(literal("`economy`"), no, "DepartmentReview", "通过");
        driver.runJobs(application);
        decide(literal("`municipal`"), no, "MunicipalReview", "通过");
        driver.runJobs(application);
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.AWAITING_DECISION);

        // 4. the call closed, its list approved: the application is in notice
        assertThat(admin.post(path("/api/admin/calls/$CALL/close").replace("$CALL", call), null).status()).isIn(200, 202, 204);
        driver.runJobs(driver.instance(call, "award-call").getId());
        decide("municipal", call, "ApproveAwardList", literal("批准名单"));
        driver.runBatches();
        driver.runJobs(application);
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
        browser.get(url(literal("http://localhost:8080/public/notices")));
        browser.screenshot("walk-4-notice");
        assertThat(browser.findElement(By.id("current-notices")).getText()).contains(no, sample.path("orgName").asText());

        // 5. the notice's timer job found and executed as the README's curl steps do
        JsonNode instances = admin.get(path("/engine-rest/process-instance?businessKey=$NO&processDefinitionKey=award-application")
                .replace("$NO", no)).json();
        String pi = instances.get(0).path("id").asText();
        JsonNode jobs = admin.get(path("/engine-rest/job?processInstanceId=$PI&activityId=Event_NoticePeriodOver")
                .replace("$PI", pi)).json();
        assertThat(jobs).as("the notice's timer job").hasSize(1);
        ApiClient.Response executed = admin.post(path("/engine-rest/job/$JOB/execute")
                .replace("$JOB", jobs.get(0).path("id").asText()), null);
        assertThat(executed.status()).as(executed.toString()).isEqualTo(204);
        driver.runJobs(application);
        browser.get(url("/public/notices"));
        assertThat(browser.findElement(By.id("past-notices")).getText()).contains(no)
                .contains(LocalDate.now(WorkingDays.ZONE).getMonthValue() + "月" + LocalDate.now(WorkingDays.ZONE).getDayOfMonth() + "日（含）");

        // 6. the release of the money
        decide(literal("`finance`"), no, "FundReleaseApproval", literal("同意拨付"));
        driver.runJobs(application);
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.PAID);

        // 7. the applicant follows it with the tracking token
        ApiClient.Response followed = new ApiClient(port).get(path("/api/applications/$NO").replace("$NO", no),
                literal("X-Tracking-Token"), token);
        assertThat(followed.status()).isEqualTo(200);
        assertThat(followed.json().path("status").asText()).isEqualTo(ApplicationStatus.PAID.name());
        browser.get(url("/applications/" + no + "#token=" + token));
        browser.waitUntil(d -> d.findElement(By.id("status-label")).getText().equals(ApplicationStatus.PAID.label()));
        browser.screenshot("walk-7-paid");
    }

    /** Signs in to Tasklist as the user, opens the task, claims it, chooses the option, writes an opinion and submits. */
    private void decide(String named, String businessKey, String taskKey, String option) {
        String user = named.replace("`", "");
        Task task = driver.task(businessKey, taskKey);
        assertThat(task).as(taskKey + " of " + businessKey).isNotNull();
        browser.manage().deleteAllCookies();
        browser.signIn(url("/camunda/app/tasklist/default/"), user);
        browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
        browser.waitForText(By.cssSelector(".fjs-form"), businessKey);
        browser.click(browser.waitFor(By.cssSelector("button.claim")));
        browser.waiting(10).until(d -> user.equals(driver.task(businessKey, taskKey).getAssignee()));
        browser.waiting(10).until(d -> d
                .findElements(By.cssSelector(".fjs-form input[type=radio]")).stream().allMatch(WebElement::isEnabled));
        browser.click(browser.waitFor(By.xpath("//div[contains(@class,'fjs-form')]//label[normalize-space(.)='" + option + "']")));
        WebElement comment = browser.waitFor(By.cssSelector(".fjs-form textarea"));
        browser.click(comment);
        comment.sendKeys("同意（按 README 演练）");
        browser.screenshot("walk-3-" + taskKey);
        WebElement submit = browser.waitFor(By.xpath("//button[@ng-click='complete()']"));
        browser.waiting(10).until(ExpectedConditions.elementToBeClickable(submit));
        browser.click(submit);
        browser.waitUntil(d -> driver.task(businessKey, taskKey) == null);
    }

    /** The text as the README's walk has it; fails when the walk no longer says it. */
    private String literal(String text) {
        assertThat(walk).as("the README's walk says").contains(text);
        return text;
    }

    /** A path the walk's curl calls, checked to be in the walk as {@code localhost:8080<path>}. */
    private String path(String path) {
        return literal("localhost:8080" + path).substring("localhost:8080".length());
    }

    /** The README's address on port 8080, or a path, on the test's port. */
    private String url(String pathOrUrl) {
        return browser.url(pathOrUrl.startsWith("http://localhost:8080")
                ? pathOrUrl.substring("http://localhost:8080".length()) : pathOrUrl);
    }
}

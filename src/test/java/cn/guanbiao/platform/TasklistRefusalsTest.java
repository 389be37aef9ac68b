package cn.guanbiao.platform;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.guanbiao.call.CallOpening;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A decision one of the app's task listeners refuses reaches the official in Tasklist as one Chinese sentence with a
 * 4xx, as it does through {@code /engine-rest}, and is no ERROR in the log (issue 21): not "Cannot submit task form …:
 * ENGINE-03051 …" with a 500 and a stack trace.
 */
@AwardSpringTest
class TasklistRefusalsTest {

    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired CallOpening callOpening;

    String callId;
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger engineContext = (Logger) LoggerFactory.getLogger(RefusalLogFilter.ENGINE_CONTEXT_LOGGER);
    Level engineContextLevel;

    @BeforeEach
    void setUp() {
        callId = driver.openCall("1000000").callId();
        // the test profile silences the engine's command context; here it logs as in production, so that its ERROR shows
        engineContextLevel = engineContext.getLevel();
        engineContext.setLevel(Level.INFO);
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void tearDown() {
        root.detachAppender(log);
        engineContext.setLevel(engineContextLevel);
    }

    @Test
    void decisionWithoutItsReasonIsRefusedInOneChineseSentenceAndNoError() {
        // given: a district review, in Tasklist
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String taskId = driver.task(no, "DistrictReview").getId();
        WebappSession tasklist = tasklistAs("reviewer-500112");

        // when: 不予通过 without saying why
        Response refused = tasklist.send("POST", WEBAPP_ENGINE + "/task/" + taskId + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"REJECT\"}}}");

        // then
        assertRefusedInChinese(refused, "请填写意见");
        assertThat(driver.task(no, "DistrictReview").getId()).as("the task stays open").isEqualTo(taskId);
    }

    @Test
    void awardListWhileApplicationsAreInReviewIsRefusedInOneChineseSentenceAndNoError() {
        // given: a closed call with an application still in review
        driver.submit(Applicants.enterprise(callId));
        callOpening.close(callId);
        driver.runJobs(driver.instance(callId, "award-call").getId());
        String taskId = driver.task(callId, "ApproveAwardList").getId();
        WebappSession tasklist = tasklistAs("municipal");

        // when
        Response refused = tasklist.send("POST", WEBAPP_ENGINE + "/task/" + taskId + "/submit-form",
                "{\"variables\":{\"approved\":{\"value\":true},\"comment\":{\"value\":\"同意名单\"}}}");

        // then
        assertRefusedInChinese(refused, "审核中");
        assertThat(driver.task(callId, "ApproveAwardList").getId()).isEqualTo(taskId);
    }

    @Test
    void engineRestAnswersTheSameRefusalAlike() {
        // given
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        String taskId = driver.task(no, "DistrictReview").getId();

        // when
        Response refused = new ApiClient(port).as("reviewer-500112", "demo").post("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\":{\"approved\":{\"value\":false},\"comment\":{\"value\":\"\"}}}");

        // then
        assertRefusedInChinese(refused, "请填写意见");
    }

    @Test
    void aFaultThatIsNoRefusalIsStillLoggedAsAnError() {
        // given: what the filter sees of the engine's ERROR for a wrapped fault, and for a wrapped refusal
        RefusalLogFilter filter = new RefusalLogFilter();
        var fault = new org.camunda.bpm.engine.ProcessEngineException("ENGINE-03051", new IllegalStateException("boom"));
        var refusal = new org.camunda.bpm.engine.ProcessEngineException("ENGINE-03051",
                new org.camunda.bpm.engine.BadUserRequestException("请填写意见"));

        // when / then
        assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", new Object[] {"x", fault}, null))
                .isEqualTo(ch.qos.logback.core.spi.FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 {}", new Object[] {"x", refusal}, null))
                .isEqualTo(ch.qos.logback.core.spi.FilterReply.DENY);
        assertThat(filter.decide(null, root, Level.ERROR, "elsewhere", new Object[] {refusal}, null))
                .isEqualTo(ch.qos.logback.core.spi.FilterReply.NEUTRAL);
    }

    private void assertRefusedInChinese(Response refused, String sentence) {
        assertThat(refused.status()).as(refused.toString()).isBetween(400, 499);
        String message = refused.json().path("message").asText();
        assertThat(message).contains(sentence).doesNotContain("ENGINE-").doesNotContain("Cannot submit")
                .doesNotContain("TaskListener");
        List<ILoggingEvent> errors = log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).toList();
        assertThat(errors).as("ERROR log events: %s", errors.stream().map(e -> e.getLoggerName() + ": " + e.getFormattedMessage())
                .toList()).isEmpty();
        assertThat(log.list).as("the refusal is logged, below ERROR")
                .anyMatch(e -> e.getLevel() == Level.INFO && e.getFormattedMessage().contains(sentence));
    }

    private WebappSession tasklistAs(String user) {
        WebappSession session = new WebappSession(port, "tasklist");
        assertThat(session.login(user, "demo").statusCode()).isEqualTo(200);
        return session;
    }
}

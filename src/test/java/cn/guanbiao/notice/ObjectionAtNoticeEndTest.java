package cn.guanbiao.notice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Race;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * An objection arrives over HTTP at the moment the notice period's timer fires. Either the objection is taken
 * and the application goes to ObjectionReview, or it is refused (409) and the application goes on to payment
 * with no objection on file: never an objection kept while the money moves.
 */
@AwardSpringTest
class ObjectionAtNoticeEndTest {

    private static final Logger log = LoggerFactory.getLogger(ObjectionAtNoticeEndTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROUNDS = 6;
    private static final int APPLICATIONS_PER_ROUND = 4;

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired AwardDriver driver;
    @Autowired Objections objections;
    @Autowired PublicNotices notices;
    @Autowired ObjectionDesk objectionDesk;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    ApiClient api;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        api = new ApiClient(port);
    }

    @Test
    void objectionRacingTheEndOfTheNoticeEitherStopsThePaymentOrIsRefused() {
        ManagementService management = engine.getManagementService();
        TaskService tasks = engine.getTaskService();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            // given: applications in public notice
            List<String> inNotice = inNotice();

            for (String no : inNotice) {
                String instance = driver.process(no).getId();
                Job timer = management.createJobQuery().processInstanceId(instance).activityId("Event_NoticePeriodOver")
                        .singleResult();
                int jitterMillis = ThreadLocalRandom.current().nextInt(12);

                // when: the objection arrives as the timer fires
                List<Object> results = Race.run(
                        () -> api.post("/api/public/notices/" + no + "/objections",
                                JSON.createObjectNode().put("reason", "该单位认证审核未到现场").put("contact", "13900000000")),
                        () -> {
                            Thread.sleep(jitterMillis);
                            try {
                                management.executeJob(timer.getId());
                                return "timer fired";
                            } catch (RuntimeException lost) {
                                return "timer lost: " + lost.getClass().getSimpleName();
                            }
                        });
                Response objection = (Response) results.get(0);
                outcomes.merge(objection.status() + " / " + results.get(1), 1, Integer::sum);

                // then: one of the two outcomes, whole
                assertThat(objection.status()).as("%s: %s", no, objection).isIn(202, 409);
                if (objection.status() == 202) {
                    accepted(no);
                } else if (objection.json().path("title").asText().equals("公示期已结束")) {
                    refused(no);
                } else {
                    // both lost (H2's 2 s lock timeout under load): nothing stored, the notice still open, the
                    // timer is retried; the objector was told to try again
                    assertThat(objection.json().path("title").asText()).as(objection.toString()).isEqualTo("操作冲突");
                    assertThat(objections.of(no)).as(no).isEmpty();
                    assertThat(driver.process(no)).isWaitingAt("Gateway_NoticeEvents");
                    driver.fireTimer(instance, "Event_NoticePeriodOver");
                    refused(no);
                }
                assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).as(no).isOne();
            }
        }
        log.info("Objection vs notice timer: {} races, outcomes {}", ROUNDS * APPLICATIONS_PER_ROUND, outcomes);
    }

    @Test
    void objectionArrivingAsAnEarlierOneIsDismissedIsReviewedToo() {
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int round = 0; round < 2; round++) {
            for (String no : inNotice()) {
                // given: an objection under review
                assertThat(objectionDesk.raise(no, "第一件异议", null)).isEqualTo(ObjectionDesk.Result.ACCEPTED);
                String review = driver.task(no, "ObjectionReview").getId();

                // when: a second objection arrives as the first is dismissed
                int jitterMillis = ThreadLocalRandom.current().nextInt(60);
                List<Object> results = Race.run(
                        () -> {
                            Thread.sleep(jitterMillis);
                            return api.post("/api/public/notices/" + no + "/objections",
                                    JSON.createObjectNode().put("reason", "第二件异议"));
                        },
                        () -> {
                            driver.as("municipal", () -> engine.getTaskService().complete(review,
                                    Map.of("approved", true, "comment", "经核查，异议不成立")));
                            return "dismissed";
                        });

                // then: the second objection is either decided with the first or goes to a new review
                Response second = (Response) results.get(0);
                assertThat(second.status()).as(second.toString()).isEqualTo(202);
                List<Objections.Objection> onFile = objections.of(no);
                assertThat(onFile).hasSize(2);
                assertThat(onFile.get(0).status()).isEqualTo("DISMISSED");
                if (onFile.get(1).status().equals("OPEN")) {
                    assertThat(driver.process(no)).isWaitingAt("ObjectionReview");
                    outcomes.merge("second under a new review", 1, Integer::sum);
                } else {
                    assertThat(onFile.get(1).status()).isEqualTo("DISMISSED");
                    assertThat(driver.process(no)).isWaitingAt("Gateway_NoticeEvents");
                    outcomes.merge("decided together", 1, Integer::sum);
                }
            }
        }
        log.info("Objection vs dismissal of an earlier one: {}", outcomes);
    }

    @Test
    void objectionStoredJustAsTheTimerCommitsIsNeverLeftUnreviewed() throws Exception {
        // given: an objection that, once it has looked at the notice and before it stores itself, lets the
        // notice's timer run (up to 1.5 s: the timer alone needs far less, and H2 stops waiting for a lock at 2 s)
        String no = inNotice().get(0);
        ManagementService management = engine.getManagementService();
        String timerId = management.createJobQuery().processInstanceId(driver.process(no).getId())
                .activityId("Event_NoticePeriodOver").singleResult().getId();
        CountDownLatch timerDone = new CountDownLatch(1);
        Objections timerFiresMeanwhile = new Objections(jdbc, clock) {
            @Override
            public void add(String applicationNo, String reason, String contact, LocalDateTime receivedAt) {
                new Thread(() -> {
                    try {
                        management.executeJob(timerId);
                    } catch (RuntimeException lost) {
                        log.info("The timer lost: {}", lost.toString());
                    } finally {
                        timerDone.countDown();
                    }
                }).start();
                try {
                    timerDone.await(1500, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.add(applicationNo, reason, contact, receivedAt);
            }
        };
        ObjectionDesk desk = new ObjectionDesk(notices, timerFiresMeanwhile, engine.getRuntimeService(), clock);

        // when
        ObjectionDesk.Result result;
        try {
            result = new TransactionTemplate(transactionManager).execute(tx -> desk.raise(no, "该单位认证审核未到现场", null));
        } catch (OptimisticLockingException | ConcurrencyFailureException bothLost) {
            result = null;
        }
        assertThat(timerDone.await(30, TimeUnit.SECONDS)).isTrue();

        // then: an objection on file is under review; otherwise there is none
        log.info("Objection while the timer commits: {}", result);
        if (result == ObjectionDesk.Result.ACCEPTED) {
            accepted(no);
        } else if (result == ObjectionDesk.Result.NOTICE_ENDED) {
            refused(no);
        } else {
            assertThat(objections.of(no)).isEmpty();
            assertThat(driver.process(no)).isWaitingAt("Gateway_NoticeEvents");
        }
    }

    /** The objection was taken: the application is under ObjectionReview, the notice never ended. */
    private void accepted(String no) {
        assertThat(objections.of(no)).as(no).hasSize(1);
        assertThat(driver.process(no)).isWaitingAt("ObjectionReview").hasNotPassed("Task_EndPublicNotice");
        assertThat(notices.isInNotice(no)).isTrue();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.IN_PUBLIC_NOTICE);
    }

    /** The notice ended first: no objection on file, the application goes on to payment. */
    private void refused(String no) {
        assertThat(objections.of(no)).as(no).isEmpty();
        assertThat(driver.process(no)).isWaitingAt("FundReleaseApproval").hasNotPassed("ObjectionReview");
        assertThat(notices.isInNotice(no)).isFalse();
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.APPROVED_FOR_PAYMENT);
    }

    @Test
    void objectionAfterTheNoticeHasEndedIsRefusedWithAReason() {
        // given
        String no = inNotice().get(0);
        driver.fireTimer(driver.process(no).getId(), "Event_NoticePeriodOver");

        // when
        Response response = api.post("/api/public/notices/" + no + "/objections",
                JSON.createObjectNode().put("reason", "异议理由").put("contact", "13900000000"));

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("title").asText()).isEqualTo("公示期已结束");
        assertThat(response.json().path("detail").asText()).isEqualTo("该申请的公示期已结束，不再受理异议。");
        refused(no);
    }

    /** A new call whose applications have passed every review and are now in public notice. */
    private List<String> inNotice() {
        String callId = driver.openCall("10000000").callId();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS_PER_ROUND; i++) {
            numbers.add(driver.submit(Applicants.enterprise(callId)).applicationNo());
        }
        numbers.forEach(driver::passReviews);
        driver.decideCall(callId);
        numbers.forEach(no -> assertThat(driver.process(no)).isWaitingAt("Gateway_NoticeEvents"));
        return numbers;
    }
}

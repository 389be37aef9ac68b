package cn.guanbiao.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Race;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many submissions of one unit arriving at the same instant over HTTP (DOMAIN §5: at most one application in
 * progress, however many arrive at once): one is accepted, every other is refused naming {@code creditCode}, and
 * nothing of a refused one remains (no row, no process instance, no e-mail). Runs on H2 and, in the failsafe run,
 * on PostgreSQL (issue 20: 20 at once).
 */
@AwardSpringTest
class SimultaneousSubmissionsTest {

    private static final Logger log = LoggerFactory.getLogger(SimultaneousSubmissionsTest.class);
    private static final int ROUNDS = 4;
    private static final int SUBMISSIONS = 20;
    private static final String IN_PROGRESS = "该单位已有正在办理的申请，办结前不能再次申请";

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired HistoryService historyService;
    @Autowired JdbcClient jdbc;

    ApiClient api;
    String callId;

    @BeforeEach
    void openCall() {
        api = new ApiClient(port);
        callId = driver.openCall("10000000").callId();
    }

    @Test
    void simultaneousSubmissionsOfOneUnitAcceptExactlyOneAndRefuseTheOthersNamingCreditCode() {
        Map<String, Integer> seen = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            // given: a unit with nothing in progress, and as many different submissions of it as SUBMISSIONS
            String creditCode = Applicants.newCreditCode();
            String email = "race-" + creditCode.toLowerCase() + "@example.com";
            List<Callable<Response>> submissions = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                ObjectNode application = Applicants.enterprise(callId);
                application.put("creditCode", creditCode);
                application.put("contactEmail", email);
                submissions.add(() -> api.post("/api/applications", application));
            }
            long processesBefore = processes();

            // when: they all arrive at once
            List<Response> responses = Race.run(submissions);

            // then: exactly one 201, every other a 400 naming creditCode in Chinese
            List<Integer> statuses = responses.stream().map(Response::status).toList();
            statuses.forEach(status -> seen.merge(String.valueOf(status), 1, Integer::sum));
            assertThat(statuses).as("round %d: %s", round, responses).containsOnlyOnce(201);
            Response accepted = responses.get(statuses.indexOf(201));
            String applicationNo = accepted.json().path("applicationNo").asText();
            for (Response refused : responses) {
                if (refused != accepted) {
                    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
                    assertThat(refused.contentType()).startsWith("application/problem+json");
                    assertThat(refused.errorFields()).as(refused.body()).containsExactly("creditCode");
                    assertThat(refused.json().path("errors").path(0).path("message").asText()).isEqualTo(IN_PROGRESS);
                }
            }

            // and: nothing of the refused ones: one row, one process instance, one e-mail (已受理)
            assertThat(jdbc.sql("SELECT application_no FROM application WHERE credit_code = ?").param(creditCode)
                    .query(String.class).list()).containsExactly(applicationNo);
            assertThat(processes()).isEqualTo(processesBefore + 1);
            assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("award-application")
                    .processInstanceBusinessKey(applicationNo).count()).isOne();
            assertThat(jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = ?").param(email)
                    .query(String.class).list()).singleElement().asString().contains(applicationNo, "已受理");
        }
        log.info("Simultaneous submissions: {} rounds of {}, answers {}", ROUNDS, SUBMISSIONS, seen);
    }

    private long processes() {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("award-application").count();
    }
}

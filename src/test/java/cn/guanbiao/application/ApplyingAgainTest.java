package cn.guanbiao.application;

import cn.guanbiao.applicant.ApplicationIntake;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit may apply again as soon as its application has ended (rejected at any step, not funded, paid …) and not
 * while it is in progress (DOMAIN §5): the unit's row in {@code application_in_progress} is given up by the status
 * change that ends the application, in its transaction.
 */
@AwardSpringTest
class ApplyingAgainTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired ApplicationIntake intake;
    @Autowired Applications applications;
    @Autowired StatusChanges statusChanges;
    @Autowired RuntimeService runtimeService;
    @Autowired JdbcClient jdbc;

    ApiClient api;
    String callId;

    @BeforeEach
    void openCall() {
        api = new ApiClient(port);
        callId = driver.openCall("10000000").callId();
    }

    @Test
    void unitRejectedAtDistrictReviewCanApplyAgainAtOnce() {
        // given: an application at district review; meanwhile another one of the unit is refused
        ObjectNode first = Applicants.enterprise(callId);
        String no = driver.submit(first).applicationNo();
        assertRefused(api.post("/api/applications", sameUnit(first)));

        // when: the district reviewer rejects it
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", false, "comment", "证书与申报单位不符"));

        // then
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.REJECTED);
        assertAccepted(api.post("/api/applications", sameUnit(first)));
    }

    @Test
    void unitNotFundedCanApplyAgain() {
        // given: an application of 25,000 in a call whose budget covers none
        String smallCall = driver.openCall("1000").callId();
        ObjectNode first = Applicants.enterprise(smallCall);
        String no = driver.submit(first).applicationNo();
        driver.passReviews(no);
        assertRefused(api.post("/api/applications", sameUnit(first)));

        // when
        driver.decideCall(smallCall);

        // then
        assertThat(driver.status(no)).isEqualTo(ApplicationStatus.NOT_FUNDED);
        assertAccepted(api.post("/api/applications", sameUnit(first)));
    }

    @Test
    void unitPaidCanApplyAgain() {
        // given / when: an application of the unit taken to 已拨付
        String creditCode = Applicants.newCreditCode();
        driver.pay(call -> Applicants.enterprise(call).put("creditCode", creditCode));

        // then
        assertAccepted(api.post("/api/applications", sameUnit(creditCode)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApplicationStatus.class)
    void unitCanApplyAgainExactlyWhenItsApplicationIsInAStatusThatEndsIt(ApplicationStatus status) {
        // given: an application of the unit, its process removed (only the status matters here)
        ObjectNode first = Applicants.enterprise(callId);
        ApplicationIntake.Accepted accepted = intake.submit(first);
        runtimeService.deleteProcessInstance(accepted.processInstanceId(), "test: status set by hand", true);

        // when
        statusChanges.change(accepted.applicationNo(), status, "admin", "测试", LocalDate.now().plusDays(10));

        // then
        Response again = api.post("/api/applications", sameUnit(first));
        if (ApplicationStatus.ACTIVE.contains(status)) {
            assertRefused(again);
        } else {
            assertAccepted(again);
        }
    }

    @Test
    void unitWithTwoApplicationsInProgressFromBeforeTheDatabaseKeptItAppliesOnlyWhenBothHaveEnded() {
        // given: two applications of one unit in progress, as simultaneous submissions left them before V9
        // (the second one's row inserted directly, without the unit's row in application_in_progress)
        ObjectNode first = Applicants.enterprise(callId);
        ApplicationIntake.Accepted older = intake.submit(first);
        runtimeService.deleteProcessInstance(older.processInstanceId(), "test: status set by hand", true);
        String newer = applications.nextApplicationNo(LocalDate.now().getYear());
        applications.insert(newer, applications.get(older.applicationNo()).form(), "token-" + newer, null, "测试",
                LocalDateTime.now());

        // when: the older one ends
        statusChanges.change(older.applicationNo(), ApplicationStatus.REJECTED, "admin", "测试", null);

        // then: the newer one now holds the unit's row, and the unit still cannot apply
        assertThat(jdbc.sql("SELECT application_no FROM application_in_progress WHERE credit_code = ?")
                .param(first.path("creditCode").asText()).query(String.class).single()).isEqualTo(newer);
        assertRefused(api.post("/api/applications", sameUnit(first)));

        // when: the newer one ends too
        statusChanges.change(newer, ApplicationStatus.REJECTED, "admin", "测试", null);

        // then
        assertAccepted(api.post("/api/applications", sameUnit(first)));
    }

    /** Another application of the unit {@code earlier} names: new invoices, the same credit code. */
    private ObjectNode sameUnit(ObjectNode earlier) {
        return sameUnit(earlier.path("creditCode").asText());
    }

    private ObjectNode sameUnit(String creditCode) {
        ObjectNode application = Applicants.enterprise(callId);
        application.put("creditCode", creditCode);
        return application;
    }

    private static void assertRefused(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorFields()).as(response.body()).containsExactly("creditCode");
        assertThat(response.json().path("errors").path(0).path("message").asText())
                .isEqualTo("该单位已有正在办理的申请，办结前不能再次申请");
    }

    private static void assertAccepted(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }
}

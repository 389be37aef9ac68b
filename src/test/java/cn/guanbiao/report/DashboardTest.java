package cn.guanbiao.report;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The programme dashboard: charts for the municipal office and administrators, nobody else. */
@AwardSpringTest
class DashboardTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired ProgrammeStatistics statistics;

    @Test
    void medianDaysPerStepCoverTheReviewsDone() {
        // given
        String callId = driver.openCall("1000000").callId();
        driver.passReviews(driver.submit(Applicants.enterprise(callId)).applicationNo());

        // when / then
        assertThat(statistics.medianDaysPerStep()).extracting(ProgrammeStatistics.StepDuration::step)
                .contains("DistrictReview", "DepartmentReview", "MunicipalReview");
        assertThat(ProgrammeStatistics.median(java.util.List.of(3L, 1L, 2L, 10L))).isEqualTo(2.5);
    }

    @Test
    void dashboardNeedsTheMunicipalOfficeOrAnAdministrator() {
        // given
        ApiClient api = new ApiClient(port);

        // when / then
        assertThat(api.get("/admin/dashboard").status()).isEqualTo(401);
        assertThat(api.as("reviewer-500112", "demo").get("/admin/dashboard").status()).isEqualTo(403);
        assertThat(api.as("admin", "admin").get("/admin/dashboard").status()).isEqualTo(200);
    }
}

package cn.guanbiao.report;

import java.util.Map;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** R7: every decision is attributable to a named user, and administrators can read who decided what. */
@AwardSpringTest
class AuditTrailPageTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;

    @Test
    void administratorReadsWhoDecidedWhatWhenAndWhy() {
        // given
        String callId = driver.openCall("1000000").callId();
        String no = driver.submit(Applicants.enterprise(callId)).applicationNo();
        driver.complete(no, "DistrictReview", "reviewer-500112", Map.of("approved", true, "comment", "证书<b>齐全</b>"));
        driver.complete(no, "DepartmentReview", "economy", Map.of("approved", false, "comment", "发票与认证机构不符"));

        // when
        ApiClient.Response page = new ApiClient(port).as("admin", "admin").get("/admin/applications/" + no);

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("reviewer-500112", "区县初审", "证书&lt;b&gt;齐全&lt;/b&gt;")
                .contains("economy", "行业主管部门审核", "不予通过", "发票与认证机构不符", "不予奖励");
    }

    @Test
    void auditTrailIsNotForReviewersOfADistrict() {
        assertThat(new ApiClient(port).as("reviewer-500112", "demo").get("/admin/applications/GB-2026-000001").status())
                .isEqualTo(403);
    }
}

package cn.guanbiao.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.guanbiao.recovery.FundRecoveries;
import cn.guanbiao.recovery.RecoverySource;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** R9: the programme report of a year — what moved is counted, page and CSV only for the office. */
@AwardSpringTest
class ProgrammeReportTest {

    private static final int YEAR = LocalDate.now().getYear();

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired ProgrammeReports reports;
    @Autowired FundRecoveries recoveries;

    @Test
    void awardsPaymentsAndRecoveriesOfTheYearAreCounted() {
        // given
        ProgrammeReport before = reports.of(YEAR);

        // when: a high-tech enterprise in 渝北区 is paid 25,000.00, then 10,000.00 of it recovered
        String no = driver.pay(callId -> Applicants.enterprise(callId).set("honours",
                Applicants.enterprise(callId).arrayNode().add("MUNICIPAL_ADVANTAGE").add("HIGH_TECH_ENTERPRISE")));
        String recovery = recoveries.start(no, RecoverySource.COMPLAINT, "TS-2026-000009", "虚报认证费");
        driver.runJobs(recovery);
        driver.complete(no, "RecoveryDecision", "municipal", Map.of("approved", true, "comment", "虚报", "recoveryAmount", "10000"));
        driver.complete(no, "RepaymentConfirmation", "finance", Map.of("receivedAmount", "10000"));
        ProgrammeReport after = reports.of(YEAR);

        // then
        assertThat(row(after).awarded() - row(before).awarded()).isEqualTo(1);
        assertThat(row(after).certified() - row(before).certified()).isEqualTo(1);
        assertThat(row(after).paid().subtract(row(before).paid())).isEqualByComparingTo("25000.00");
        assertThat(after.money().paid().subtract(before.money().paid())).isEqualByComparingTo("25000.00");
        assertThat(after.money().recovered().subtract(before.money().recovered())).isEqualByComparingTo("10000.00");
        assertThat(after.money().net()).isEqualByComparingTo(after.money().paid().subtract(after.money().recovered()));
        assertThat(units(after, "贯标达标（获奖）单位") - units(before, "贯标达标（获奖）单位")).isEqualTo(1);
        assertThat(units(after, "高新技术企业贯标覆盖率") - units(before, "高新技术企业贯标覆盖率")).isEqualTo(1);
        assertThat(units(after, "知识产权优势及示范企业贯标覆盖率") - units(before, "知识产权优势及示范企业贯标覆盖率")).isEqualTo(1);
        assertThat(reports.of(YEAR + 1).money().paid()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void officeReadsThePageAndDownloadsTheCsvOthersDoNot() {
        ApiClient client = new ApiClient(port);

        Response page = client.as("municipal", "demo").get("/admin/report?year=" + YEAR);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("贯标认证奖励项目报告（" + YEAR + "年）", "目标完成情况", "规上工业企业贯标覆盖率");

        Response csv = client.as("admin", "admin").get("/admin/report.csv?year=" + YEAR);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF贯标认证奖励项目报告," + YEAR + "年\r\n").contains("\r\n净拨付,");

        assertThat(client.get("/admin/report").status()).isEqualTo(401);
        assertThat(client.as("reviewer-500112", "demo").get("/admin/report.csv").status()).isEqualTo(403);
    }

    @Test
    void csvCellsAreQuotedAndNeverRunAsFormulas() {
        ProgrammeReport report = new ProgrammeReport(2026,
                List.of(new ProgrammeReport.UnitsRow("=HYPERLINK(\"http://x\")", "企业, 含\"引号\"", 1, 0, BigDecimal.ZERO)),
                new ProgrammeReport.Money(BigDecimal.ONE, BigDecimal.ZERO), new ProgrammeReport.SpotChecks(0, 0, 0, 0),
                new ProgrammeReport.Evaluations(0, null, List.of(), 0), List.of());

        String csv = ProgrammeReportCsv.write(report);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\",\"企业, 含\"\"引号\"\"\",1,0,0");
    }

    private static ProgrammeReport.UnitsRow row(ProgrammeReport report) {
        return report.units().stream().filter(r -> r.district().equals("渝北区") && r.applicantType().equals("企业"))
                .findFirst().orElse(new ProgrammeReport.UnitsRow("渝北区", "企业", 0, 0, BigDecimal.ZERO));
    }

    /** The number of units in a target's "actual" text, e.g. 3 from "0.1%（3/6348 家）" or "3 家". */
    private static long units(ProgrammeReport report, String target) {
        String actual = report.targets().stream().filter(t -> t.name().equals(target)).findFirst().orElseThrow().actual();
        String digits = actual.contains("（") ? actual.substring(actual.indexOf('（') + 1, actual.indexOf('/')) : actual.replace(" 家", "");
        return Long.parseLong(digits);
    }
}

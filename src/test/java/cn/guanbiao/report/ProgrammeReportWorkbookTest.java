package cn.guanbiao.report;

import java.time.LocalDate;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static cn.guanbiao.support.Workbooks.body;
import static cn.guanbiao.support.Workbooks.download;
import static cn.guanbiao.support.Workbooks.numeric;
import static cn.guanbiao.support.Workbooks.sheetNames;
import static cn.guanbiao.support.Workbooks.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** The programme report as an Excel workbook: the five tables the CSV stacks, each on its own sheet. */
@AwardSpringTest
class ProgrammeReportWorkbookTest {

    private static final int YEAR = LocalDate.now().getYear();

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired ProgrammeReports reports;

    @Test
    void reportIsOneSheetPerTableWithNumbersAsNumbers() throws Exception {
        // given: a paid award in the year
        driver.pay(callId -> Applicants.enterprise(callId));
        ProgrammeReport report = reports.of(YEAR);

        // when
        try (XSSFWorkbook workbook = download(port, "/admin/report.xlsx?year=" + YEAR, "municipal", "demo")) {

            // then
            assertThat(sheetNames(workbook)).containsExactly("申请与获奖", "资金", "监督抽查", "绩效评价", "目标完成情况");
            Sheet units = workbook.getSheet("申请与获奖");
            assertThat(texts(units.getRow(0))).containsExactly("区县", "主体类型", "申请单位数", "获奖单位数", "拨付金额（元）");
            assertThat(units.getLastRowNum()).isEqualTo(report.units().size());
            ProgrammeReport.UnitsRow first = report.units().get(0);
            Row row = units.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(first.district());
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(first.certified());
            assertThat(numeric(row.getCell(4))).isTrue();
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(first.paid().doubleValue());
            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            Sheet money = workbook.getSheet("资金");
            assertThat(body(money)).extracting(cells -> cells.get(0)).containsExactly("拨付", "追回", "净拨付");
            assertThat(money.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(report.money().paid().doubleValue());
            assertThat(texts(workbook.getSheet("目标完成情况").getRow(0))).containsExactly("目标", "完成情况", "目标值", "是否达到", "说明");
            assertThat(body(workbook.getSheet("目标完成情况"))).hasSize(report.targets().size());
        }
        assertThat(report.money().paid()).isPositive();
        assertThat(new ApiClient(port).as("municipal", "demo").get("/admin/report?year=" + YEAR).body())
                .contains("href=\"/admin/report.xlsx?year=" + YEAR + "\"");
    }
}

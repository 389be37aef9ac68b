package cn.guanbiao.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static cn.guanbiao.support.Workbooks.open;
import static cn.guanbiao.support.Workbooks.sheetNames;
import static cn.guanbiao.support.Workbooks.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** One sheet per table, the header bold, numbers as numbers, money with two decimals, text never a formula. */
class XlsxDownloadTest {

    @Test
    void eachTableIsASheetWithABoldHeaderAndTypedCells() throws Exception {
        // given
        ExportTable units = new ExportTable("申请与获奖", List.of("区县", "件数", "金额（元）", "日期"), List.of(
                Arrays.asList("渝北区", 3L, new BigDecimal("25000"), LocalDate.of(2026, 3, 1)),
                Arrays.asList("=HYPERLINK(\"http://x\")", 0L, null, null)));
        ExportTable money = new ExportTable("资金", List.of("资金", "金额（元）"), List.of(List.of("拨付", new BigDecimal("1234.5"))));

        // when
        try (XSSFWorkbook workbook = open(XlsxDownload.write(List.of(units, money)))) {

            // then
            assertThat(sheetNames(workbook)).containsExactly("申请与获奖", "资金");
            Sheet sheet = workbook.getSheet("申请与获奖");
            assertThat(texts(sheet.getRow(0))).containsExactly("区县", "件数", "金额（元）", "日期");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(texts(sheet.getRow(1))).containsExactly("渝北区", "3", "25,000.00", "2026-03-01");
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getColumnWidth(0)).as("column as wide as its longest text").isGreaterThan(20 * 256);
            assertThat(texts(workbook.getSheet("资金").getRow(1))).containsExactly("拨付", "1,234.50");
        }
    }
}

package cn.guanbiao.reference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.guanbiao.application.Honour;
import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.reference.HonourListFile.Column;
import cn.guanbiao.reference.HonourListRows.Defaults;
import cn.guanbiao.reference.HonourRegister.Entry;
import cn.guanbiao.support.Applicants;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the lists as offices save them: Excel's Chinese CSV (GB18030), tabs, quoted cells, files that are not lists. */
class HonourListFileTest {

    @Test
    void readsACsvExcelSavedInTheChineseEncodingWithItsHeadersInAnyOrder() {
        // given
        String code = Applicants.newCreditCode();
        byte[] gbk = ("文号,年度,称号,单位名称,统一社会信用代码\r\n渝知发〔2024〕38号,2024,重庆市知识产权优势企业,重庆甲公司," + code + "\r\n")
                .getBytes(Charset.forName("GB18030"));

        // when
        List<Entry> entries = HonourListRows.fromFile(HonourListFile.read("名单.csv", gbk), Defaults.NONE, 2026);

        // then
        assertThat(entries).containsExactly(new Entry(code, Honour.MUNICIPAL_ADVANTAGE, 2024, "重庆甲公司", "渝知发〔2024〕38号"));
    }

    @Test
    void readsTabsQuotedLineBreaksAndSkipsBlankRows() {
        // given
        String code = Applicants.newCreditCode();
        byte[] text = ("统一社会信用代码\t单位名称\t称号\t年度\t文号\n\n" + code + "\t\"重庆\"\"乙\"\"公司\"\tNATIONAL_ADVANTAGE\t2023\t\"国家\n名单\"\n")
                .getBytes(StandardCharsets.UTF_8);

        // when
        HonourListFile.Content content = HonourListFile.read("list.txt", text);

        // then
        assertThat(content.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(3);
            assertThat(row.cells()).containsEntry(Column.ORG_NAME, "重庆\"乙\"公司").containsEntry(Column.DOCUMENT, "国家\n名单");
        });
    }

    @Test
    void sameRowTwiceCountsOnceButTwiceDifferentlyIsAnError() {
        // given
        String code = Applicants.newCreditCode();
        String row = code + ",重庆甲公司,市级知识产权优势企业,2024,渝知发〔2024〕38号\n";
        byte[] twice = ("统一社会信用代码,单位名称,称号,年度,文号\n" + row + row).getBytes(StandardCharsets.UTF_8);
        byte[] differently = ("统一社会信用代码,单位名称,称号,年度,文号\n" + row + row.replace("38号", "39号")).getBytes(StandardCharsets.UTF_8);

        // when / then
        assertThat(HonourListRows.fromFile(HonourListFile.read("a.csv", twice), Defaults.NONE, 2026)).hasSize(1);
        assertThatThrownBy(() -> HonourListRows.fromFile(HonourListFile.read("b.csv", differently), Defaults.NONE, 2026))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("file[3].creditCode");
                            assertThat(error.message()).isEqualTo("第 3 行：与第 2 行为同一单位、称号和年度，但单位名称或文号不同");
                        }));
    }

    @Test
    void whatIsNotAListIsRefusedInChinese() {
        assertThat(refusal("a.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})).contains(".xls");
        assertThat(refusal("a.xlsx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1))).contains("不是有效的 Excel 工作簿");
        assertThat(refusal("a.csv", "名称,地址\n重庆甲公司,渝北区\n".getBytes(StandardCharsets.UTF_8))).contains("找不到表头");
        assertThat(refusal("a.csv", new byte[0])).isEqualTo("文件为空");
    }

    @Test
    void aWorkbookLongerThanTheLimitIsRefusedAsSuch() throws IOException {
        // given
        byte[] xlsx;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("统一社会信用代码");
            for (int r = 1; r <= HonourListFile.MAX_ROWS + 1; r++) {
                sheet.createRow(r).createCell(0).setCellValue("x");
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        // when / then
        assertThat(refusal("big.xlsx", xlsx)).isEqualTo("文件超过 " + HonourListFile.MAX_ROWS + " 行，请分批导入");
    }

    private static String refusal(String name, byte[] content) {
        try {
            HonourListFile.read(name, content);
        } catch (InvalidInputException e) {
            return e.errors().get(0).message();
        }
        throw new AssertionError("accepted");
    }
}

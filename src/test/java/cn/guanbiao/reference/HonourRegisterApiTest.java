package cn.guanbiao.reference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import cn.guanbiao.application.Honour;
import cn.guanbiao.reference.HonourRegister.Action;
import cn.guanbiao.reference.HonourRegister.Change;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.MultipartPost;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The honour register's admin API (issue 20): published lists imported from CSV and .xlsx, all or nothing, the same list
 * twice changes nothing, every change audited with who, when and from where; administrators only.
 */
@AwardSpringTest
class HonourRegisterApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LAST_YEAR = LocalDate.now().getYear() - 1;

    @LocalServerPort int port;
    @Autowired HonourRegister register;

    ApiClient admin;
    String first;
    String second;

    @BeforeEach
    void units() {
        admin = new ApiClient(port).as("admin", "admin");
        first = Applicants.newCreditCode();
        second = Applicants.newCreditCode();
    }

    @Test
    void importsACsvListAndRecordsWhoAddedEachRowFromWhichFile() {
        // given: a list as published, with a title above the header, quoted cells and an extra column
        String csv = "\"%d年度重庆市知识产权优势企业名单\"\n序号,单位名称,统一社会信用代码,称号,年度,文号\n".formatted(LAST_YEAR)
                + "1,\"重庆甲,科技有限公司\",%s,市级知识产权优势企业,%d,渝知发〔%d〕38号\n".formatted(first, LAST_YEAR, LAST_YEAR)
                + "2,重庆乙科技有限公司,%s,MUNICIPAL_DEMONSTRATION,%d年,渝知发〔%d〕38号\n".formatted(second, LAST_YEAR, LAST_YEAR);

        // when
        Response response = importFile(admin(), "优势企业名单.csv", csv.getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("added").asInt()).isEqualTo(2);
        JsonNode listed = admin.get("/api/admin/honour-register?creditCode=" + first).json();
        assertThat(listed).singleElement().satisfies(row -> {
            assertThat(row.path("orgName").asText()).isEqualTo("重庆甲,科技有限公司");
            assertThat(row.path("honour").asText()).isEqualTo("MUNICIPAL_ADVANTAGE");
            assertThat(row.path("year").asInt()).isEqualTo(LAST_YEAR);
            assertThat(row.path("document").asText()).isEqualTo("渝知发〔" + LAST_YEAR + "〕38号");
            assertThat(row.path("source").asText()).isEqualTo("文件“优势企业名单.csv”（管理接口导入）");
            assertThat(row.path("addedBy").asText()).isEqualTo("admin");
        });
        assertThat(register.of(second)).singleElement().satisfies(l -> assertThat(l.honour()).isEqualTo(Honour.MUNICIPAL_DEMONSTRATION));
        assertThat(register.changes(first, 10)).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(Action.ADDED);
            assertThat(c.changedBy()).isEqualTo("admin");
            assertThat(c.source()).contains("优势企业名单.csv");
            assertThat(c.changedAt()).isNotNull();
        });
    }

    @Test
    void importsTheFirstSheetOfAnXlsxWorkbook() throws IOException {
        // given: a workbook as Excel writes it, the year a number
        byte[] xlsx = workbook(new Object[][] {
                {"统一社会信用代码", "单位名称", "称号", "年度", "文号"},
                {first, "重庆丙科技有限公司", "国家知识产权优势企业", LAST_YEAR, "国家知识产权优势企业名单"},
                {second, "重庆丁科技有限公司", "国家知识产权示范企业", LAST_YEAR - 1, "国家知识产权示范企业名单"}});

        // when
        Response response = importFile(admin(), "国家名录.xlsx", xlsx);

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("added").asInt()).isEqualTo(2);
        assertThat(register.of(first)).singleElement().satisfies(l -> {
            assertThat(l.honour()).isEqualTo(Honour.NATIONAL_ADVANTAGE);
            assertThat(l.listYear()).isEqualTo(LAST_YEAR);
            assertThat(l.orgName()).isEqualTo("重庆丙科技有限公司");
        });
        assertThat(register.of(second)).singleElement().satisfies(l -> assertThat(l.listYear()).isEqualTo(LAST_YEAR - 1));
    }

    @Test
    void aListWithoutHonourYearAndDocumentColumnsTakesThemFromTheImport() throws IOException {
        // given: the published list has only names and codes
        byte[] xlsx = workbook(new Object[][] {{"序号", "企业名称", "统一社会信用代码"}, {1, "重庆戊科技有限公司", first}});

        // when
        Response response = MultipartPost.to(port, "/api/admin/honour-register/import").as("admin", "admin")
                .file("名单.xlsx", xlsx).field("honour", "MUNICIPAL_ADVANTAGE").field("year", String.valueOf(LAST_YEAR))
                .field("document", "渝知发〔" + LAST_YEAR + "〕38号").send();

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(register.of(first)).singleElement().satisfies(l -> {
            assertThat(l.honour()).isEqualTo(Honour.MUNICIPAL_ADVANTAGE);
            assertThat(l.document()).isEqualTo("渝知发〔" + LAST_YEAR + "〕38号");
        });
    }

    @Test
    void aBadRowImportsNothingAndTheErrorNamesItsRowAndColumn() throws IOException {
        // given: row 2 is fine, row 3 has a wrong check character, row 4 a year in the future
        String wrongCheck = second.substring(0, 17) + (second.charAt(17) == '0' ? '1' : '0');
        String third = Applicants.newCreditCode();
        byte[] xlsx = workbook(new Object[][] {
                {"统一社会信用代码", "单位名称", "称号", "年度", "文号"},
                {first, "重庆甲科技有限公司", "市级知识产权优势企业", LAST_YEAR, "渝知发〔2025〕38号"},
                {wrongCheck, "重庆乙科技有限公司", "市级知识产权优势企业", LAST_YEAR, "渝知发〔2025〕38号"},
                {third, "重庆丙科技有限公司", "市级知识产权优势企业", LAST_YEAR + 2, "渝知发〔2025〕38号"}});

        // when
        Response response = importFile(admin(), "名单.xlsx", xlsx);

        // then
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly("file[3].creditCode", "file[4].year");
        assertThat(response.json().path("errors").get(0).path("message").asText())
                .startsWith("第 3 行“统一社会信用代码”列：").contains(wrongCheck, "不是有效的统一社会信用代码");
        assertThat(response.json().path("errors").get(1).path("message").asText()).startsWith("第 4 行“年度”列：");
        assertThat(register.of(first)).isEmpty();
        assertThat(register.of(third)).isEmpty();
        assertThat(register.changes(first, 10)).isEmpty();
    }

    @Test
    void importingTheSameListAgainChangesNothing() {
        // given
        byte[] csv = csv(row(first, "重庆甲科技有限公司", "市级知识产权优势企业", LAST_YEAR, "渝知发〔2025〕38号"),
                row(second, "重庆乙科技有限公司", "市级知识产权优势企业", LAST_YEAR, "渝知发〔2025〕38号"));
        assertThat(importFile(admin(), "名单.csv", csv).json().path("added").asInt()).isEqualTo(2);
        List<HonourRegister.Listing> before = register.find(first, null);

        // when
        Response again = importFile(admin(), "名单.csv", csv);

        // then
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("added").asInt()).isZero();
        assertThat(again.json().path("changed").asInt()).isZero();
        assertThat(again.json().path("unchanged").asInt()).isEqualTo(2);
        assertThat(register.find(first, null)).isEqualTo(before);
        assertThat(register.changes(first, 10)).hasSize(1);
        assertThat(register.changes(second, 10)).hasSize(1);
    }

    @Test
    void aCorrectedDocumentIsAChangeAndARemovalIsRecordedWithWhoAndWhy() {
        // given
        importFile(admin(), "名单.csv", csv(row(first, "重庆甲科技有限公司", "市级知识产权优势企业", LAST_YEAR, "渝知发〔2025〕3号")));

        // when
        Response corrected = importFile(admin(), "名单（更正）.csv",
                csv(row(first, "重庆甲科技有限公司", "市级知识产权优势企业", LAST_YEAR, "渝知发〔2025〕38号")));
        long id = register.of(first).get(0).id();
        Response removed = admin.send("DELETE", "/api/admin/honour-register/" + id + "?reason=%E8%AF%AF%E5%BD%95", null);

        // then
        assertThat(corrected.json().path("changed").asInt()).isEqualTo(1);
        assertThat(removed.status()).isEqualTo(204);
        assertThat(register.of(first)).isEmpty();
        List<Change> changes = register.changes(first, 10);
        assertThat(changes).extracting(Change::action).containsExactly(Action.REMOVED, Action.CHANGED, Action.ADDED);
        assertThat(changes.get(1).detail()).isEqualTo("文号/名录：渝知发〔2025〕3号 → 渝知发〔2025〕38号");
        assertThat(changes.get(1).source()).isEqualTo("文件“名单（更正）.csv”（管理接口导入）");
        assertThat(changes.get(0).detail()).isEqualTo("原因：误录");
        assertThat(changes.get(0).source()).isEqualTo("管理接口");
        assertThat(changes).allSatisfy(c -> assertThat(c.changedBy()).isEqualTo("admin"));
        assertThat(admin.get("/api/admin/honour-register/changes?creditCode=" + first).json().findValuesAsText("action"))
                .containsExactly("REMOVED", "CHANGED", "ADDED");
        assertThat(admin.send("DELETE", "/api/admin/honour-register/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void jsonRowsAreCheckedLikeAFileAndAddedAllOrNothing() {
        // given
        ArrayNode rows = JSON.createArrayNode();
        rows.addObject().put("creditCode", first).put("orgName", "重庆甲科技有限公司").put("honour", "MUNICIPAL_ADVANTAGE")
                .put("year", LAST_YEAR).put("document", "渝知发〔2025〕38号");
        rows.addObject().put("creditCode", second).put("orgName", "重庆乙科技有限公司").put("honour", "HIGH_TECH_ENTERPRISE")
                .put("year", LAST_YEAR).put("document", "渝知发〔2025〕38号");

        // when
        Response refused = admin.post("/api/admin/honour-register", rows);
        ((ObjectNode) rows.get(1)).put("honour", "NATIONAL_ADVANTAGE");
        Response accepted = admin.post("/api/admin/honour-register", rows);

        // then
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("[1].honour");
        assertThat(refused.json().path("errors").get(0).path("message").asText()).startsWith("第 2 条“称号”：");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().path("added").asInt()).isEqualTo(2);
        assertThat(register.of(first)).singleElement().satisfies(l -> {
            assertThat(l.source()).isEqualTo("管理接口");
            assertThat(l.addedBy()).isEqualTo("admin");
        });
    }

    @Test
    void theApiIsForAdministratorsOnly() {
        // given
        byte[] csv = csv(row(first, "重庆甲科技有限公司", "市级知识产权优势企业", LAST_YEAR, "渝知发〔2025〕38号"));
        ApiClient anonymous = new ApiClient(port);

        // when
        Response withoutLogin = importFile(MultipartPost.to(port, "/api/admin/honour-register/import"), "名单.csv", csv);
        Response asReviewer = importFile(MultipartPost.to(port, "/api/admin/honour-register/import")
                .as("reviewer-500112", "demo"), "名单.csv", csv);
        Response asMunicipalOffice = importFile(MultipartPost.to(port, "/api/admin/honour-register/import")
                .as("municipal", "demo"), "名单.csv", csv);
        Response readAsReviewer = anonymous.as("reviewer-500112", "demo").get("/api/admin/honour-register");

        // then
        assertThat(withoutLogin.status()).isEqualTo(401);
        assertThat(asReviewer.status()).isEqualTo(403);
        assertThat(asMunicipalOffice.status()).isEqualTo(403);
        assertThat(readAsReviewer.status()).isEqualTo(403);
        assertThat(register.of(first)).isEmpty();
    }

    @Test
    void aBrowsersPostFromAnotherSiteIsRefusedEvenWithTheAdministratorsLogin() {
        // given
        byte[] csv = csv(row(first, "重庆甲科技有限公司", "市级知识产权优势企业", LAST_YEAR, "渝知发〔2025〕38号"));

        // when
        Response crossSite = importFile(admin().header("Sec-Fetch-Site", "cross-site"), "名单.csv", csv);
        Response otherOrigin = importFile(admin().header("Origin", "http://evil.example"), "名单.csv", csv);
        Response sameOrigin = importFile(admin().header("Sec-Fetch-Site", "same-origin"), "名单.csv", csv);

        // then
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.json().path("title").asText()).isEqualTo("跨站请求被拒绝");
        assertThat(otherOrigin.status()).isEqualTo(403);
        assertThat(sameOrigin.status()).isEqualTo(200);
        assertThat(register.changes(first, 10)).hasSize(1);
    }

    private MultipartPost admin() {
        return MultipartPost.to(port, "/api/admin/honour-register/import").as("admin", "admin");
    }

    private static Response importFile(MultipartPost post, String name, byte[] content) {
        return post.file(name, content).send();
    }

    static String row(String creditCode, String name, String honour, int year, String document) {
        return String.join(",", creditCode, name, honour, String.valueOf(year), document);
    }

    static byte[] csv(String... rows) {
        return ("统一社会信用代码,单位名称,称号,年度,文号\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] workbook(Object[][] cells) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("名单");
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (cells[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(cells[r][c]));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}

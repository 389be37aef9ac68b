package cn.guanbiao.reference;

import java.time.LocalDate;
import java.util.List;

import cn.guanbiao.application.Honour;
import cn.guanbiao.reference.HonourRegister.Action;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.ApiClient.Response;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.MultipartPost;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static cn.guanbiao.reference.HonourRegisterApiTest.csv;
import static cn.guanbiao.reference.HonourRegisterApiTest.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /admin/honour-register}: the municipal office keeps the register on a page of its own (HTTP Basic, like every
 * {@code /admin/**} page): uploads a list, sees the register and its changes, removes a listing.
 */
@AwardSpringTest
class HonourRegisterPageTest {

    private static final int LAST_YEAR = LocalDate.now().getYear() - 1;

    @LocalServerPort int port;
    @Autowired HonourRegister register;

    @Test
    void theMunicipalOfficeImportsAListOnThePageAndSeesItWithWhoAddedIt() {
        // given
        String creditCode = Applicants.newCreditCode();
        byte[] csv = csv(row(creditCode, "重庆页面导入科技有限公司", "市级知识产权优势企业", LAST_YEAR, "渝知发〔2025〕38号"));

        // when: the page's form, as the browser posts it from the page itself
        Response imported = MultipartPost.to(port, "/admin/honour-register/import").as("municipal", "demo")
                .header("Sec-Fetch-Site", "same-origin").file("优势企业.csv", csv).send();
        Response page = new ApiClient(port).as("municipal", "demo").get("/admin/honour-register?creditCode=" + creditCode);

        // then
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.contentType()).startsWith("text/html");
        assertThat(imported.body()).contains("已导入文件“优势企业.csv”（管理页面导入）：共 1 条，新增 1 条");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(creditCode, "重庆页面导入科技有限公司", "市级知识产权优势企业", "渝知发〔2025〕38号")
                .contains("变更记录", "新增", "municipal", "（管理页面导入）")
                .contains("<script src=\"/assets/admin/honour-register.js\"").doesNotContain("style=\"");
        assertThat(register.of(creditCode)).singleElement().satisfies(l -> assertThat(l.addedBy()).isEqualTo("municipal"));
    }

    @Test
    void aFileWithABadRowShowsEveryErrorOnThePageAndImportsNothing() {
        // given
        String creditCode = Applicants.newCreditCode();
        byte[] csv = csv(row(creditCode, "重庆甲科技有限公司", "市级知识产权优势企业", LAST_YEAR, "渝知发〔2025〕38号"),
                row(creditCode.substring(0, 17), "重庆乙科技有限公司", "高新技术企业", LAST_YEAR, ""));

        // when
        Response page = MultipartPost.to(port, "/admin/honour-register/import").as("admin", "admin")
                .file("名单.csv", csv).send();

        // then
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("未导入任何内容", "第 3 行“统一社会信用代码”列", "第 3 行“称号”列", "第 3 行“文号”列");
        assertThat(register.of(creditCode)).isEmpty();
    }

    @Test
    void aListingRemovedOnThePageIsGoneAndRecorded() {
        // given
        String creditCode = Applicants.newCreditCode();
        register.apply(List.of(new HonourRegister.Entry(creditCode, Honour.NATIONAL_ADVANTAGE, LAST_YEAR, "重庆删除测试有限公司",
                "国家知识产权优势企业名单")), "测试", null);
        long id = register.of(creditCode).get(0).id();

        // when
        Response page = MultipartPost.to(port, "/admin/honour-register/" + id + "/remove").as("municipal", "demo")
                .field("reason", "名单更正").send();

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("已从名录中删除：重庆删除测试有限公司");
        assertThat(register.of(creditCode)).isEmpty();
        assertThat(register.changes(creditCode, 10)).first().satisfies(c -> {
            assertThat(c.action()).isEqualTo(Action.REMOVED);
            assertThat(c.changedBy()).isEqualTo("municipal");
            assertThat(c.source()).isEqualTo("管理页面");
            assertThat(c.detail()).isEqualTo("原因：名单更正");
        });
    }

    @Test
    void thePageShowsTheSeededRegisterAndOffersTheTemplate() {
        // when
        Response page = new ApiClient(port).as("admin", "admin").get("/admin/honour-register");
        Response template = new ApiClient(port).as("admin", "admin").get("/admin/honour-register/template.csv");

        // then: the demo units of config/reference/honour-register.csv, loaded at start by no one
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("91500108MA5U000068", "重庆南岸优势企业股份有限公司", "honour-register.csv（启动时载入）", "系统");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.body()).contains("统一社会信用代码,单位名称,称号,年度,文号");
    }

    @Test
    void theRegisterIsNotForReviewersOfADistrict() {
        // when
        Response page = new ApiClient(port).as("reviewer-500112", "demo").get("/admin/honour-register");
        Response upload = MultipartPost.to(port, "/admin/honour-register/import").as("reviewer-500112", "demo")
                .file("名单.csv", csv(row(Applicants.newCreditCode(), "重庆甲科技有限公司", "市级知识产权优势企业", LAST_YEAR, "x")))
                .send();

        // then
        assertThat(page.status()).isEqualTo(403);
        assertThat(upload.status()).isEqualTo(403);
    }
}

package cn.guanbiao.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import cn.guanbiao.reference.HonourRegister.Action;
import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import cn.guanbiao.support.FrontEndOnly;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The municipal office keeps the honour register in a real browser: the page's own upload passes the cross-site guard
 * (Chromium says same-origin), a removal asks first, and the page runs under its Content-Security-Policy.
 */
@AwardSpringTest
@FrontEndOnly
class HonourRegisterPageBrowserTest {

    @Autowired HonourRegister register;
    @TempDir Path folder;

    @RegisterExtension final Browser browser = new Browser();

    @BeforeEach
    void signIn() {
        browser.signInWithHttpBasic("municipal");
    }

    @Test
    void theOfficeUploadsAListAndRemovesAListingAfterConfirming() throws IOException {
        // given
        String creditCode = Applicants.newCreditCode();
        int year = LocalDate.now().getYear() - 1;
        Path list = Files.writeString(folder.resolve("优势企业名单.csv"), "统一社会信用代码,单位名称,称号,年度,文号\n" + creditCode
                + ",重庆浏览器测试有限公司,市级知识产权优势企业," + year + ",渝知发〔" + year + "〕38号\n");

        // when
        browser.get(browser.url("/admin/honour-register"));
        browser.findElement(By.name("file")).sendKeys(list.toString());
        browser.findElement(By.cssSelector("#import button[type=submit]")).click();

        // then
        assertThat(browser.findElement(By.id("message")).getText()).contains("新增 1 条");
        assertThat(browser.findElement(By.id("listings")).getText()).contains(creditCode, "重庆浏览器测试有限公司");
        assertThat(browser.findElement(By.tagName("h1")).getCssValue("border-bottom-style")).isEqualTo("solid");
        browser.screenshot("honour-register");

        // when: remove it, confirming the question
        browser.findElement(By.cssSelector("tr[data-credit-code='" + creditCode + "'] form.remove button")).click();
        String question = browser.switchTo().alert().getText();
        browser.switchTo().alert().accept();

        // then
        assertThat(question).contains("重庆浏览器测试有限公司", creditCode);
        assertThat(browser.findElement(By.id("message")).getText()).startsWith("已从名录中删除：重庆浏览器测试有限公司");
        assertThat(register.of(creditCode)).isEmpty();
        assertThat(register.changes(creditCode, 10)).extracting(HonourRegister.Change::action)
                .containsExactly(Action.REMOVED, Action.ADDED);
        assertThat(browser.cspViolations()).isEmpty();
    }
}

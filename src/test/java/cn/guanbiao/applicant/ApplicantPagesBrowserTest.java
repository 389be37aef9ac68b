package cn.guanbiao.applicant;

import cn.guanbiao.application.Application;
import cn.guanbiao.application.ApplicationForm;
import cn.guanbiao.application.Honour;
import cn.guanbiao.application.Applications;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.guanbiao.support.Applicants;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** An applicant (no login) applies, follows the application and corrects it, in a real browser. */
@AwardSpringTest
class ApplicantPagesBrowserTest {

    @Autowired AwardDriver driver;
    @Autowired Applications applications;

    @RegisterExtension final Browser browser = new Browser().checkingCspAfterEach();
    @TempDir Path files;

    @Test
    void applicantFixesTheFieldTheServerRefusedAndLandsOnTheStatusPage() throws IOException {
        // given: an open call, and an applicant on the application page
        String callId = driver.openCall("1000000").callId();
        browser.get(browser.url("/applications/new"));
        browser.screenshot("applicant-01-open-calls");
        browser.findElements(By.cssSelector("#open-calls tbody tr")).stream()
                .filter(row -> row.getText().contains(callId)).findFirst().orElseThrow()
                .findElement(By.linkText("在线申报")).click();
        assertThat(browser.findElement(By.id("call-id")).getText()).isEqualTo(callId);
        String creditCode = Applicants.newCreditCode();
        String wrongCheckCharacter = creditCode.substring(0, 17) + (creditCode.charAt(17) == 'X' ? 'Y' : 'X');
        fillEveryField("重庆浏览器申报科技有限公司", wrongCheckCharacter);
        browser.screenshot("applicant-02-filled");

        // when: submitted with one error
        browser.findElement(By.id("submit-application")).click();

        // then: the Chinese error is next to that field, which has the focus; nothing typed is lost
        WebElement creditCodeField = browser.findElement(By.cssSelector(".field[data-field='creditCode']"));
        waitUntil(() -> !creditCodeField.findElement(By.className("error")).getText().isBlank());
        browser.screenshot("applicant-03-error");
        assertThat(creditCodeField.findElement(By.className("error")).getText()).contains("校验码");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("f-creditCode");
        assertThat(input("orgName").getAttribute("value")).isEqualTo("重庆浏览器申报科技有限公司");
        assertThat(browser.findElements(By.cssSelector("[data-array=certificationFees] .row"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".field.invalid"))).hasSize(1);
        assertThat(browser.getCurrentUrl()).contains("/applications/new");

        // when: fixed and submitted again
        input("creditCode").clear();
        input("creditCode").sendKeys(creditCode);
        browser.findElement(By.id("submit-application")).click();

        // then: the files are uploaded and the status page shows the application
        browser.waitUntil(d -> d.getCurrentUrl().contains("#token="));
        waitUntil(() -> !browser.findElement(By.id("status-label")).getText().isBlank());
        waitUntil(() -> browser.findElements(By.cssSelector("#attachments li")).size() == 3);
        browser.screenshot("applicant-04-status");
        assertThat(browser.getCurrentUrl()).matches(".*/applications/GB-\\d{4}-\\d{6}#token=.+");
        assertThat(browser.findElement(By.id("status-label")).getText()).isIn("已提交", "审核中");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("申请已受理");
        assertThat(browser.findElement(By.id("attachments")).getText()).contains("认证证书：证书.pdf", "发票一.png", "发票二.jpg");
        String no = browser.findElement(By.id("application-no")).getText();
        Application stored = applications.get(no);
        assertThat(stored.creditCode()).isEqualTo(creditCode);
        assertThat(stored.form().certificationFees()).extracting(ApplicationForm.Fee::invoiceNo)
                .containsExactly("FP-2026-0001", "FP-2026-0002");
        assertThat(stored.form().priorAwards()).hasSize(1);
        assertThat(stored.form().honours()).containsExactly(Honour.MUNICIPAL_ADVANTAGE);
    }

    @Test
    void returnedApplicationIsCorrectedOnItsStatusPage() throws IOException {
        // given: an application returned for correction, opened from the e-mail link
        String callId = driver.openCall("1000000").callId();
        ObjectNode json = Applicants.enterprise(callId);
        json.put("orgName", "重庆待补正科技有限公司");
        ApplicationIntake.Accepted accepted = driver.submit(json);
        driver.complete(accepted.applicationNo(), "DistrictReview", "reviewer-500112",
                Map.of("approved", false, "returnForCorrection", true, "comment", "请补充发票"));
        browser.get(browser.url("/applications/" + accepted.applicationNo() + "#token=" + accepted.trackingToken()));
        waitUntil(() -> browser.findElement(By.id("status-label")).getText().equals("退回补正"));
        waitUntil(() -> browser.findElement(By.id("correction")).isDisplayed());
        browser.screenshot("correction-01-returned");
        assertThat(browser.findElement(By.id("status-reason")).getText()).isEqualTo("请补充发票");
        assertThat(browser.findElement(By.id("correction-deadline")).getText())
                .matches("请于 \\d{4}年\\d{1,2}月\\d{1,2}日（含）前提交补正.*");
        assertThat(input("orgName").getAttribute("value")).isEqualTo("重庆待补正科技有限公司");
        assertThat(input("creditCode").getAttribute("value")).isEqualTo(json.path("creditCode").asText());

        // when
        input("orgName").clear();
        input("orgName").sendKeys("重庆已补正科技有限公司");
        browser.findElement(By.id("f-file-INVOICE")).sendKeys(file("补充发票.pdf", Uploads.PDF));
        browser.findElement(By.id("submit-correction")).click();

        // then
        waitUntil(() -> browser.findElement(By.id("status-label")).getText().equals("审核中"));
        browser.screenshot("correction-02-in-review");
        assertThat(browser.findElement(By.id("correction")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("saved-notice")).getText()).contains("补正材料已提交");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("退回补正", "请补充发票");
        assertThat(applications.get(accepted.applicationNo()).orgName()).isEqualTo("重庆已补正科技有限公司");
        waitUntil(() -> browser.findElement(By.id("attachments")).getText().contains("认证费发票：补充发票.pdf"));
    }

    @Test
    void awardAwaitingTheDecisionIsShownWithHowItWasComputed() {
        // given
        String callId = driver.openCall("1000000").callId();
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));
        driver.passReviews(accepted.applicationNo());

        // when
        browser.get(browser.url("/applications/" + accepted.applicationNo() + "#token=" + accepted.trackingToken()));

        // then
        waitUntil(() -> browser.findElement(By.id("award")).isDisplayed());
        browser.screenshot("status-award");
        assertThat(browser.findElement(By.id("status-label")).getText()).isEqualTo("待定奖励名单");
        assertThat(browser.findElement(By.id("award-amount")).getText()).isEqualTo("25,000.00 元");
        assertThat(browser.findElement(By.id("award-steps")).getText()).contains("政策上限", "可计入认证费", "两者较小值");
        assertThat(browser.findElement(By.id("award-fees")).getText()).contains("计入");
        assertThat(browser.findElement(By.id("upload-form")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("correction")).isDisplayed()).isFalse();
    }

    @Test
    void wrongTokenShowsWhereToFindTheRightLink() {
        // given
        String callId = driver.openCall("1000000").callId();
        ApplicationIntake.Accepted accepted = driver.submit(Applicants.enterprise(callId));

        // when
        browser.get(browser.url("/applications/" + accepted.applicationNo() + "#token=not-the-token"));

        // then
        waitUntil(() -> browser.findElement(By.id("not-found")).isDisplayed());
        browser.screenshot("status-wrong-token");
        assertThat(browser.findElement(By.id("not-found")).getText()).contains("没有找到这份申请", "链接");
        assertThat(browser.findElement(By.id("details")).isDisplayed()).isFalse();
    }

    private void fillEveryField(String orgName, String creditCode) throws IOException {
        input("orgName").sendKeys(orgName);
        input("creditCode").sendKeys(creditCode);
        select("applicantType").selectByValue("ENTERPRISE");
        select("districtCode").selectByValue("500112");
        assertThat(select("standard").getOptions().stream().filter(WebElement::isEnabled).map(o -> o.getAttribute("value")))
                .containsExactly("", "GB/T 29490-2013", "GB/T 29490-2023");
        select("standard").selectByValue("GB/T 29490-2023");
        input("certificateNo").sendKeys("165IP260001R0M");
        setDate(input("certificateIssuedOn"), LocalDate.now().minusMonths(2));
        setDate(input("certificateExpiresOn"), LocalDate.now().plusYears(3).minusMonths(2));
        input("certificationBody").sendKeys(Applicants.APPROVED_BODY);
        assertThat(browser.findElement(By.cssSelector("[data-role=body-status]")).getText()).contains("经批准");
        select("auditStage").selectByValue("INITIAL");
        browser.findElement(By.cssSelector("input[name=honours][value=MUNICIPAL_ADVANTAGE]")).click();

        fillFee(0, "FP-2026-0001", "20000.00", "INITIAL", "CERTIFICATION");
        browser.findElement(By.cssSelector("[data-add=certificationFees]")).click();
        fillFee(1, "ZX-2026-0009", "8000", "INITIAL", "CONSULTING");
        browser.findElement(By.cssSelector("[data-add=certificationFees]")).click();
        fillFee(2, "FP-2026-0002", "5000.00", "SURVEILLANCE_1", "CERTIFICATION");
        rows("certificationFees").get(1).findElement(By.cssSelector("[data-remove]")).click();
        browser.findElement(By.cssSelector("[data-add=priorAwards]")).click();
        new Select(rows("priorAwards").get(0).findElement(By.cssSelector("[data-name=level] select"))).selectByValue("DISTRICT");
        rows("priorAwards").get(0).findElement(By.cssSelector("[data-name=amount] input")).sendKeys("10000");

        input("contactName").sendKeys("李四");
        input("contactEmail").sendKeys("lisi@example.com");
        input("contactPhone").sendKeys("023-67000000");

        browser.findElement(By.id("f-file-CERTIFICATE")).sendKeys(file("证书.pdf", Uploads.PDF));
        browser.findElement(By.id("f-file-INVOICE")).sendKeys(file("发票一.png", Uploads.PNG) + "\n" + file("发票二.jpg", Uploads.JPEG));
        assertThat(browser.findElement(By.cssSelector("[data-field='attachments.INVOICE'] [data-role=file-names]")).getText())
                .isEqualTo("已选择 2 个文件：发票一.png、发票二.jpg");
    }

    private void fillFee(int index, String invoiceNo, String amount, String stage, String kind) {
        WebElement row = rows("certificationFees").get(index);
        row.findElement(By.cssSelector("[data-name=invoiceNo] input")).sendKeys(invoiceNo);
        row.findElement(By.cssSelector("[data-name=amount] input")).sendKeys(amount);
        new Select(row.findElement(By.cssSelector("[data-name=stage] select"))).selectByValue(stage);
        new Select(row.findElement(By.cssSelector("[data-name=kind] select"))).selectByValue(kind);
    }

    private List<WebElement> rows(String array) {
        return browser.findElements(By.cssSelector("[data-array=" + array + "] [data-role=rows] > .row"));
    }

    private WebElement input(String name) {
        return browser.findElement(By.name(name));
    }

    private Select select(String name) {
        return new Select(browser.findElement(By.name(name)));
    }

    /** A date input takes its value the way the date picker sets it (typing depends on the browser's locale). */
    private void setDate(WebElement input, LocalDate date) {
        browser.executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                input, date.toString());
    }

    private String file(String name, byte[] content) throws IOException {
        Path path = files.resolve(name);
        Files.write(path, content);
        return path.toAbsolutePath().toString();
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        browser.waiting(10).until(d -> condition.getAsBoolean());
    }
}

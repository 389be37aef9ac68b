package cn.guanbiao.platform;

import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.AwardDriver;
import cn.guanbiao.support.AwardSpringTest;
import cn.guanbiao.support.Browser;
import cn.guanbiao.support.FrontEndOnly;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cockpit and Admin in Chinese where Camunda writes English or a bare "null": the variables table's 操作 header, 无 for
 * a process instance without a super process instance; a user's name as one 姓名 field (people are stored with their
 * full Chinese name as first name), not as 名 and 姓.
 */
@AwardSpringTest
@FrontEndOnly
class WebappChineseLabelsBrowserTest {

    @LocalServerPort int port;
    @Autowired AwardDriver driver;
    @Autowired RuntimeService runtimeService;

    @RegisterExtension final Browser browser = new Browser();

    @Test
    void theServedTranslationsNameTheUsersNameFieldAsOne() {
        JsonNode admin = new ApiClient(port).get("/camunda/app/admin/locales/zh.json").json().path("labels");
        JsonNode welcome = new ApiClient(port).get("/camunda/app/welcome/locales/zh.json").json().path("labels");

        assertThat(admin.path("USERS_FIRSTNAME").asText()).isEqualTo("姓名*");
        assertThat(admin.path("SETUP_USER_FIRSTNAME").asText()).isEqualTo("姓名*");
        assertThat(admin.path("PLUGIN_SEARCH_USER_FIRSTNAME").asText()).isEqualTo("姓名");
        assertThat(admin.path("USERS_FIRSTNAME_LASTNAME_GROUPS").asText()).startsWith("{{firstname}}{{lastname}}");
        assertThat(welcome.path("FIRST_NAME").asText()).isEqualTo("姓名");
        assertThat(new ApiClient(port).get("/camunda/app/guanbiao/zh-fixes.js").body()).contains("'操作'", "'无'");
    }

    @Test
    void cockpitShowsNoEnglishHeaderAndNoNullAndAdminOneNameField() {
        // given: a call's process instance, which no other process started
        String callId = driver.openCall("1000000").callId();
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(callId)
                .processDefinitionKey("award-call").singleResult().getId();
        WebDriverWait wait = browser.waiting(30);
        String cockpit = browser.url("/camunda/app/cockpit/default/");
        browser.signIn(cockpit, "admin", "admin");

        // when
        browser.get(cockpit + "#/process-instance/" + instanceId + "/runtime");

        // then
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("dd.super-process-instance-id"), "无"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.cam-table > thead td.actions")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.cam-table > thead td.actions"), "操作"));
        browser.screenshot("cockpit-process-instance-zh");
        assertThat(browser.findElement(By.cssSelector("dd.super-process-instance-id")).getText()).isEqualTo("无");
        assertThat(browser.findElement(By.cssSelector(".ctn-sidebar, body")).getText()).doesNotContain("null");
        assertThat(browser.findElement(By.cssSelector("table.cam-table > thead")).getText()).doesNotContain("Actions");

        // when / then: Admin's profile of a user
        browser.get(browser.url("/camunda/app/admin/default/#/users/admin?tab=profile"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("form"), "姓名"));
        browser.screenshot("admin-user-profile-zh");
        assertThat(browser.findElement(By.cssSelector("form")).getText().lines().map(String::trim))
                .contains("姓名*").doesNotContain("名*", "姓*");
        assertThat(browser.cspViolations()).isEmpty();
    }
}

package cn.guanbiao.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.guanbiao.support.AwardSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators change processes by editing processes/ and forms/ and restarting. */
@AwardSpringTest
class ProcessResourceDeployerTest {

    @Autowired ProcessEngine engine;

    @Test
    void everyProcessDecisionAndFormIsDeployedUnderItsFolderName() {
        // given / when: the application started
        RepositoryService repository = engine.getRepositoryService();

        // then
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("award-application").latestVersion()
                .singleResult().getResourceName()).isEqualTo("processes/award-application.bpmn");
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("award-policy").latestVersion()
                .singleResult().getResourceName()).isEqualTo("processes/award-policy.dmn");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("award-call").count()).isPositive();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("mail-delivery").count()).isPositive();
    }

    @Test
    void restartWithUnchangedFilesDeploysNothing() {
        // given
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();

        // when
        new ProcessResourceDeployer(".").postProcessEngineBuild(engine);

        // then
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void changedFileBecomesANewVersionAndTheOthersStay(@TempDir Path copy) throws IOException {
        // given: an administrator renamed the mail process in Modeler
        FileSystemUtils.copyRecursively(Path.of("processes"), copy.resolve("processes"));
        FileSystemUtils.copyRecursively(Path.of("forms"), copy.resolve("forms"));
        Path mail = copy.resolve("processes/mail-delivery.bpmn");
        Files.writeString(mail, Files.readString(mail, StandardCharsets.UTF_8)
                .replace("name=\"邮件通知发送\"", "name=\"邮件通知发送（修订）\""), StandardCharsets.UTF_8);
        RepositoryService repository = engine.getRepositoryService();
        int mailVersion = latestVersion(repository, "mail-delivery");
        int applicationVersion = latestVersion(repository, "award-application");

        // when
        new ProcessResourceDeployer(copy.toString()).postProcessEngineBuild(engine);

        // then
        assertThat(latestVersion(repository, "mail-delivery")).isEqualTo(mailVersion + 1);
        assertThat(latestVersion(repository, "award-application")).isEqualTo(applicationVersion);

        // and the files of the project are deployed again as the latest version, as at the next restart
        new ProcessResourceDeployer(".").postProcessEngineBuild(engine);
        assertThat(latestVersion(repository, "mail-delivery")).isEqualTo(mailVersion + 2);
    }

    private static int latestVersion(RepositoryService repository, String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getVersion();
    }
}

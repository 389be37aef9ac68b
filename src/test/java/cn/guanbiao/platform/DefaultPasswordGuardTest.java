package cn.guanbiao.platform;

import cn.guanbiao.demo.DemoData;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

@ExtendWith(OutputCaptureExtension.class)
class DefaultPasswordGuardTest {

    /** Where no database answers: nothing listens on port 9 here. */
    private static final String NO_DATABASE = "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/guanbiao";

    @Test
    void embeddedDefaultRunsWithTheDemoPasswords() {
        // given
        MockEnvironment environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.password", "admin").withProperty("app.demo.enabled", "true");

        // when / then
        assertThatCode(() -> new DefaultPasswordGuard().check(environment)).doesNotThrowAnyException();
    }

    @Test
    void otherProfilesRefuseDefaultPasswordsAndNameWhatToSet() {
        // given
        MockEnvironment environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.password", "admin").withProperty("app.demo.enabled", "true");
        environment.setActiveProfiles("postgres");

        // when / then
        assertThatThrownBy(() -> new DefaultPasswordGuard().check(environment))
                .hasMessageContaining("ADMIN_PASSWORD").hasMessageContaining("app.demo.enabled")
                .hasMessageContaining("DB_PASSWORD").hasMessageNotContaining("=admin");
    }

    @Test
    void otherProfilesStartWithTheirOwnPasswords() {
        // given
        MockEnvironment environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.password", "s3cret-from-the-vault")
                .withProperty("spring.datasource.password", "db-secret");
        environment.setActiveProfiles("postgres");

        // when / then
        assertThatCode(() -> new DefaultPasswordGuard().check(environment)).doesNotThrowAnyException();
    }

    @Test
    void otherProfilesRefuseTheDemoUsersPasswordForTheAdministrator() {
        // given: the kernel knows the demo's password without importing the demo module
        MockEnvironment environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.password", DemoData.PASSWORD)
                .withProperty("spring.datasource.password", "db-secret");
        environment.setActiveProfiles("postgres");

        // when / then
        assertThatThrownBy(() -> new DefaultPasswordGuard().check(environment)).hasMessageContaining("ADMIN_PASSWORD");
    }

    @Test
    void productionProfileWithNoPasswordSetRefusesToStartBeforeAnythingNeedsTheDatabase(CapturedOutput output) {
        // given: the production profile as config/application-postgres.yaml has it, nothing set in the environment
        assumeThat(System.getenv("ADMIN_PASSWORD")).isNull();
        assumeThat(System.getenv("DB_PASSWORD")).isNull();
        ApplicationStart start = ApplicationStart.production();

        // when
        Throwable refusal = start.run(NO_DATABASE);

        // then: refused while the configuration was read, before any application context (so any bean) existed
        assertThat(refusal).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start with profile(s) [postgres]")
                .hasMessageContaining("ADMIN_PASSWORD").hasMessageContaining("DB_PASSWORD");
        assertThat(start.contextsCreated).isEmpty();
        assertThat(start.took).isLessThan(Duration.ofSeconds(10));
        assertThat(output).contains("Application run failed", "ADMIN_PASSWORD (camunda.bpm.admin-user.password)");
    }

    @Test
    void productionProfileWithTheDemoPasswordsIsRefusedWithoutNamingASecret() {
        // given
        ApplicationStart start = ApplicationStart.production();

        // when
        Throwable refusal = start.run(NO_DATABASE, "--camunda.bpm.admin-user.password=demo", "--app.demo.enabled=true",
                "--spring.datasource.password=Db-Secret-4711");

        // then
        assertThat(refusal).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ADMIN_PASSWORD").hasMessageContaining("app.demo.enabled")
                .hasMessageNotContaining("DB_PASSWORD").hasMessageNotContaining("Db-Secret-4711")
                .hasMessageNotContaining("=demo");
        assertThat(start.contextsCreated).isEmpty();
    }

    @Test
    void productionProfileWithItsOwnPasswordsGetsPastTheCheck() {
        // given: a start that is stopped right after the environment is prepared, i.e. after the check (which would
        // have thrown by then)
        ApplicationStart start = ApplicationStart.production().stoppedAfterTheEnvironment();

        // when
        Throwable outcome = start.run(NO_DATABASE, "--camunda.bpm.admin-user.password=Adm1n-from-the-vault",
                "--spring.datasource.password=Db-Secret-4711");

        // then
        assertThat(outcome).isInstanceOf(SpringApplication.AbandonedRunException.class);
    }
}

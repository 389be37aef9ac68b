package cn.guanbiao.platform;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefaultPasswordGuardTest {

    @Test
    void embeddedDefaultRunsWithTheDemoPasswords() {
        // given
        MockEnvironment environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.password", "admin").withProperty("app.demo.enabled", "true");

        // when / then
        assertThatCode(() -> new DefaultPasswordGuard(environment).afterPropertiesSet()).doesNotThrowAnyException();
    }

    @Test
    void otherProfilesRefuseDefaultPasswordsAndNameWhatToSet() {
        // given
        MockEnvironment environment = new MockEnvironment()
                .withProperty("camunda.bpm.admin-user.password", "admin").withProperty("app.demo.enabled", "true");
        environment.setActiveProfiles("postgres");

        // when / then
        assertThatThrownBy(() -> new DefaultPasswordGuard(environment).afterPropertiesSet())
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
        assertThatCode(() -> new DefaultPasswordGuard(environment).afterPropertiesSet()).doesNotThrowAnyException();
    }
}

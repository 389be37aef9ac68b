package cn.guanbiao.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Only the embedded default (no profile) may run with the demo's passwords: any other profile refuses to start
 * while the administrator's password is the default one, the demo users are on, or the database has no
 * password. The refusal names what to set, never a secret.
 */
@Component
class DefaultPasswordGuard implements InitializingBean {

    private final Environment environment;

    DefaultPasswordGuard(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        if (environment.getActiveProfiles().length == 0
                || !environment.getProperty("app.security.refuse-default-passwords", Boolean.class, true)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        String admin = environment.getProperty("camunda.bpm.admin-user.password", "");
        if (admin.isBlank() || admin.equals("admin") || admin.equals(DemoData.PASSWORD)) {
            problems.add("ADMIN_PASSWORD (camunda.bpm.admin-user.password) is empty or a default password");
        }
        if (environment.getProperty("app.demo.enabled", Boolean.class, false)) {
            problems.add("app.demo.enabled is true: the demo users have a known password");
        }
        if (environment.getProperty("spring.datasource.password", "").isBlank()) {
            problems.add("DB_PASSWORD (spring.datasource.password) is empty");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with profile(s) " + Arrays.toString(environment.getActiveProfiles())
                    + ": " + String.join("; ", problems));
        }
    }
}

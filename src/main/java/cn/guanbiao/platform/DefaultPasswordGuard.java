package cn.guanbiao.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Only the embedded default (no profile) may run with the demo's passwords: any other profile refuses to start
 * while the administrator's password is the default one, the demo users are on, or the database has no
 * password. The refusal names what to set, never a secret. It comes as soon as the configuration is read, before
 * any bean, the datasource or the engine exists, so a node refuses at once whether its database is reachable or not.
 * Registered in {@code META-INF/spring.factories}; runs after logging is set up, so the refusal is logged.
 */
class DefaultPasswordGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** The demo users' password ({@code cn.guanbiao.demo.DemoData.PASSWORD}; the kernel does not import the demo). */
    static final String DEMO_PASSWORD = "demo";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    void check(Environment environment) {
        if (environment.getActiveProfiles().length == 0
                || !Boolean.parseBoolean(property(environment, "app.security.refuse-default-passwords", "true"))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        String admin = property(environment, "camunda.bpm.admin-user.password", "");
        if (admin.isBlank() || admin.equals("admin") || admin.equals(DEMO_PASSWORD)) {
            problems.add("ADMIN_PASSWORD (camunda.bpm.admin-user.password) is empty or a default password");
        }
        if (Boolean.parseBoolean(property(environment, "app.demo.enabled", "false"))) {
            problems.add("app.demo.enabled is true: the demo users have a known password");
        }
        if (property(environment, "spring.datasource.password", "").isBlank()) {
            problems.add("DB_PASSWORD (spring.datasource.password) is empty");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with profile(s) " + Arrays.toString(environment.getActiveProfiles())
                    + ": " + String.join("; ", problems));
        }
    }

    /** The property's value; a placeholder nobody set ({@code ${DB_PASSWORD}}) counts as empty. */
    private static String property(Environment environment, String key, String otherwise) {
        try {
            return environment.getProperty(key, otherwise);
        } catch (IllegalArgumentException unresolvedPlaceholder) {
            return "";
        }
    }
}

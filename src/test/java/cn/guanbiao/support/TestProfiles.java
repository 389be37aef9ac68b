package cn.guanbiao.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Profiles of the Spring tests: none on H2, or, with {@code -Dtest.database=postgres} (the failsafe run
 * of {@code mvn verify}), the same tests on PostgreSQL.
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return "postgres".equals(System.getProperty("test.database"))
                ? new String[] {"postgres"}
                : new String[] {};
    }
}

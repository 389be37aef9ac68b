package cn.guanbiao.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * On the PostgreSQL test run: drops and creates the test database once per JVM, so every run starts clean.
 * Fails loudly when PostgreSQL cannot be reached: the PostgreSQL tests never skip silently.
 */
public class FreshPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static boolean done;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = context.getEnvironment().getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:") || done) {
            return;
        }
        recreate(url);
        done = true;
    }

    /** Drops and creates the database of {@code url} (its name must end in {@code _test}). */
    public static void recreate(String url) {
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1).replaceAll("\\?.*", "");
        if (!database.endsWith("_test")) {
            throw new IllegalStateException("Refusing to recreate " + database + ": test databases end with _test");
        }
        String maintenance = url.substring(0, slash + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(maintenance, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests is not reachable at " + maintenance, e);
        }
    }
}

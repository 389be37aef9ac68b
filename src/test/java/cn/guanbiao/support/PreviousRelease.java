package cn.guanbiao.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A database as an earlier release left it, for upgrade tests, without Spring: the project's own Flyway migrations up
 * to that release's version, then its fixture's data ({@code src/test/resources/fixtures/<release>/data.sql}), then
 * {@link #migrateTo} the version under test. An in-memory H2, or on the PostgreSQL run ({@code -Dtest.database=postgres})
 * a database of its own beside {@code TEST_DB_URL}'s, dropped on {@link #close}.
 */
public final class PreviousRelease implements AutoCloseable {

    /** The release before the unit's award account (issue 20): its schema is Flyway V1–V8. */
    public static final String RELEASE_2026_12_07 = "release-2026-12-07";
    private static final String RELEASE_2026_12_07_VERSION = "8";

    private final String url;
    private final SingleConnectionDataSource dataSource;

    private PreviousRelease(String name) {
        String postgres = System.getProperty("TEST_DB_URL", "");
        try {
            if ("postgres".equals(System.getProperty("test.database")) && postgres.startsWith("jdbc:postgresql:")) {
                url = postgres.substring(0, postgres.lastIndexOf('/') + 1) + name + "_test";
                FreshPostgresDatabase.recreate(url);
                dataSource = new SingleConnectionDataSource(DriverManager.getConnection(url, "postgres", ""), true);
            } else {
                url = "jdbc:h2:mem:" + name + "-" + System.nanoTime();
                dataSource = new SingleConnectionDataSource(DriverManager.getConnection(url, "sa", ""), true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No database for the upgrade test at " + name, e);
        }
    }

    /** The schema of the release of 2026-12-07, empty; the test adds rows of its own. */
    public static PreviousRelease schemaOf2026_12_07(String name) {
        PreviousRelease release = new PreviousRelease(name);
        release.migrateTo(RELEASE_2026_12_07_VERSION);
        return release;
    }

    /** The release of 2026-12-07 with its fixture's data (see that fixture's README). */
    public static PreviousRelease dataOf2026_12_07(String name) {
        PreviousRelease release = schemaOf2026_12_07(name);
        new ResourceDatabasePopulator(new ClassPathResource("fixtures/" + RELEASE_2026_12_07 + "/data.sql")).execute(release.dataSource);
        return release;
    }

    /** Runs the project's migrations up to {@code version} (null: the latest). */
    public void migrateTo(String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version == null ? "latest" : version)
                .cleanDisabled(true).load().migrate();
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (url.startsWith("jdbc:h2:")) {
                statement.execute("SHUTDOWN");
            }
        }
        dataSource.destroy();
        if (url.startsWith("jdbc:postgresql:")) {
            String database = url.substring(url.lastIndexOf('/') + 1);
            try (Connection maintenance = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                    "postgres", ""); Statement statement = maintenance.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }
}

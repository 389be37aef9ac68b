package cn.guanbiao.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the benchmark runs: PostgreSQL when its server answers at {@code benchmark.postgres.url} (the database is
 * dropped and created afresh; its name must contain {@code bench}), else an H2 file under the output folder.
 * {@code benchmark.database=postgres} insists on PostgreSQL, {@code h2} never tries it.
 */
record BenchmarkDatabase(String name, String url) {

    static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/guanbiao_bench";

    static BenchmarkDatabase choose(String wanted, String postgresUrl, Path output) {
        if (!"h2".equals(wanted)) {
            try {
                recreate(postgresUrl);
                return new BenchmarkDatabase("postgres", postgresUrl);
            } catch (SQLException e) {
                if ("postgres".equals(wanted)) {
                    throw new IllegalStateException("PostgreSQL is not reachable at " + postgresUrl, e);
                }
                System.out.println("benchmark: PostgreSQL not reachable at " + postgresUrl + " (" + e.getMessage()
                        + "): running on H2");
            }
        }
        Path folder = output.resolve("h2").toAbsolutePath();
        deleteRecursively(folder);
        return new BenchmarkDatabase("h2", "jdbc:h2:file:" + folder.resolve("guanbiao") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    /** Spring properties that put the application on this database. */
    Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        if ("postgres".equals(name)) {
            properties.put("spring.profiles.active", "postgres");
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
            // the profile asks for an SMTP server; the benchmark writes its mails as files
            properties.put("spring.mail.host", "localhost");
        } else {
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        return properties;
    }

    private static void recreate(String url) throws SQLException {
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1).replaceAll("\\?.*", "");
        if (!database.contains("bench")) {
            throw new IllegalArgumentException("Refusing to drop " + database + ": the benchmark's database names contain 'bench'");
        }
        try (Connection connection = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

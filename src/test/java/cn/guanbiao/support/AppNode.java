package cn.guanbiao.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The application as operations runs it: the packaged jar in a JVM of its own, started from the project folder
 * (so it deploys {@code processes/} and {@code forms/} and reads {@code config/}), on a PostgreSQL database, its
 * output in {@code target/nodes/<name>.log}, or as the embedded default ({@link #embeddedDefault}).
 * {@link #kill()} is {@code kill -9}: no shutdown hook, no flush.
 */
public final class AppNode implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path log;
    private Process process;

    private AppNode(String name, int port, List<String> command, Path log) {
        this.name = name;
        this.port = port;
        this.command = command;
        this.log = log;
    }

    /**
     * A node on the database {@code dbUrl}, sending mail to an SMTP server on {@code smtpPort}, with the job executor
     * on. {@code hostname} names the node in Camunda's job log. {@code extra} are further {@code --key=value} settings.
     */
    public static AppNode of(String name, String dbUrl, int smtpPort, Map<String, String> extra) {
        Path basedir = Path.of(System.getProperty("basedir", "."));
        int port = freePort();
        List<String> command = javaJar(port);
        command.addAll(List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.password=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--app.mail.from=重庆市知识产权局贯标奖励 <noreply@guanbiao.example>",
                "--camunda.bpm.admin-user.password=admin",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--app.demo.enabled=true",
                "--app.demo.applications=false",
                "--app.security.refuse-default-passwords=false",
                "--app.rate-limit.per-minute=100000"));
        extra.forEach((key, value) -> command.add("--" + key + "=" + value));
        return new AppNode(name, port, command, basedir.resolve("target/nodes/" + name + ".log"));
    }

    /**
     * The README's {@code mvn spring-boot:run} as a newcomer gets it: the default profile (H2 file, demo users, demo
     * applications, e-mails written as files), only with the H2 file and the mail folder in {@code dataDir} instead of
     * {@code ./data}, and the output in {@code dataDir/<name>.log}. {@code extra} are further {@code --key=value} settings.
     */
    public static AppNode embeddedDefault(String name, Path dataDir, Map<String, String> extra) {
        Path data = dataDir.toAbsolutePath().normalize();
        int port = freePort();
        List<String> command = javaJar(port);
        command.add("--spring.datasource.url=jdbc:h2:file:" + data.resolve("guanbiao") + ";DB_CLOSE_ON_EXIT=FALSE");
        command.add("--app.mail.folder=" + data.resolve("mail"));
        extra.forEach((key, value) -> command.add("--" + key + "=" + value));
        return new AppNode(name, port, command, data.resolve(name + ".log"));
    }

    /** {@code java -jar} of the packaged application on {@code port}; further settings are added to it. */
    private static List<String> javaJar(int port) {
        Path basedir = Path.of(System.getProperty("basedir", "."));
        Path jar = Path.of(System.getProperty("app.jar", basedir.resolve("target/guanbiao-award-0.1.0-SNAPSHOT.jar").toString()));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No application jar at " + jar + ": run the node tests in mvn verify (after package)");
        }
        List<String> command = AppJvm.command();
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        return command;
    }

    /** Starts the JVM and waits until it answers HTTP. */
    public AppNode start() {
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command)
                    .directory(Path.of(System.getProperty("basedir", ".")).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
        return this;
    }

    /** {@code kill -9}: the JVM gets no chance to finish anything. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String name() {
        return name;
    }

    public ApiClient client() {
        return new ApiClient(port);
    }

    /** Where the node's output goes. */
    public Path log() {
        return log;
    }

    /** The node's output so far (bytes that are not UTF-8 are replaced, never refused). */
    public String output() {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the output contains {@code text}. The node answers HTTP before its start-up runners (reference
     * and demo data) are done; a runner that fails makes the JVM exit, which fails this at once.
     */
    public void awaitOutput(String text, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!output().contains(text)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Node " + name + " did not log \"" + text + "\" within " + timeout + "; see " + log);
            }
            sleep(Duration.ofMillis(500));
        }
    }

    @Override
    public void close() {
        if (isAlive()) {
            kill();
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Node " + name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client().get("/public/notices").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYetListening) {
                // still starting
            }
            sleep(Duration.ofMillis(500));
        }
        kill();
        throw new IllegalStateException("Node " + name + " did not answer within " + STARTUP + "; see " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

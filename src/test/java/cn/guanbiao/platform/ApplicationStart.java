package cn.guanbiao.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.guanbiao.AwardApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationEvent;
import org.springframework.core.env.ConfigurableEnvironment;

import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The application started in this JVM as {@code java -jar} starts it (the project's {@code config/} files, on a random
 * port), to see what happens before any bean exists. Spring Boot's logging set-up is left out, so that the start does
 * not reconfigure the logging of the other tests in this JVM.
 */
final class ApplicationStart {

    private final String[] profiles;
    final List<ApplicationEvent> contextsCreated = new ArrayList<>();
    ConfigurableEnvironment environment;
    Duration took;
    private boolean stopAfterTheEnvironment;

    private ApplicationStart(String... profiles) {
        this.profiles = profiles;
    }

    /** The embedded default: no profile. */
    static ApplicationStart embeddedDefault() {
        return new ApplicationStart();
    }

    /** A production node: profile postgres. */
    static ApplicationStart production() {
        return new ApplicationStart("postgres");
    }

    /**
     * Ends the start ({@link SpringApplication.AbandonedRunException}) once the environment is prepared and every
     * ordered listener of that event has seen it; the environment is kept.
     */
    ApplicationStart stoppedAfterTheEnvironment() {
        stopAfterTheEnvironment = true;
        return this;
    }

    /** Starts with the given {@code --key=value} arguments; what it threw (null if it started, then it is closed). */
    Throwable run(String... args) {
        SpringApplicationBuilder node = new SpringApplicationBuilder(AwardApplication.class).profiles(profiles)
                .listeners(event -> {
                    if (event instanceof ApplicationContextInitializedEvent) {
                        contextsCreated.add(event);
                    }
                    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
                        environment = prepared.getEnvironment();
                        // listeners without an order run after the ordered ones
                        if (stopAfterTheEnvironment) {
                            throw new SpringApplication.AbandonedRunException();
                        }
                    }
                });
        String loggingSystem = System.getProperty(LoggingSystem.SYSTEM_PROPERTY);
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        long started = System.nanoTime();
        try {
            List<String> all = new ArrayList<>(List.of(args));
            all.add("--server.port=0");
            return catchThrowable(() -> node.run(all.toArray(String[]::new)).close());
        } finally {
            took = Duration.ofNanos(System.nanoTime() - started);
            if (loggingSystem == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
            }
        }
    }
}

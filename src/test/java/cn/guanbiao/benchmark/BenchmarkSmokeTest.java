package cn.guanbiao.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.guanbiao.support.AppJvm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The benchmark works: a small run (20 applications, history filled up to 100 finished) in a JVM of its own, as
 * {@code mvn -Pbenchmark verify} starts it, on the database of this test run (H2, or PostgreSQL on the failsafe run), writes a result with every field.
 * Checks that it runs and reports, never how fast: the figures come from the real run (docs/performance.md).
 */
class BenchmarkSmokeTest {

    private static final List<String> FIELDS = List.of("database", "applications", "threads", "lifecycleSeconds",
            "lifecyclePerSec", "baselinePerSec", "ratio", "steps", "baselineSteps", "intakeP95Ms", "intakePerSec",
            "intake", "tasklistP95Ms", "tasklistHttpP95Ms", "statusPageP95Ms", "historyFill", "workPerInstance",
            "startupSeconds", "peakRssMiB", "peakRssMiBAfter", "autovacuum", "machine");
    private static final List<String> LIFECYCLE_STEPS = List.of("intake", "qualificationCheck", "DistrictReview",
            "DepartmentReview", "MunicipalReview", "creditCheck", "ApproveAwardList", "decisionsDelivered",
            "noticePeriodTimer", "FundReleaseApproval", "payment");

    @Test
    void smallRunWritesEveryFigure() throws Exception {
        // given
        boolean postgres = "postgres".equals(System.getProperty("test.database"));
        Path output = Path.of("target", postgres ? "benchmark-smoke-postgres" : "benchmark-smoke");
        Files.deleteIfExists(output.resolve("result.json"));
        List<String> command = AppJvm.command();
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dbenchmark.applications=20",
                "-Dbenchmark.threads=2", "-Dbenchmark.warmup=0", "-Dbenchmark.intakeSeconds=2",
                "-Dbenchmark.finishedApplications=100", "-Dbenchmark.output=" + output,
                "-Dbenchmark.database=" + (postgres ? "postgres" : "h2")));
        if (postgres) {
            command.add("-Dbenchmark.postgres.url=" + System.getenv().getOrDefault("TEST_DB_URL",
                    System.getProperty("TEST_DB_URL")) + "_bench");
        }
        command.add(AwardBenchmarkRun.class.getName());
        Path log = output.resolve("run.log");
        Files.createDirectories(output);

        // when
        Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = run.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }

        // then
        assertThat(finished).as("benchmark finished; see " + log).isTrue();
        assertThat(run.exitValue()).as("exit value; see " + log).isZero();
        JsonNode result = new ObjectMapper().readTree(output.resolve("result.json").toFile());
        assertThat(FIELDS).allSatisfy(field -> assertThat(result.has(field)).as(field + " in " + result).isTrue());
        assertThat(result.path("database").asText()).isEqualTo(postgres ? "postgres" : "h2");
        assertThat(result.path("applications").asInt()).isEqualTo(20);
        assertThat(LIFECYCLE_STEPS).allSatisfy(step -> {
            assertThat(result.path("steps").path(step).path("count").asInt()).as(step).isPositive();
            assertThat(result.path("steps").path(step).has("p95Ms")).as(step).isTrue();
        });
        assertThat(result.path("intake")).hasSize(2).allSatisfy(phase -> {
            assertThat(phase.path("cpuBusy").asDouble()).as("share of the cores busy").isPositive().isLessThanOrEqualTo(1);
            assertThat(phase.path("jvmCpu").asDouble()).as("this JVM's share").isPositive().isLessThanOrEqualTo(1);
        });
        assertThat(result.path("historyFill").path("copied").asLong()).as("copies of the 20 paid applications").isEqualTo(80);
        assertThat(result.path("tasklist").path("finishedApplications").asLong()).isEqualTo(100);
        assertThat(result.path("tasklistHttp").path("count").asLong()).as("tasks in the reviewer's filter").isPositive();
        assertThat(result.path("statusPage").path("applications").asInt()).isPositive();
        assertThat(result.path("mailsSent").asLong()).as("e-mails of the lifecycle sent").isPositive();
        if (postgres) {
            assertThat(result.path("workPerInstance").path("lifecycle").path("rowsByTable").path("application").asDouble())
                    .as("rows written per table (pg_stat_user_tables)").isPositive();
            assertThat(result.path("workPerInstance").path("lifecycle").path("scansByTable").path("application").asDouble())
                    .as("table scans per table (pg_stat_user_tables)").isPositive();
        }
        assertThat(Files.readAllLines(log)).anySatisfy(line -> assertThat(line)
                .matches("benchmark: ratio=\\S+ lifecyclePerSec=\\S+ intakeP95Ms=\\S+ database=(h2|postgres)"));
    }
}

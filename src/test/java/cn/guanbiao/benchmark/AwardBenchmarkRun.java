package cn.guanbiao.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import cn.guanbiao.AwardApplication;
import cn.guanbiao.support.FreshPostgresDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark of issue 6, run by {@code mvn -Pbenchmark verify} in a JVM of its own (see docs/performance.md,
 * "Running the benchmark"). In one run, on one engine configuration: the raw engine ({@link BaselineRun}), the product's
 * lifecycle ({@link LifecycleRun}) and intake under load ({@link IntakeLoad}); prints and writes
 * {@code <output>/result.json}, and ends with the line {@code benchmark: ratio=… lifecyclePerSec=… intakeP95Ms=… database=…}.
 * Measures, never judges: nothing here fails on a duration.
 */
public final class AwardBenchmarkRun {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Settings(int applications, int threads, int warmup, double intakeSeconds, long finishedApplications,
            String database, String postgresUrl, Path output) {

        static Settings fromSystemProperties() {
            int applications = Integer.getInteger("benchmark.applications", 200);
            return new Settings(applications, Integer.getInteger("benchmark.threads", 4),
                    Integer.getInteger("benchmark.warmup", Math.min(100, applications)),
                    Double.parseDouble(System.getProperty("benchmark.intakeSeconds", "20")),
                    Long.getLong("benchmark.finishedApplications", 0),
                    System.getProperty("benchmark.database", "auto"),
                    System.getProperty("benchmark.postgres.url", BenchmarkDatabase.DEFAULT_POSTGRES_URL),
                    Path.of(System.getProperty("benchmark.output", "target/benchmark")));
        }
    }

    private AwardBenchmarkRun() {
    }

    public static void main(String[] args) throws IOException {
        Settings settings = Settings.fromSystemProperties();
        String loadBefore = Machine.loadAverage();
        BenchmarkDatabase database = BenchmarkDatabase.choose(settings.database(), settings.postgresUrl(), settings.output());
        System.out.println("benchmark: database " + database.name() + " at " + database.url() + "; " + settings
                + "; load " + loadBefore);

        AutovacuumStandIn autovacuum = "postgres".equals(database.name()) ? AutovacuumStandIn.start(database.url()) : null;
        long startupBegin = System.nanoTime();
        SpringApplication application = new SpringApplication(AwardApplication.class);
        // the tests' initializer recreates test databases; the benchmark has created its own
        application.setInitializers(application.getInitializers().stream()
                .filter(initializer -> !(initializer instanceof FreshPostgresDatabase)).toList());
        ConfigurableApplicationContext context = application.run(arguments(database, settings.output()));
        double startupSeconds = (System.nanoTime() - startupBegin) / 1e9;
        int exit = 0;
        try {
            ObjectNode result = run(context, settings, database, startupSeconds, loadBefore, autovacuum);
            result.set("autovacuum", JSON.valueToTree(autovacuum == null ? null : autovacuum.result()));
            Files.createDirectories(settings.output());
            Path file = settings.output().resolve("result.json");
            JSON.writeValue(file.toFile(), result);
            System.out.println(JSON.writeValueAsString(result));
            System.out.println("benchmark: written to " + file.toAbsolutePath());
            System.out.printf("benchmark: ratio=%s lifecyclePerSec=%s intakeP95Ms=%s database=%s%n", result.get("ratio"),
                    result.get("lifecyclePerSec"), result.get("intakeP95Ms"), database.name());
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            context.close();
            if (autovacuum != null) {
                autovacuum.close();
            }
        }
        System.exit(exit);
    }

    private static ObjectNode run(ConfigurableApplicationContext context, Settings settings, BenchmarkDatabase database,
            double startupSeconds, String loadBefore, AutovacuumStandIn autovacuum) {
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        BaselineRun baseline = new BaselineRun(engine);
        baseline.deploy();
        LifecycleRun lifecycle = new LifecycleRun(engine, port, jdbc);
        Map<String, Long> peakRss = new LinkedHashMap<>();
        peakRss.put("startup", Machine.peakRssMiB());

        if (settings.warmup() > 0) {
            log("warming up with " + settings.warmup() + " baseline instances and applications");
            baseline.run("warmup", settings.warmup(), settings.threads(), new Latencies());
            lifecycle.run(settings.warmup(), settings.threads(), new Latencies());
            peakRss.put("warmup", Machine.peakRssMiB());
        }
        log("baseline: " + settings.applications() + " instances, " + settings.threads() + " threads");
        boolean postgres = "postgres".equals(database.name());
        Latencies baselineSteps = new Latencies();
        Work before = Work.now(jdbc, postgres);
        double baselineSeconds = baseline.run("baseline", settings.applications(), settings.threads(), baselineSteps);
        Work afterBaseline = Work.now(jdbc, postgres);
        peakRss.put("baseline", Machine.peakRssMiB());
        log("lifecycle: " + settings.applications() + " applications, " + settings.threads() + " threads");
        Latencies lifecycleSteps = new Latencies();
        Work beforeLifecycle = Work.now(jdbc, postgres);
        double lifecycleSeconds = lifecycle.run(settings.applications(), settings.threads(), lifecycleSteps);
        Work afterLifecycle = Work.now(jdbc, postgres);
        peakRss.put("lifecycle", Machine.peakRssMiB());
        List<IntakeLoad.Result> intake = new ArrayList<>();
        for (int clients : new int[] {8, 32}) {
            log("intake: " + clients + " clients for " + settings.intakeSeconds() + " s");
            intake.add(new IntakeLoad(port).run(clients, settings.intakeSeconds()));
        }

        new Engine(engine).drainJobs();
        peakRss.put("intake", Machine.peakRssMiB());
        FinishedHistoryFill.Result fill = null;
        if (settings.finishedApplications() > 0) {
            log("history: filling up to " + settings.finishedApplications() + " finished applications");
            fill = new FinishedHistoryFill(context.getBean(DataSource.class), postgres).fillTo(settings.finishedApplications());
            log("history: " + fill);
        }
        if (autovacuum != null) {
            autovacuum.catchUp();
        }
        log("Tasklist: the district reviewer's first page, with the intake's applications waiting for review");
        TasklistQuery.Result tasklist = new TasklistQuery(engine).run("reviewer-500112", 50);
        TasklistHttpQuery.Result tasklistHttp = new TasklistHttpQuery(engine, port).run("reviewer-500112", 50);
        log("status page: paid applications");
        StatusPageQuery.Result statusPage = new StatusPageQuery(port, jdbc).run(50);

        double lifecyclePerSec = settings.applications() / lifecycleSeconds;
        double baselinePerSec = settings.applications() / baselineSeconds;
        ObjectNode result = JSON.createObjectNode();
        result.put("database", database.name());
        result.put("applications", settings.applications());
        result.put("threads", settings.threads());
        result.put("warmup", settings.warmup());
        result.put("lifecycleSeconds", round(lifecycleSeconds));
        result.put("lifecyclePerSec", round(lifecyclePerSec));
        result.put("baselineSeconds", round(baselineSeconds));
        result.put("baselinePerSec", round(baselinePerSec));
        result.put("ratio", Math.round(lifecyclePerSec / baselinePerSec * 1000) / 1000.0);
        Work.PerInstance baselineWork = afterBaseline.since(before, settings.applications());
        Work.PerInstance lifecycleWork = afterLifecycle.since(beforeLifecycle, settings.applications());
        result.set("workPerInstance", JSON.valueToTree(Map.of("baseline", baselineWork, "lifecycle", lifecycleWork)));
        result.put("cpuRatio", baselineWork.cpuMs() == 0 ? 0
                : Math.round(baselineWork.cpuMs() / lifecycleWork.cpuMs() * 1000) / 1000.0);
        result.set("steps", JSON.valueToTree(lifecycleSteps.summaries()));
        result.set("baselineSteps", JSON.valueToTree(baselineSteps.summaries()));
        result.put("intakeP95Ms", intake.get(0).p95Ms());
        result.put("intakePerSec", intake.get(1).perSec());
        result.set("intake", JSON.valueToTree(intake));
        result.put("tasklistP95Ms", tasklist.p95Ms());
        result.set("tasklist", JSON.valueToTree(tasklist));
        result.put("tasklistHttpP95Ms", tasklistHttp.p95Ms());
        result.set("tasklistHttp", JSON.valueToTree(tasklistHttp));
        result.put("statusPageP95Ms", statusPage.p95Ms());
        result.set("statusPage", JSON.valueToTree(statusPage));
        result.set("historyFill", JSON.valueToTree(fill));
        result.put("startupSeconds", round(startupSeconds));
        result.put("peakRssMiB", Machine.peakRssMiB());
        result.set("peakRssMiBAfter", JSON.valueToTree(peakRss));
        result.put("mailsQueued", jdbc.sql("SELECT COUNT(*) FROM mail_outbox").query(Long.class).single());
        result.put("mailsSent", jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NOT NULL").query(Long.class).single());
        result.set("machine", JSON.valueToTree(machine(loadBefore)));
        result.put("finishedAt", Instant.now().toString());
        return result;
    }

    private static Map<String, Object> machine(String loadBefore) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Machine.cores());
        machine.put("memoryGiB", round(Machine.memoryGiB()));
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / 1024 / 1024);
        machine.put("java", System.getProperty("java.version"));
        machine.put("loadAverageBefore", loadBefore);
        machine.put("loadAverageAfter", Machine.loadAverage());
        return machine;
    }

    /**
     * The application as the benchmark runs it: on the chosen database, the job executor on, mails written as files,
     * demo users (reviewers) but no demo applications, no rate limit. A system property of the same name wins, so
     * {@code -Dcamunda.bpm.history-level=audit} tries another engine configuration.
     */
    private static String[] arguments(BenchmarkDatabase database, Path output) {
        Map<String, String> properties = new LinkedHashMap<>(database.springProperties());
        properties.put("server.port", "0");
        properties.put("camunda.bpm.job-execution.enabled", "true");
        properties.put("camunda.bpm.admin-user.password", LifecycleRun.ADMIN_PASSWORD);
        properties.put("app.security.refuse-default-passwords", "false");
        properties.put("app.demo.enabled", "true");
        properties.put("app.demo.applications", "false");
        properties.put("app.rate-limit.per-minute", "100000000");
        properties.put("app.mail.transport", "file");
        properties.put("app.mail.folder", output.resolve("mail").toString());
        properties.put("app.mail.from", "重庆市知识产权局贯标奖励 <noreply@guanbiao.example>");
        properties.put("logging.level.cn.guanbiao.notification", "WARN");
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                arguments.add("--" + key + "=" + value);
            }
        });
        return arguments.toArray(String[]::new);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void log(String message) {
        System.out.println("benchmark: " + Instant.now() + " " + message + " (load " + Machine.loadAverage() + ")");
    }
}

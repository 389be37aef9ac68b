package cn.guanbiao.support;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import cn.guanbiao.support.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Drives applications through running {@link AppNode}s over HTTP only, the way applicants, reviewers in Tasklist
 * and an administrator would: like a load balancer, each request goes to the next live node.
 */
public final class NodeDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final List<AppNode> nodes;
    private final AtomicInteger next = new AtomicInteger();

    public NodeDriver(List<AppNode> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /** The next live node's client, round robin. */
    public ApiClient client() {
        for (int i = 0; i < nodes.size(); i++) {
            AppNode node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
            if (node.isAlive()) {
                return node.client();
            }
        }
        throw new IllegalStateException("No node is alive");
    }

    public String openCall(String budget) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        ObjectNode body = JSON.createObjectNode().put("year", now.getYear())
                .put("opensAt", now.minusDays(1).toString()).put("closesAt", now.plusDays(30).toString())
                .put("budget", new BigDecimal(budget));
        return expect(201, client().as("admin", "admin").post("/api/admin/calls", body)).json().path("callId").asText();
    }

    public String submit(JsonNode application) {
        return expect(201, client().post("/api/applications", application)).json().path("applicationNo").asText();
    }

    public void closeCall(String callId) {
        expect(200, client().as("admin", "admin").post("/api/admin/calls/" + callId + "/close", "{}"));
    }

    /** Waits until {@code count} tasks {@code taskKey} are visible to {@code user}; their ids. */
    public List<String> awaitTasks(String user, String taskKey, int count) {
        List<String> ids = new ArrayList<>();
        await(Duration.ofMinutes(3), taskKey + " ×" + count + " for " + user, () -> {
            ids.clear();
            tasks(user, taskKey).forEach(task -> ids.add(task.path("id").asText()));
            return ids.size() >= count;
        });
        return ids;
    }

    public JsonNode tasks(String user, String taskKey) {
        return expect(200, client().as(user, password(user))
                .get("/engine-rest/task?taskDefinitionKey=" + taskKey + "&maxResults=100000")).json();
    }

    /** Completes a task the way Tasklist does, with an approving decision; false if the node went away meanwhile. */
    public boolean approve(String user, String taskId) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode variables = body.putObject("variables");
        variables.putObject("approved").put("value", true);
        variables.putObject("comment").put("value", "同意");
        try {
            expect(204, client().as(user, password(user)).post("/engine-rest/task/" + taskId + "/complete", body));
            return true;
        } catch (UncheckedIOException nodeGone) {
            return false;
        }
    }

    /** Makes every timer of {@code activityId} due now, so that the job executors fire it. */
    public int makeTimersDue(String activityId) {
        JsonNode jobs = expect(200, client().as("admin", "admin")
                .get("/engine-rest/job?activityId=" + activityId + "&timers=true&maxResults=100000")).json();
        String now = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).format(CAMUNDA_DATE);
        for (JsonNode job : jobs) {
            ObjectNode body = JSON.createObjectNode().put("duedate", now);
            expect(204, client().as("admin", "admin").put("/engine-rest/job/" + job.path("id").asText() + "/duedate", body));
        }
        return jobs.size();
    }

    public static void await(Duration timeout, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Still waiting after " + timeout + " for " + what);
            }
            AppNode.sleep(Duration.ofMillis(100));
        }
    }

    private static String password(String user) {
        return "admin".equals(user) ? "admin" : "demo";
    }

    private static Response expect(int status, Response response) {
        if (response.status() != status) {
            throw new AssertionError("Expected " + status + ", got " + response);
        }
        return response;
    }
}

package cn.guanbiao.benchmark;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import cn.guanbiao.application.ApplicationStatus;
import cn.guanbiao.support.ApiClient;
import cn.guanbiao.support.Applicants;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * N applications through the product's real paths, by T client threads: intake over HTTP, the three reviews and
 * the credit check, the call closed and its list approved, the notice period's timer, the fund release and the
 * payment, then every asynchronous job drained and every e-mail sent. Reviewers complete their tasks through the
 * engine's Java API as named users, as Tasklist does through {@code /engine-rest}.
 */
final class LifecycleRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN_PASSWORD = "admin";

    private final Engine engine;
    private final ApiClient api;
    private final ApiClient admin;
    private final JdbcClient jdbc;

    LifecycleRun(ProcessEngine processEngine, int port, JdbcClient jdbc) {
        this.engine = new Engine(processEngine);
        this.api = new ApiClient(port);
        this.admin = api.as("admin", ADMIN_PASSWORD);
        this.jdbc = jdbc;
    }

    /** Opens a call over HTTP with a budget that covers {@code applications} awards; returns its id. */
    static String openCall(ApiClient admin, int applications) {
        ObjectNode call = JSON.createObjectNode();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        call.put("year", now.getYear());
        call.put("opensAt", now.minusDays(1).withNano(0).toString());
        call.put("closesAt", now.plusDays(30).withNano(0).toString());
        call.put("budget", 30000L * Math.max(1, applications));
        ApiClient.Response response = admin.post("/api/admin/calls", call);
        if (response.status() != 201) {
            throw new IllegalStateException("Could not open a call: " + response);
        }
        return response.json().path("callId").asText();
    }

    /** Runs {@code count} applications in a call of their own; returns the wall time in seconds. */
    double run(int count, int threads, Latencies steps) {
        String[] numbers = new String[count];
        String[] instances = new String[count];
        long start = System.nanoTime();
        String callId = steps.time("openCall", () -> openCall(admin, count));

        Workers.forEach(count, threads, i -> {
            JsonNode accepted = steps.time("intake", () -> submit(callId));
            numbers[i] = accepted.path("applicationNo").asText();
            instances[i] = accepted.path("processInstanceId").asText();
            String district = steps.time("qualificationCheck", () -> engine.awaitTask(instances[i], "DistrictReview"));
            steps.time("DistrictReview", () -> engine.complete(district, "reviewer-500112", decision("材料齐全")));
            String department = engine.awaitTask(instances[i], "DepartmentReview");
            steps.time("DepartmentReview", () -> engine.complete(department, "economy", decision("同意")));
            String municipal = engine.awaitTask(instances[i], "MunicipalReview");
            steps.time("MunicipalReview", () -> engine.complete(municipal, "municipal", decision("同意")));
            steps.time("creditCheck", () -> awaitStatus(numbers[i], ApplicationStatus.AWAITING_DECISION));
        });

        steps.time("closeCall", () -> {
            ApiClient.Response closed = admin.post("/api/admin/calls/" + callId + "/close", "");
            if (closed.status() / 100 != 2) {
                throw new IllegalStateException("Could not close " + callId + ": " + closed);
            }
        });
        String callInstance = jdbc.sql("SELECT process_instance_id FROM award_call WHERE call_id = ?").param(callId)
                .query(String.class).single();
        String approve = steps.time("awaitApproveAwardList", () -> engine.awaitTask(callInstance, "ApproveAwardList"));
        steps.time("ApproveAwardList", () -> engine.complete(approve, "municipal", decision("同意名单")));
        // from the approval until every application of the call has received its decision (jobs of their own)
        steps.time("decisionsDelivered", () -> Workers.awaitTrue(callId + " decisions delivered", () -> jdbc.sql(
                "SELECT COUNT(*) FROM application WHERE call_id = ? AND status = ?")
                .params(callId, ApplicationStatus.AWAITING_DECISION.name()).query(Integer.class).single() == 0));

        Workers.forEach(count, threads, i -> {
            steps.time("awaitPublicNotice", () -> awaitStatus(numbers[i], ApplicationStatus.IN_PUBLIC_NOTICE));
            steps.time("noticePeriodTimer", () -> engine.fireTimer(instances[i], "Event_NoticePeriodOver"));
            String release = engine.awaitTask(instances[i], "FundReleaseApproval");
            steps.time("FundReleaseApproval", () -> engine.complete(release, "finance", decision("同意拨付")));
            steps.time("payment", () -> awaitStatus(numbers[i], ApplicationStatus.PAID));
        });
        steps.time("drain", () -> {
            engine.drainJobs();
            // e-mails are sent after their transactions commit, outside the job executor
            Workers.awaitTrue("every e-mail sent", () -> jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL")
                    .query(Integer.class).single() == 0);
        });
        return (System.nanoTime() - start) / 1e9;
    }

    private JsonNode submit(String callId) {
        ApiClient.Response response = api.post("/api/applications", Applicants.enterprise(callId));
        if (response.status() != 201) {
            throw new IllegalStateException("Application refused: " + response);
        }
        return response.json();
    }

    private void awaitStatus(String applicationNo, ApplicationStatus status) {
        Workers.awaitTrue(applicationNo + " " + status, () -> status.name().equals(
                jdbc.sql("SELECT status FROM application WHERE application_no = ?").param(applicationNo)
                        .query(String.class).single()));
    }

    private static Map<String, Object> decision(String comment) {
        return Variables.createVariables().putValue("approved", true).putValue("comment", comment);
    }
}

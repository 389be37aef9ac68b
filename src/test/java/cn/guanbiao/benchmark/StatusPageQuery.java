package cn.guanbiao.benchmark;

import java.util.List;

import cn.guanbiao.support.ApiClient;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The applicant's status page of a paid application, {@code GET /api/applications/{no}} with its tracking token
 * (DOMAIN §5), asked once each for up to {@code times} paid applications picked evenly across their numbers.
 */
final class StatusPageQuery {

    record Result(int applications, long paidApplications, double p50Ms, double p95Ms) {
    }

    private record Tracked(String applicationNo, String token) {
    }

    private final ApiClient api;
    private final JdbcClient jdbc;

    StatusPageQuery(int port, JdbcClient jdbc) {
        this.api = new ApiClient(port);
        this.jdbc = jdbc;
    }

    Result run(int times) {
        long paid = jdbc.sql("SELECT COUNT(*) FROM application WHERE status = 'PAID'").query(Long.class).single();
        long step = Math.max(1, paid / times);
        List<Tracked> sample = jdbc.sql("SELECT application_no, tracking_token FROM application WHERE status = 'PAID' "
                + "ORDER BY application_no").query((rs, row) -> row % step == 0
                        ? new Tracked(rs.getString(1), rs.getString(2)) : null)
                .list().stream().filter(t -> t != null).limit(times).toList();
        Latencies latencies = new Latencies();
        for (Tracked application : sample) {
            ApiClient.Response page = latencies.time("status", () -> api.get("/api/applications/" + application.applicationNo(),
                    "X-Tracking-Token", application.token()));
            if (page.status() != 200 || !"PAID".equals(page.json().path("status").asText())) {
                throw new IllegalStateException("Status page of " + application.applicationNo() + ": " + page);
            }
        }
        Latencies.Summary summary = latencies.summary("status");
        return new Result(sample.size(), paid, summary.p50Ms(), summary.p95Ms());
    }
}

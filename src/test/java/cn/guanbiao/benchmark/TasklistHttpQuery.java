package cn.guanbiao.benchmark;

import java.util.Comparator;
import java.util.List;

import cn.guanbiao.demo.DemoData;
import cn.guanbiao.support.ApiClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;

/**
 * Tasklist's first page for a reviewer as the web UI asks for it: the filter it focuses first (lowest
 * {@code priority}), {@code POST filter/{id}/list?firstResult=0&maxResults=15} with the search body of Tasklist 7
 * ({@code sorting} created desc, {@code active}) and {@code Accept: application/hal+json}, which answers the page
 * with the filter's count and the embedded assignees and process definitions. Sent to {@code /engine-rest} with
 * HTTP Basic as the reviewer: the same resource the webapp serves under {@code /camunda/api/engine} with a session.
 */
final class TasklistHttpQuery {

    record Result(String user, String filter, long count, double p50Ms, double p95Ms) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final ApiClient api;

    TasklistHttpQuery(ProcessEngine engine, int port) {
        this.engine = engine;
        this.api = new ApiClient(port);
    }

    Result run(String user, int times) {
        Filter filter = firstFilter();
        ApiClient reviewer = api.as(user, DemoData.PASSWORD);
        String path = "/engine-rest/filter/" + filter.getId() + "/list?firstResult=0&maxResults=15";
        ObjectNode body = JSON.createObjectNode();
        body.putArray("processVariables");
        body.putArray("taskVariables");
        body.putArray("caseInstanceVariables");
        body.putArray("sorting").addObject().put("sortBy", "created").put("sortOrder", "desc");
        body.put("active", true);
        Latencies latencies = new Latencies();
        long count = 0;
        for (int i = 0; i < times; i++) {
            ApiClient.Response page = latencies.time("page", () -> reviewer.post(path, body, "Accept", "application/hal+json"));
            if (page.status() != 200) {
                throw new IllegalStateException("Tasklist page refused: " + page);
            }
            count = page.json().path("count").asLong();
        }
        Latencies.Summary summary = latencies.summary("page");
        return new Result(user, filter.getName(), count, summary.p50Ms(), summary.p95Ms());
    }

    private Filter firstFilter() {
        List<Filter> filters = engine.getFilterService().createTaskFilterQuery().list();
        return filters.stream().min(Comparator.comparingDouble(TasklistHttpQuery::priority))
                .orElseThrow(() -> new IllegalStateException("No task filter"));
    }

    private static double priority(Filter filter) {
        return filter.getProperties() != null && filter.getProperties().get("priority") instanceof Number number
                ? number.doubleValue() : 0;
    }
}

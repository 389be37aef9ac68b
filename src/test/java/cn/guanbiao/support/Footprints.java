package cn.guanbiao.support;

import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Everything a request could leave behind: the rows of every table of the application (whatever its migrations
 * define, Camunda's ACT_* tables aside), the process instances, running and in history, and the jobs, among them
 * every e-mail waiting to be sent.
 */
@Component
public class Footprints {

    public record Footprint(Map<String, Long> rows, long runningInstances, long historicInstances, long jobs) {
    }

    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final ManagementService managementService;

    public Footprints(JdbcClient jdbc, RuntimeService runtimeService, HistoryService historyService,
            ManagementService managementService) {
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.managementService = managementService;
    }

    public Footprint now() {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : applicationTables()) {
            rows.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return new Footprint(rows, runtimeService.createProcessInstanceQuery().count(),
                historyService.createHistoricProcessInstanceQuery().count(), managementService.createJobQuery().count());
    }

    private Iterable<String> applicationTables() {
        return jdbc.sql("""
                        SELECT LOWER(table_name) FROM information_schema.tables
                        WHERE LOWER(table_schema) = 'public' AND table_type = 'BASE TABLE'
                          AND LOWER(table_name) NOT LIKE 'act\\_%' ESCAPE '\\' AND LOWER(table_name) <> 'flyway_schema_history'
                        """)
                .query(String.class).list();
    }
}

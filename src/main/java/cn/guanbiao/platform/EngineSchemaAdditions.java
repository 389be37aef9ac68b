package cn.guanbiao.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the engine's own schema lacks for how this application uses it, created once the engine has created or
 * checked its tables (so not in a Flyway migration, which may run before them). {@code IF NOT EXISTS}: the same on
 * every start and every node.
 * <ul>
 * <li>Every {@code taskService.complete()} looks up subtasks by {@code ACT_RU_TASK.PARENT_TASK_ID_}: without an index
 * each completion scans all open tasks, thousands in the last days of a call.</li>
 * <li>PostgreSQL only: Tasklist's task queries join the authorizations on {@code PERMS_ & 2 = 2} (READ on a task)
 * or {@code PERMS_ & 64 = 64} (READ_TASK on a process definition). Without statistics on these expressions the
 * planner guesses that 0.5 % of the rows match, where nearly all do (every open task has its candidate group's
 * READ), and compares every open task of a group with every authorization: 2.5 s for a district with 3,400
 * waiting. They help plans made for the query's values, which {@link TaskQueryPlans} asks for.</li>
 * </ul>
 */
@Component
public class EngineSchemaAdditions extends AbstractProcessEnginePlugin {

    static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS GB_IDX_TASK_PARENT_TASK ON ACT_RU_TASK (PARENT_TASK_ID_)");

    static final List<String> POSTGRES_STATISTICS = List.of(
            "CREATE STATISTICS IF NOT EXISTS GB_STAT_AUTH_READ ON (PERMS_ & 2) FROM ACT_RU_AUTHORIZATION",
            "CREATE STATISTICS IF NOT EXISTS GB_STAT_AUTH_READ_TASK ON (PERMS_ & 64) FROM ACT_RU_AUTHORIZATION",
            // built by the next analysis: autovacuum's when the table has changed enough, this one at once
            "ANALYZE ACT_RU_AUTHORIZATION");

    private static final Logger log = LoggerFactory.getLogger(EngineSchemaAdditions.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        DataSource dataSource = configuration.getDataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String addition : additionsFor(configuration.getDatabaseType())) {
                statement.execute(addition);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // another node creating the same at the same moment; the engine works without them, only slower
            log.warn("Could not add to the engine's schema: {}", e.getMessage());
        }
    }

    /** The statements for the engine's database type ({@code h2}, {@code postgres}, …). */
    static List<String> additionsFor(String databaseType) {
        List<String> additions = new ArrayList<>(INDEXES);
        if ("postgres".equals(databaseType)) {
            additions.addAll(POSTGRES_STATISTICS);
        }
        return additions;
    }
}

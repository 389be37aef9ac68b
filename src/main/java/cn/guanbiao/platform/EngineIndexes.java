package cn.guanbiao.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for how this application uses it, created once the engine has created or
 * checked its tables (so not in a Flyway migration, which may run before them). Every {@code taskService.complete()}
 * looks up subtasks by {@code ACT_RU_TASK.PARENT_TASK_ID_}: without an index each completion scans all open tasks,
 * thousands in the last days of a call. {@code IF NOT EXISTS}: the same on every start and every node.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

    static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS GB_IDX_TASK_PARENT_TASK ON ACT_RU_TASK (PARENT_TASK_ID_)");

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                statement.execute(index);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // another node creating the same index at the same moment; the engine works without it, only slower
            log.warn("Could not create the engine's extra indexes: {}", e.getMessage());
        }
    }
}

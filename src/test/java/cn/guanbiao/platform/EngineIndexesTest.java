package cn.guanbiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guanbiao.support.AwardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AwardSpringTest
class EngineIndexesTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void taskCompletionFindsSubtasksByIndex() {
        // given: the engine started (the plugin ran after it created its tables)
        // when: the catalogue is read
        String catalogue = postgres()
                ? "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'gb_idx_task_parent_task'"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = 'GB_IDX_TASK_PARENT_TASK'";
        long indexes = jdbc.sql(catalogue).query(Long.class).single();

        // then
        assertThat(indexes).isEqualTo(1);
    }

    private static boolean postgres() {
        return "postgres".equals(System.getProperty("test.database"));
    }
}

package cn.guanbiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.guanbiao.support.AwardSpringTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AwardSpringTest
class EngineSchemaAdditionsTest {

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

    @Test
    @EnabledIfSystemProperty(named = "test.database", matches = "postgres", disabledReason = "PostgreSQL's planner")
    void thePlannerKnowsHowManyAuthorizationsGrantRead() throws Exception {
        // given: the engine started; its authorizations analyzed as autovacuum would
        jdbc.sql("ANALYZE ACT_RU_AUTHORIZATION").update();
        long read = jdbc.sql("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION WHERE PERMS_ & 2 = 2").query(Long.class).single();

        // when: the planner estimates Tasklist's authorization condition
        String plan = jdbc.sql("EXPLAIN (FORMAT JSON) SELECT * FROM ACT_RU_AUTHORIZATION WHERE PERMS_ & 2 = 2")
                .query(String.class).single();
        double estimated = new ObjectMapper().readTree(plan).get(0).get("Plan").get("Plan Rows").asDouble();

        // then: from the statistics (without them: 0.5 % of the rows, whatever the data)
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pg_statistic_ext WHERE stxname IN ('gb_stat_auth_read', 'gb_stat_auth_read_task')")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(estimated).isBetween(read * 0.8, read * 1.2);
    }

    @Test
    @EnabledIfSystemProperty(named = "test.database", matches = "postgres", disabledReason = "a PostgreSQL connection setting")
    void postgresCompilesNoQuery() {
        assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
    }

    private static boolean postgres() {
        return "postgres".equals(System.getProperty("test.database"));
    }
}

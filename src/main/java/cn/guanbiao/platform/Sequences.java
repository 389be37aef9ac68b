package cn.guanbiao.platform;

import javax.sql.DataSource;

import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/** Database sequences of the app's own tables, on H2 and PostgreSQL alike. */
@Component
public class Sequences {

    private final DataSource dataSource;
    private final boolean postgres;

    public Sequences(DataSource dataSource, DatabaseProduct database) {
        this.dataSource = dataSource;
        this.postgres = database.isPostgres();
    }

    public long next(String sequence) {
        DataFieldMaxValueIncrementer incrementer = postgres
                ? new PostgresSequenceMaxValueIncrementer(dataSource, sequence)
                : new H2SequenceMaxValueIncrementer(dataSource, sequence);
        return incrementer.nextLongValue();
    }
}

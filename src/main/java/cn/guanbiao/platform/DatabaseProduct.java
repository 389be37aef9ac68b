package cn.guanbiao.platform;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/** Which database the app runs on, as its JDBC driver names it: PostgreSQL in production, else the embedded H2. */
@Component
public class DatabaseProduct {

    private final boolean postgres;

    public DatabaseProduct(DataSource dataSource) throws MetaDataAccessException {
        String name = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        this.postgres = name.toLowerCase().contains("postgres");
    }

    public boolean isPostgres() {
        return postgres;
    }
}

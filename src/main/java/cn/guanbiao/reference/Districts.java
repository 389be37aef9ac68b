package cn.guanbiao.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The district/county IP offices (区县知识产权局) that do the first review. */
@Repository
public class Districts {

    public record District(String code, String name) {
        public String reviewGroup() {
            return "district-" + code;
        }
    }

    private final JdbcClient jdbc;

    public Districts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<District> all() {
        return jdbc.sql("SELECT code, name FROM district ORDER BY code").query(District.class).list();
    }

    public Optional<District> find(String code) {
        return jdbc.sql("SELECT code, name FROM district WHERE code = ?").param(code).query(District.class).optional();
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    void addIfAbsent(District district) {
        if (!exists(district.code())) {
            jdbc.sql("INSERT INTO district (code, name) VALUES (?, ?)").params(district.code(), district.name()).update();
        }
    }
}

package cn.guanbiao.reference;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Certification bodies: approved for IP-management certification (R3), and on the high-standard filing list. */
@Repository
public class CertificationBodies {

    public record CertificationBody(String name, boolean approved, boolean onFilingList) {
        public String describe() {
            if (!approved) {
                return "未经批准从事知识产权管理体系认证";
            }
            return onFilingList ? "经批准；在高标准认证规则自愿备案名录（优先奖励）" : "经批准；不在高标准认证规则备案名录";
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public CertificationBodies(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public Optional<CertificationBody> find(String name) {
        return jdbc.sql("SELECT name, approved, on_filing_list FROM certification_body WHERE name = ?")
                .param(name).query(CertificationBody.class).optional();
    }

    public List<CertificationBody> all() {
        return jdbc.sql("SELECT name, approved, on_filing_list FROM certification_body ORDER BY name")
                .query(CertificationBody.class).list();
    }

    @Transactional
    public void save(CertificationBody body) {
        int updated = jdbc.sql("UPDATE certification_body SET approved = ?, on_filing_list = ?, updated_at = ? WHERE name = ?")
                .params(body.approved(), body.onFilingList(), LocalDateTime.now(clock), body.name()).update();
        if (updated == 0) {
            insert(body);
        }
    }

    void addIfAbsent(CertificationBody body) {
        if (find(body.name()).isEmpty()) {
            insert(body);
        }
    }

    private void insert(CertificationBody body) {
        jdbc.sql("INSERT INTO certification_body (name, approved, on_filing_list, updated_at) VALUES (?, ?, ?, ?)")
                .params(body.name(), body.approved(), body.onFilingList(), LocalDateTime.now(clock)).update();
    }
}

package cn.guanbiao.credit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CreditRecords {

    public record CreditRecord(long id, String creditCode, CreditListType listType, String source, LocalDateTime recordedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public CreditRecords(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    public List<CreditRecord> of(String creditCode) {
        return jdbc.sql("SELECT id, credit_code, list_type, source, recorded_at FROM credit_record WHERE credit_code = ? ORDER BY id")
                .param(creditCode).query(CreditRecord.class).list();
    }

    public CreditRecord add(String creditCode, CreditListType listType, String source) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("INSERT INTO credit_record (credit_code, list_type, source, recorded_at) VALUES (?, ?, ?, ?)")
                .params(creditCode, listType.name(), source, now).update();
        return of(creditCode).get(of(creditCode).size() - 1);
    }

    public void addIfAbsent(String creditCode, CreditListType listType, String source) {
        boolean present = of(creditCode).stream().anyMatch(r -> r.listType() == listType && r.source().equals(source));
        if (!present) {
            add(creditCode, listType, source);
        }
    }
}

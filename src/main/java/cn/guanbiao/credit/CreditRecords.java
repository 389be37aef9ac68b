package cn.guanbiao.credit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import cn.guanbiao.application.ApplicationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class CreditRecords {

    public record CreditRecord(long id, String creditCode, CreditListType listType, String source, LocalDateTime recordedAt) {
    }

    /** A credit record of the unit of an application. */
    public record ApplicationRecord(String applicationNo, CreditRecord record) {
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

    /**
     * Adds a record under the lock of the unit's applications' rows, the lock every credit check and every payment
     * takes on its application first: a payment running now either committed before this record (the money moved
     * before the listing) or waits for it and sees it; and the records of one unit commit in the order of their ids.
     */
    @Transactional
    public CreditRecord add(String creditCode, CreditListType listType, String source) {
        jdbc.sql("SELECT application_no FROM application WHERE credit_code = ? ORDER BY application_no FOR UPDATE")
                .param(creditCode).query(String.class).list();
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("INSERT INTO credit_record (credit_code, list_type, source, recorded_at) VALUES (?, ?, ?, ?)")
                .params(creditCode, listType.name(), source, now).update();
        List<CreditRecord> records = of(creditCode);
        return records.get(records.size() - 1);
    }

    @Transactional
    public void addIfAbsent(String creditCode, CreditListType listType, String source) {
        boolean present = of(creditCode).stream().anyMatch(r -> r.listType() == listType && r.source().equals(source));
        if (!present) {
            add(creditCode, listType, source);
        }
    }

    /** The records that bar an award (R5) of the units whose applications to the call are in {@code status}. */
    List<ApplicationRecord> blockingOfCall(String callId, ApplicationStatus status) {
        List<String> blocking = Arrays.stream(CreditListType.values()).filter(CreditListType::blocksAward)
                .map(Enum::name).toList();
        return jdbc.sql("SELECT a.application_no, r.id, r.credit_code, r.list_type, r.source, r.recorded_at "
                        + "FROM application a JOIN credit_record r ON r.credit_code = a.credit_code "
                        + "WHERE a.call_id = :callId AND a.status = :status AND r.list_type IN (:blocking) ORDER BY r.id")
                .param("callId", callId).param("status", status.name()).param("blocking", blocking)
                .query((rs, i) -> new ApplicationRecord(rs.getString("application_no"), new CreditRecord(rs.getLong("id"),
                        rs.getString("credit_code"), CreditListType.valueOf(rs.getString("list_type")), rs.getString("source"),
                        rs.getObject("recorded_at", LocalDateTime.class))))
                .list();
    }
}

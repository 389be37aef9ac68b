package cn.guanbiao.call;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

import cn.guanbiao.platform.Sequences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calls (申报批次) and their budget. Budget changes are conditional updates: never read-then-write. */
@Repository
public class AwardCalls {

    private static final String COLUMNS =
            "call_id, call_year, opens_at, closes_at, budget, reserved, paid, status, process_instance_id";

    private final JdbcClient jdbc;
    private final Sequences sequences;
    private final Clock clock;

    public AwardCalls(JdbcClient jdbc, Sequences sequences, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.sequences = sequences;
    }

    public String nextCallId(int year) {
        long next = sequences.next("award_call_seq");
        return "CALL-%d-%03d".formatted(year, next);
    }

    public void insert(String callId, int year, LocalDateTime opensAt, LocalDateTime closesAt, BigDecimal budget) {
        jdbc.sql("INSERT INTO award_call (call_id, call_year, opens_at, closes_at, budget, status, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(callId, year, opensAt, closesAt, budget, AwardCall.CallStatus.OPEN.name(), LocalDateTime.now(clock))
                .update();
    }

    public void setProcessInstanceId(String callId, String processInstanceId) {
        jdbc.sql("UPDATE award_call SET process_instance_id = ? WHERE call_id = ?").params(processInstanceId, callId).update();
    }

    public Optional<AwardCall> find(String callId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM award_call WHERE call_id = ?").param(callId)
                .query(AwardCall.class).optional();
    }

    public AwardCall get(String callId) {
        return find(callId).orElseThrow(() -> new IllegalStateException("No call " + callId));
    }

    /** Why an application to this call is refused now, or empty when the call takes applications. */
    public Optional<String> whyNotOpen(String callId, LocalDateTime now) {
        Optional<AwardCall> call = find(callId);
        if (call.isEmpty()) {
            return Optional.of("申报批次不存在：" + callId);
        }
        AwardCall c = call.get();
        if (c.status() != AwardCall.CallStatus.OPEN || !now.isBefore(c.closesAt())) {
            return Optional.of("申报批次 " + callId + " 已截止申报");
        }
        if (now.isBefore(c.opensAt())) {
            return Optional.of("申报批次 " + callId + " 尚未开始受理（" + c.opensAt() + " 开始）");
        }
        return Optional.empty();
    }

    /** Marks the call closed; false when it was closed already. */
    public boolean close(String callId) {
        return jdbc.sql("UPDATE award_call SET status = ? WHERE call_id = ? AND status = ?")
                .params(AwardCall.CallStatus.CLOSED.name(), callId, AwardCall.CallStatus.OPEN.name()).update() == 1;
    }

    public void markDecided(String callId) {
        jdbc.sql("UPDATE award_call SET status = ? WHERE call_id = ?").params(AwardCall.CallStatus.DECIDED.name(), callId).update();
    }

    /** Reserves budget for a funded application; false (and nothing reserved) when the budget does not cover it. */
    public boolean reserve(String callId, BigDecimal amount) {
        return jdbc.sql("UPDATE award_call SET reserved = reserved + ? WHERE call_id = ? AND reserved + ? <= budget")
                .params(amount, callId, amount).update() == 1;
    }

    public void releaseReservation(String callId, BigDecimal amount) {
        jdbc.sql("UPDATE award_call SET reserved = reserved - ? WHERE call_id = ?").params(amount, callId).update();
    }

    /** Books a payment against the budget; false (and nothing booked) when it would exceed the budget. */
    public boolean pay(String callId, BigDecimal amount) {
        return jdbc.sql("UPDATE award_call SET paid = paid + ? WHERE call_id = ? AND paid + ? <= budget")
                .params(amount, callId, amount).update() == 1;
    }
}

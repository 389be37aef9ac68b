package cn.guanbiao.applicant;

import java.time.LocalDateTime;
import java.util.List;

import cn.guanbiao.call.AwardCall;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calls that take applications now, for the application page (read-only on table {@code award_call}). */
@Repository
class OpenCalls {

    private final JdbcClient jdbc;

    OpenCalls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open, window started and not yet closed; the one closing first first. */
    List<AwardCall> at(LocalDateTime now) {
        return jdbc.sql("SELECT call_id, call_year, opens_at, closes_at, budget, reserved, paid, status, process_instance_id "
                        + "FROM award_call WHERE status = ? AND opens_at <= ? AND closes_at > ? ORDER BY closes_at, call_id")
                .params(AwardCall.CallStatus.OPEN.name(), now, now).query(AwardCall.class).list();
    }
}

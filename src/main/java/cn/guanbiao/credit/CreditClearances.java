package cn.guanbiao.credit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which credit records of its unit an application's credit decisions have taken into account (table
 * {@code credit_clearance}): the highest record id its first check saw, or that the check before payment sent to a
 * person. Written by the caller holding the application's row lock, so an update-or-insert cannot race.
 */
@Repository
class CreditClearances {

    private final JdbcClient jdbc;
    private final Clock clock;

    CreditClearances(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Long> checkedThrough(String applicationNo) {
        return jdbc.sql("SELECT checked_through FROM credit_clearance WHERE application_no = ?").param(applicationNo)
                .query(Long.class).optional();
    }

    void record(String applicationNo, long checkedThrough) {
        LocalDateTime now = LocalDateTime.now(clock);
        int updated = jdbc.sql("UPDATE credit_clearance SET checked_through = ?, checked_at = ? WHERE application_no = ?")
                .params(checkedThrough, now, applicationNo).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO credit_clearance (application_no, checked_through, checked_at) VALUES (?, ?, ?)")
                    .params(applicationNo, checkedThrough, now).update();
        }
    }
}

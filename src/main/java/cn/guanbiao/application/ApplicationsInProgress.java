package cn.guanbiao.application;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The unit's one application in progress (DOMAIN §5), kept by the database: table {@code application_in_progress}
 * has one row per unit with an application in a status of {@link ApplicationStatus#ACTIVE}, its primary key the
 * credit code. A new application takes the row in its intake's transaction, so of simultaneous submissions of one unit
 * only one can commit; the row is given up when the application leaves progress ({@link StatusChanges}).
 */
@Repository
public class ApplicationsInProgress {

    public static final String REFUSAL = "该单位已有正在办理的申请，办结前不能再次申请";

    private static final Logger log = LoggerFactory.getLogger(ApplicationsInProgress.class);

    private final JdbcClient jdbc;

    public ApplicationsInProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasOne(String creditCode) {
        return jdbc.sql("SELECT COUNT(*) FROM application_in_progress WHERE credit_code = ?").param(creditCode)
                .query(Integer.class).single() > 0;
    }

    /**
     * Takes the unit's row for the new application (its row in {@code application} already inserted), or refuses
     * naming {@code creditCode}. A simultaneous submission of the same unit that got there first makes this insert
     * wait for its end (a lock timeout of H2 is taken as the same answer: that one is being accepted right now).
     */
    public void claim(String creditCode, String applicationNo) {
        try {
            jdbc.sql("INSERT INTO application_in_progress (credit_code, application_no) VALUES (?, ?)")
                    .params(creditCode, applicationNo).update();
        } catch (DuplicateKeyException | PessimisticLockingFailureException e) {
            throw new InvalidInputException("creditCode", REFUSAL);
        }
    }

    /**
     * The application has left progress: the unit may apply again. Its row passes to another application of the unit
     * still in progress if there is one, which only a database from before this table can hold (V9 left such
     * applications without the row and reported them): until those end too, the unit still cannot apply.
     */
    void release(String applicationNo) {
        String creditCode = jdbc.sql("SELECT credit_code FROM application WHERE application_no = ?").param(applicationNo)
                .query(String.class).single();
        // locked: two applications of the unit leaving at once see each other's handover, not a stale row
        Optional<String> holder = jdbc.sql("SELECT application_no FROM application_in_progress WHERE credit_code = ? FOR UPDATE")
                .param(creditCode).query(String.class).optional();
        if (holder.isEmpty() || !holder.get().equals(applicationNo)) {
            return;
        }
        List<String> active = ApplicationStatus.ACTIVE.stream().map(Enum::name).toList();
        Optional<String> next = jdbc.sql("SELECT application_no FROM application WHERE credit_code = :code "
                        + "AND application_no <> :no AND status IN (:active) ORDER BY submitted_at, application_no")
                .param("code", creditCode).param("no", applicationNo).param("active", active)
                .query(String.class).list().stream().findFirst();
        if (next.isPresent()) {
            jdbc.sql("UPDATE application_in_progress SET application_no = ? WHERE credit_code = ?")
                    .params(next.get(), creditCode).update();
            log.info("Application {} has ended; {} of the same unit, in progress since before V9, now holds the unit's one "
                    + "application in progress / 申请 {} 已办结，同一单位在 V9 之前已在办的申请 {} 接续为其在办申请",
                    applicationNo, next.get(), applicationNo, next.get());
        } else {
            jdbc.sql("DELETE FROM application_in_progress WHERE credit_code = ?").param(creditCode).update();
        }
    }
}

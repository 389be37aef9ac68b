package cn.guanbiao.notice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** R6: the proposed awards in public notice (name, credit code, amount, end of the notice period). */
@Repository
public class PublicNotices {

    public enum NoticeStatus { IN_NOTICE, ENDED, WITHDRAWN }

    public record Notice(String applicationNo, String callId, String orgName, String creditCode, BigDecimal amount,
            LocalDate startsOn, LocalDateTime endsAt, NoticeStatus status) {
    }

    private static final String COLUMNS = "application_no, call_id, org_name, credit_code, amount, starts_on, ends_at, status";

    private final JdbcClient jdbc;

    public PublicNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void publish(Notice notice) {
        jdbc.sql("INSERT INTO public_notice (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(notice.applicationNo(), notice.callId(), notice.orgName(), notice.creditCode(), notice.amount(),
                        notice.startsOn(), notice.endsAt(), NoticeStatus.IN_NOTICE.name())
                .update();
    }

    public List<Notice> current() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM public_notice WHERE status = 'IN_NOTICE' ORDER BY ends_at, application_no")
                .query(Notice.class).list();
    }

    public List<Notice> past() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM public_notice WHERE status = 'ENDED' ORDER BY ends_at DESC, application_no")
                .query(Notice.class).list();
    }

    public boolean isInNotice(String applicationNo) {
        return jdbc.sql("SELECT COUNT(*) FROM public_notice WHERE application_no = ? AND status = 'IN_NOTICE'")
                .param(applicationNo).query(Integer.class).single() > 0;
    }

    /**
     * The status of the application's notice, if it has one, with its row locked until the transaction ends:
     * whoever changes the notice or acts on it meanwhile waits (see {@link ObjectionDesk}).
     */
    public Optional<NoticeStatus> lockStatus(String applicationNo) {
        return jdbc.sql("SELECT status FROM public_notice WHERE application_no = ? FOR UPDATE")
                .param(applicationNo).query((rs, i) -> NoticeStatus.valueOf(rs.getString("status"))).optional();
    }

    /**
     * Ends the notice at {@code at}: its planned end, or earlier where an administrator cut it short (the timer job
     * executed by hand, as the README's walk and the demo do), so that the archive never shows a paid award whose
     * notice still runs.
     */
    public void end(String applicationNo, LocalDateTime at) {
        jdbc.sql("UPDATE public_notice SET status = 'ENDED', ends_at = CASE WHEN ends_at > ? THEN ? ELSE ends_at END "
                        + "WHERE application_no = ? AND status = 'IN_NOTICE'")
                .params(at, at, applicationNo).update();
    }

    public void withdraw(String applicationNo) {
        setStatus(applicationNo, NoticeStatus.WITHDRAWN);
    }

    private void setStatus(String applicationNo, NoticeStatus status) {
        jdbc.sql("UPDATE public_notice SET status = ? WHERE application_no = ? AND status = 'IN_NOTICE'")
                .params(status.name(), applicationNo).update();
    }
}

package cn.guanbiao.usertask;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.guanbiao.application.Applications;
import cn.guanbiao.calendar.WorkingDays;
import cn.guanbiao.notification.ComposedMail;
import cn.guanbiao.notification.MailOutbox;
import cn.guanbiao.notification.ReviewerDigestMail;
import cn.guanbiao.notification.ReviewerMailComposer;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The morning digest of new tasks ({@link NewTaskMails.Mode#DIGEST}): once per working day, every official who is a
 * candidate of tasks created since the last digest — by a candidate group or by name — gets one e-mail listing them,
 * through the outbox. Nothing is recorded when a task is created: the engine's task table is read by its indexed
 * creation time, still open tasks only (one done in the meantime needs no mail).
 *
 * <p>Table {@code new_task_digest} holds the end of the span the last digest covered and the day it ran. Each node
 * may run the digest at the same moment; the conditional update of that row lets exactly one of them take the day,
 * and its mails are queued in the same transaction: if it fails, nothing is sent and the next working day's digest
 * covers its tasks too.
 */
@Service
public class NewTaskDigest {

    /** Candidate links of the tasks created in a span; the card variables give the case number and the unit. */
    private static final String NEW_TASKS = """
            SELECT t.ID_ AS task_id, t.NAME_ AS task_name, t.DUE_DATE_ AS due, e.BUSINESS_KEY_ AS business_key,
                   card_no.TEXT_ AS card_no, card_org.TEXT_ AS card_org, l.GROUP_ID_ AS group_id, l.USER_ID_ AS user_id
            FROM ACT_RU_TASK t
            JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate'
            LEFT JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_
            LEFT JOIN ACT_RU_VARIABLE card_no ON card_no.TASK_ID_ = t.ID_ AND card_no.NAME_ = 'cardApplicationNo'
            LEFT JOIN ACT_RU_VARIABLE card_org ON card_org.TASK_ID_ = t.ID_ AND card_org.NAME_ = 'cardOrgName'
            WHERE t.CREATE_TIME_ >= ? AND t.CREATE_TIME_ < ?
            ORDER BY t.CREATE_TIME_, t.ID_
            """;

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final NewTaskMails newTaskMails;
    private final Officials officials;
    private final Applications applications;
    private final ReviewerMailComposer composer;
    private final MailOutbox outbox;
    private final TasklistLinks tasklist;
    private final Duration settle;

    NewTaskDigest(JdbcClient jdbc, WorkingDays workingDays, NewTaskMails newTaskMails, Officials officials,
            Applications applications, ReviewerMailComposer composer, MailOutbox outbox, TasklistLinks tasklist,
            @Value("${app.mail.reviewers.digest-settle:PT5M}") String settle) {
        this.settle = Duration.parse(settle);
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.newTaskMails = newTaskMails;
        this.officials = officials;
        this.applications = applications;
        this.composer = composer;
        this.outbox = outbox;
        this.tasklist = tasklist;
    }

    private record Covered(Timestamp until, LocalDate lastRunOn) {
    }

    private record Candidacy(ReviewerDigestMail.NewTask task, String taskId, String groupId, String userId) {
    }

    /**
     * The digest of {@code day}, covering the tasks created until {@code app.mail.reviewers.digest-settle} (5 minutes)
     * ago by the engine's clock — a task stamped just before the run may belong to a transaction not yet committed,
     * which the next digest lists instead of missing it: the mails queued, none on
     * a day that is not a working day, on a day already taken (by this node or another), or in immediate mode, where
     * the run only moves the covered span on, so that switching to digest mode lists no task already mailed.
     */
    @Transactional
    public int run(LocalDate day) {
        if (!workingDays.isWorkingDay(day)) {
            return 0;
        }
        Timestamp until = new Timestamp(ClockUtil.getCurrentTime().getTime() - settle.toMillis());
        Optional<Covered> covered = jdbc.sql("SELECT covered_until, last_run_on FROM new_task_digest WHERE id = 1")
                .query((rs, i) -> new Covered(rs.getTimestamp("covered_until"),
                        rs.getDate("last_run_on") == null ? null : rs.getDate("last_run_on").toLocalDate()))
                .optional();
        if (covered.isEmpty() || (covered.get().lastRunOn() != null && !covered.get().lastRunOn().isBefore(day))) {
            return 0;
        }
        boolean taken = jdbc.sql("UPDATE new_task_digest SET covered_until = ?, last_run_on = ? WHERE id = 1 "
                        + "AND (last_run_on IS NULL OR last_run_on < ?)")
                .params(until, day, day).update() == 1;
        if (!taken || newTaskMails.mode() != NewTaskMails.Mode.DIGEST) {
            return 0;
        }
        return send(day, newTasks(covered.get().until(), until));
    }

    private List<Candidacy> newTasks(Timestamp from, Timestamp until) {
        return jdbc.sql(NEW_TASKS).params(from, until).query((rs, i) -> {
            String taskId = rs.getString("task_id");
            String caseNo = rs.getString("card_no") != null ? rs.getString("card_no") : rs.getString("business_key");
            String orgName = rs.getString("card_org");
            Timestamp due = rs.getTimestamp("due");
            return new Candidacy(new ReviewerDigestMail.NewTask(rs.getString("task_name"), caseNo, orgName,
                    due == null ? null : LocalDateTime.ofInstant(due.toInstant(), WorkingDays.ZONE), tasklist.task(taskId)),
                    taskId, rs.getString("group_id"), rs.getString("user_id"));
        }).list();
    }

    /** One mail per official, listing each of their new tasks once (a member of two candidate groups, say). */
    private int send(LocalDate day, List<Candidacy> candidacies) {
        Map<String, List<User>> groupMembers = new HashMap<>();
        Map<String, User> recipients = new LinkedHashMap<>();
        Map<String, Map<String, ReviewerDigestMail.NewTask>> tasksOf = new HashMap<>();
        for (Candidacy candidacy : candidacies) {
            List<User> users = candidacy.groupId() != null
                    ? groupMembers.computeIfAbsent(candidacy.groupId(),
                            g -> List.copyOf(officials.membersOf(List.of(g)).values()))
                    : List.copyOf(officials.users(List.of(candidacy.userId())).values());
            for (User user : users) {
                recipients.putIfAbsent(user.getId(), user);
                tasksOf.computeIfAbsent(user.getId(), u -> new LinkedHashMap<>())
                        .putIfAbsent(candidacy.taskId(), withUnit(candidacy.task()));
            }
        }
        int queued = 0;
        for (User user : recipients.values()) {
            if (!Officials.hasEmail(user)) {
                continue;
            }
            ComposedMail mail = composer.compose(new ReviewerDigestMail(Officials.displayName(user), day,
                    new ArrayList<>(tasksOf.get(user.getId()).values()), tasklist.list()));
            outbox.queue(null, user.getEmail(), mail.subject(), mail.html(), mail.text());
            queued++;
        }
        return queued;
    }

    /** The unit from the task's card, else from the application of its case number (as the mail of a single task). */
    private ReviewerDigestMail.NewTask withUnit(ReviewerDigestMail.NewTask task) {
        if (task.orgName() != null || task.caseNo() == null) {
            return task;
        }
        return new ReviewerDigestMail.NewTask(task.taskName(), task.caseNo(), applications.orgName(task.caseNo()).orElse(null),
                task.due(), task.taskLink());
    }
}

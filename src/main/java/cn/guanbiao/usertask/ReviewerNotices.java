package cn.guanbiao.usertask;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.Applications;
import cn.guanbiao.notification.ComposedMail;
import cn.guanbiao.notification.MailOutbox;
import cn.guanbiao.notification.ReviewerMail;
import cn.guanbiao.notification.ReviewerMailComposer;
import cn.guanbiao.platform.Groups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Tells officials about their tasks by e-mail: a new task in one of their groups (at once, or in the next morning's
 * digest: {@link NewTaskMails}), a reminder before the due date, and, once overdue, escalation to the municipal IP
 * office (which also becomes a candidate group). Reminders and escalations always go at once.
 */
@Service
public class ReviewerNotices {

    private final Officials officials;
    private final TaskService taskService;
    private final Applications applications;
    private final ReviewerMailComposer composer;
    private final MailOutbox outbox;
    private final TasklistLinks tasklist;
    private final NewTaskMails newTaskMails;

    ReviewerNotices(Officials officials, TaskService taskService, Applications applications, ReviewerMailComposer composer,
            MailOutbox outbox, TasklistLinks tasklist, NewTaskMails newTaskMails) {
        this.officials = officials;
        this.taskService = taskService;
        this.applications = applications;
        this.composer = composer;
        this.outbox = outbox;
        this.tasklist = tasklist;
        this.newTaskMails = newTaskMails;
    }

    public void taskCreated(DelegateTask task) {
        taskCreated(task, task.getExecution().getProcessBusinessKey());
    }

    /** As above, for a task about another case than its process's business key (a unit of a spot-check campaign). */
    public void taskCreated(DelegateTask task, String caseNo) {
        if (newTaskMails.mode() == NewTaskMails.Mode.DIGEST) {
            return; // the next morning's digest lists it (NewTaskDigest)
        }
        List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList();
        Map<String, User> recipients = officials.membersOf(groups);
        recipients.putAll(officials.users(task.getCandidates().stream().map(IdentityLink::getUserId).filter(u -> u != null).toList()));
        send(ReviewerMail.Kind.NEW_TASK, recipients, task.getId(), task.getName(), caseNo, task.getDueDate());
    }

    /** Reminds whoever holds the open tasks of the process instance: the assignee, else the candidates. */
    public void remind(String processInstanceId, String caseNo) {
        for (Task task : openTasks(processInstanceId)) {
            raisePriority(task, TaskPriorities.DUE_SOON);
            Map<String, User> recipients = task.getAssignee() != null ? officials.users(List.of(task.getAssignee())) : candidates(task);
            send(ReviewerMail.Kind.DUE_SOON, recipients, task.getId(), task.getName(), caseNo, task.getDueDate());
        }
    }

    /** Overdue: the municipal IP office becomes a candidate too, and everyone concerned is told. */
    public void escalate(String processInstanceId, String caseNo) {
        for (Task task : openTasks(processInstanceId)) {
            raisePriority(task, TaskPriorities.OVERDUE);
            List<String> groups = candidateGroups(task);
            if (!groups.contains(Groups.MUNICIPAL_IP_OFFICE)) {
                taskService.addCandidateGroup(task.getId(), Groups.MUNICIPAL_IP_OFFICE);
            }
            Map<String, User> recipients = candidates(task);
            if (task.getAssignee() != null) {
                recipients.putAll(officials.users(List.of(task.getAssignee())));
            }
            send(ReviewerMail.Kind.OVERDUE, recipients, task.getId(), task.getName(), caseNo, task.getDueDate());
        }
    }

    private void raisePriority(Task task, int priority) {
        if (task.getPriority() < priority) {
            taskService.setPriority(task.getId(), priority);
        }
    }

    /** Members of the candidate groups and the candidate users (named by a draw) of the task. */
    private Map<String, User> candidates(Task task) {
        List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
        Map<String, User> candidates = officials.membersOf(links.stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList());
        candidates.putAll(officials.users(links.stream().map(IdentityLink::getUserId).filter(u -> u != null).toList()));
        return candidates;
    }

    private void send(ReviewerMail.Kind kind, Map<String, User> recipients, String taskId, String taskName, String caseNo,
            java.util.Date due) {
        String orgName = applications.orgName(caseNo).orElse(null);
        LocalDateTime dueAt = due == null ? null : LocalDateTime.ofInstant(due.toInstant(), ZoneId.of("Asia/Shanghai"));
        for (User user : recipients.values()) {
            if (!Officials.hasEmail(user)) {
                continue;
            }
            ComposedMail mail = composer.compose(new ReviewerMail(kind, Officials.displayName(user), taskName, caseNo, orgName, dueAt,
                    tasklist.task(taskId)));
            outbox.queue(caseNo, user.getEmail(), mail.subject(), mail.html(), mail.text());
        }
    }

    private List<Task> openTasks(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).list();
    }

    private List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }
}

package cn.guanbiao.complaint;

import java.time.Clock;
import java.time.LocalDateTime;

import cn.guanbiao.review.Deciders;
import cn.guanbiao.review.FourEyes;
import cn.guanbiao.review.ReviewerNotices;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 投诉核查. Create: the summary the form shows, an e-mail to the municipal office. Claim and complete: nobody
 * related to the unit complained about verifies it (回避). Complete: {@code decision} CONFIRMED / UNFOUNDED (or the
 * boolean {@code confirmed}) and the {@code findings}, required either way; recorded with the user and the time.
 */
@Component("complaintVerification")
class ComplaintVerificationListener implements TaskListener {

    static final int MAX_FINDINGS = 2000;

    private final Complaints complaints;
    private final ComplaintSummaries summaries;
    private final FourEyes fourEyes;
    private final ReviewerNotices reviewerNotices;
    private final IdentityService identityService;
    private final Clock clock;

    ComplaintVerificationListener(Complaints complaints, ComplaintSummaries summaries, FourEyes fourEyes,
            ReviewerNotices reviewerNotices, IdentityService identityService, Clock clock) {
        this.complaints = complaints;
        this.summaries = summaries;
        this.fourEyes = fourEyes;
        this.reviewerNotices = reviewerNotices;
        this.identityService = identityService;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                summaries.refresh(task.getExecution());
                reviewerNotices.taskCreated(task);
            }
            case EVENTNAME_ASSIGNMENT -> recuse(task.getAssignee(), task);
            case EVENTNAME_COMPLETE -> complete(task);
            default -> { }
        }
    }

    private void complete(DelegateTask task) {
        String user = Deciders.of(identityService, task);
        recuse(user, task);
        boolean confirmed = confirmed(task);
        String findings = findings(task);
        ComplaintVariables.of(task).verified(confirmed, findings, user);
        complaints.decide(task.getExecution().getProcessBusinessKey(),
                confirmed ? ComplaintStatus.CONFIRMED : ComplaintStatus.UNFOUNDED, findings, user, LocalDateTime.now(clock));
    }

    /** A complaint about an award: the reviewer relations of R7 apply as to the award's own reviews. */
    private void recuse(String user, DelegateTask task) {
        String applicationNo = complaints.get(task.getExecution().getProcessBusinessKey()).applicationNo();
        if (applicationNo != null) {
            fourEyes.check(user, task.getTaskDefinitionKey(), applicationNo);
        }
    }

    private static boolean confirmed(DelegateTask task) {
        Object decision = ComplaintVariables.of(task).decisionEntered();
        if (decision != null) {
            return switch (decision.toString()) {
                case "CONFIRMED" -> true;
                case "UNFOUNDED" -> false;
                default -> throw new BadUserRequestException("未知的核查结论：" + decision + "（应为 CONFIRMED 或 UNFOUNDED）");
            };
        }
        if (ComplaintVariables.of(task).confirmedEntered() instanceof Boolean confirmed) {
            return confirmed;
        }
        throw new BadUserRequestException("请选择核查结论：属实或不属实（decision 为 CONFIRMED 或 UNFOUNDED，或 confirmed 为 true/false）");
    }

    private static String findings(DelegateTask task) {
        Object value = ComplaintVariables.of(task).findingsEntered();
        String findings = value == null ? "" : value.toString().strip();
        if (findings.isEmpty()) {
            throw new BadUserRequestException("请填写核查情况（findings）：属实或不属实都须写明核查了什么、依据是什么");
        }
        if (findings.codePointCount(0, findings.length()) > MAX_FINDINGS) {
            throw new BadUserRequestException("核查情况（findings）不能超过 " + MAX_FINDINGS + " 字");
        }
        return findings;
    }
}

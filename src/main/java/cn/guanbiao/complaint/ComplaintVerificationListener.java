package cn.guanbiao.complaint;

import cn.guanbiao.platform.CommonVariables;
import java.util.List;

import cn.guanbiao.usertask.FourEyes;
import cn.guanbiao.usertask.Completion;
import cn.guanbiao.usertask.FormFields;
import cn.guanbiao.usertask.UserTasks;
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
    private final UserTasks userTasks;

    ComplaintVerificationListener(Complaints complaints, ComplaintSummaries summaries, FourEyes fourEyes, UserTasks userTasks) {
        this.complaints = complaints;
        this.summaries = summaries;
        this.fourEyes = fourEyes;
        this.userTasks = userTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                summaries.refresh(task.getExecution());
                userTasks.announce(task);
            }
            case EVENTNAME_ASSIGNMENT -> recuse(task.getAssignee(), task);
            case EVENTNAME_COMPLETE -> complete(task);
            default -> { }
        }
    }

    private void complete(DelegateTask task) {
        Completion completion = userTasks.completing(task);
        String user = completion.decider();
        recuse(user, task);
        boolean confirmed = confirmed(completion);
        String findings = completion.requiredText(CommonVariables.FINDINGS, "核查情况",
                "：属实或不属实都须写明核查了什么、依据是什么", MAX_FINDINGS);
        ComplaintVariables.of(task).verified(confirmed, findings, user);
        complaints.decide(task.getExecution().getProcessBusinessKey(),
                confirmed ? ComplaintStatus.CONFIRMED : ComplaintStatus.UNFOUNDED, findings, user, completion.now());
    }

    /** A complaint about an award: the reviewer relations of R7 apply as to the award's own reviews. */
    private void recuse(String user, DelegateTask task) {
        String applicationNo = complaints.get(task.getExecution().getProcessBusinessKey()).applicationNo();
        if (applicationNo != null) {
            fourEyes.check(user, task.getTaskDefinitionKey(), applicationNo);
        }
    }

    /** Tasklist's form submits {@code decision}; a REST client may send the boolean {@code confirmed} instead. */
    private static boolean confirmed(Completion completion) {
        if (completion.value(CommonVariables.DECISION) != null) {
            return "CONFIRMED".equals(completion.choice(CommonVariables.DECISION, "核查结论",
                    List.of("CONFIRMED", "UNFOUNDED"), "CONFIRMED 属实或 UNFOUNDED 不属实"));
        }
        if (completion.value(ComplaintVariables.CONFIRMED) instanceof Boolean confirmed) {
            return confirmed;
        }
        throw FormFields.refused("请选择核查结论：属实或不属实（decision 为 CONFIRMED 或 UNFOUNDED，或 confirmed 为 true/false）");
    }
}

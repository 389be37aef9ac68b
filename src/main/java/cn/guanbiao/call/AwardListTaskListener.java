package cn.guanbiao.call;

import cn.guanbiao.platform.JsonVariables;
import cn.guanbiao.usertask.ReviewOutcome;
import cn.guanbiao.usertask.UserTasks;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On ApproveAwardList. Create and claim: (re)compute the ranked list the form shows. Complete: refused while
 * an application of the call is still under review (DOMAIN §5).
 */
@Component("awardListTask")
class AwardListTaskListener implements TaskListener {

    private final AwardLists awardLists;
    private final JsonVariables json;
    private final UserTasks userTasks;

    AwardListTaskListener(AwardLists awardLists, JsonVariables json, UserTasks userTasks) {
        this.awardLists = awardLists;
        this.json = json;
        this.userTasks = userTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        String callId = CallVariables.of(task).callId();
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                refreshList(task, callId);
                userTasks.announce(task);
            }
            case EVENTNAME_ASSIGNMENT -> refreshList(task, callId);
            case EVENTNAME_COMPLETE -> complete(task, callId);
            default -> { }
        }
    }

    private void refreshList(DelegateTask task, String callId) {
        CallVariables.of(task.getExecution()).setAwardList(json.of(awardLists.view(callId)));
    }

    private void complete(DelegateTask task, String callId) {
        int pending = awardLists.pendingReviews(callId);
        if (pending > 0) {
            throw new BadUserRequestException("本批次还有 " + pending + " 件申请在审核中，全部审核完毕后才能审定奖励名单");
        }
        ReviewOutcome outcome = ReviewOutcome.read(task, false);
        CallVariables.of(task.getExecution()).setApproved(outcome == ReviewOutcome.APPROVED);
    }
}

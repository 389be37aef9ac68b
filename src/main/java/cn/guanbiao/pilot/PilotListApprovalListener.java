package cn.guanbiao.pilot;

import cn.guanbiao.review.Deciders;
import cn.guanbiao.review.ReviewerNotices;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 审定试点企业名单, once by the municipal IP office ({@code MunicipalPilotApproval}) and once by the economy
 * commission ({@code EconomyPilotApproval}): {@code decision} APPROVE or RETURN (to the district, with a comment).
 */
@Component("pilotListApproval")
class PilotListApprovalListener implements TaskListener {

    static final String MUNICIPAL = "MunicipalPilotApproval";
    static final String ECONOMY = "EconomyPilotApproval";

    private final PilotBatches batches;
    private final ReviewerNotices reviewerNotices;
    private final IdentityService identityService;

    PilotListApprovalListener(PilotBatches batches, ReviewerNotices reviewerNotices, IdentityService identityService) {
        this.batches = batches;
        this.reviewerNotices = reviewerNotices;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            reviewerNotices.taskCreated(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            complete(task);
        }
    }

    private void complete(DelegateTask task) {
        var variables = PilotBatchVariables.of(task);
        String batchNo = variables.batchNo();
        Object decision = variables.decisionEntered();
        String comment = variables.commentEntered() == null ? "" : variables.commentEntered().toString().strip();
        boolean approved;
        if ("APPROVE".equals(decision)) {
            approved = true;
        } else if ("RETURN".equals(decision)) {
            approved = false;
            if (comment.isEmpty()) {
                throw new BadUserRequestException("退回区县时请填写意见（comment）");
            }
        } else {
            throw new BadUserRequestException("请选择审定结论（decision）：APPROVE 或 RETURN");
        }
        var process = PilotBatchVariables.of(task.getExecution());
        process.setApproved(MUNICIPAL.equals(task.getTaskDefinitionKey()), approved);
        batches.decide(batchNo, task.getTaskDefinitionKey(), Deciders.of(identityService, task), approved ? "APPROVED" : "RETURNED",
                comment);
        // kept in pilot_batch_decision; removed here so that neither the other approver's form nor a later round is
        // pre-filled with this decision
        process.removeDecision();
        if (!approved) {
            batches.returned(batchNo);
            process.setReturnComment(task.getName() + "退回：" + comment);
        }
    }
}

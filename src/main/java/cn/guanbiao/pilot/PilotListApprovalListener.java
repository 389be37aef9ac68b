package cn.guanbiao.pilot;

import cn.guanbiao.platform.CommonVariables;
import java.util.List;

import cn.guanbiao.usertask.Completion;
import cn.guanbiao.usertask.UserTasks;
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
    private final UserTasks userTasks;

    PilotListApprovalListener(PilotBatches batches, UserTasks userTasks) {
        this.batches = batches;
        this.userTasks = userTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            userTasks.announce(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            complete(task);
        }
    }

    private void complete(DelegateTask task) {
        String batchNo = PilotBatchVariables.of(task).batchNo();
        Completion completion = userTasks.completing(task);
        boolean approved = "APPROVE".equals(
                completion.choice(CommonVariables.DECISION, "审定结论", List.of("APPROVE", "RETURN"), "APPROVE 或 RETURN"));
        String comment = approved ? completion.text(CommonVariables.COMMENT)
                : completion.requiredText(CommonVariables.COMMENT, "意见", "：退回区县时须说明理由");
        var process = PilotBatchVariables.of(task.getExecution());
        process.setApproved(MUNICIPAL.equals(task.getTaskDefinitionKey()), approved);
        batches.decide(batchNo, task.getTaskDefinitionKey(), completion.decider(), approved ? "APPROVED" : "RETURNED", comment);
        // kept in pilot_batch_decision; removed here so that neither the other approver's form nor a later round is
        // pre-filled with this decision
        process.removeDecision();
        if (!approved) {
            batches.returned(batchNo);
            process.setReturnComment(task.getName() + "退回：" + comment);
        }
    }
}

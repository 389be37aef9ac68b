package cn.guanbiao.spotcheck;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.guanbiao.application.Application;
import cn.guanbiao.application.Applications;
import cn.guanbiao.award.Money;
import cn.guanbiao.usertask.ReviewOutcome;
import cn.guanbiao.usertask.Completion;
import cn.guanbiao.usertask.UserTasks;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * On {@code SpotCheckInspection} (现场检查). Create: what the form shows about the unit, its inputs declared in
 * this unit's scope, the drawn inspectors told by e-mail. Claim and complete: whoever must stand aside (回避) may
 * not. Complete: the checklist checked, recorded with who and when (the audit trail), and the result for the gateways.
 */
@Component("spotCheckInspection")
class SpotCheckInspectionListener implements TaskListener {

    private final SpotCheckRecords records;
    private final Applications applications;
    private final Recusals recusals;
    private final UserTasks userTasks;
    private final IdentityService identityService;

    SpotCheckInspectionListener(SpotCheckRecords records, Applications applications, Recusals recusals,
            UserTasks userTasks, IdentityService identityService) {
        this.records = records;
        this.applications = applications;
        this.recusals = recusals;
        this.userTasks = userTasks;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> prepare(task);
            case EVENTNAME_ASSIGNMENT -> checkNotRecused(task.getAssignee(), task);
            case EVENTNAME_COMPLETE -> complete(task);
            default -> { }
        }
    }

    private void prepare(DelegateTask task) {
        var variables = SpotCheckVariables.of(task);
        String campaignNo = variables.campaignNo();
        String applicationNo = variables.applicationNo();
        Application application = applications.get(applicationNo);
        // The inspections run in parallel. A variable the form submits that does not exist yet would be created on
        // the process instance, shared by all of them; declared here, in this unit's scope, each keeps its own.
        SpotCheckVariables.of(task.getExecution()).unitShown(application.orgName(), application.creditCode(),
                application.form().certificationBody(),
                application.awardAmount() == null ? "" : Money.yuan(application.awardAmount()),
                names(records.inspectors(campaignNo, applicationNo)));
        task.setDescription(application.orgName() + "（" + applicationNo + "）");
        userTasks.announce(task, applicationNo);
    }

    private void complete(DelegateTask task) {
        Completion completion = userTasks.completing(task);
        String user = completion.decider();
        checkNotRecused(user, task);
        InspectionChecklist.Inspection inspection = InspectionChecklist.read(completion);
        var variables = SpotCheckVariables.of(task);
        String campaignNo = variables.campaignNo();
        String applicationNo = variables.applicationNo();
        LocalDateTime now = completion.now();
        records.recordInspection(campaignNo, applicationNo, inspection, user, now);
        completion.record(applicationNo,
                inspection.conclusion() == SpotCheckConclusion.COMPLIANT ? ReviewOutcome.APPROVED : ReviewOutcome.REJECTED,
                comment(campaignNo, inspection, records.inspectors(campaignNo, applicationNo)), now);
        SpotCheckVariables.of(task.getExecution()).inspected(inspection.conclusion(), inspection.hasBodyFindings());
    }

    private void checkNotRecused(String userId, DelegateTask task) {
        if (userId == null) {
            return;
        }
        String creditCode = applications.creditCode(SpotCheckVariables.of(task).applicationNo());
        String reason = recusals.of(creditCode).get(userId);
        if (reason != null) {
            throw new BadUserRequestException("回避：" + userId + " 不能检查该单位（" + reason + "），请由其他检查人员办理");
        }
    }

    private static String comment(String campaignNo, InspectionChecklist.Inspection inspection, List<String> inspectors) {
        StringBuilder comment = new StringBuilder("抽查批次 ").append(campaignNo).append("，检查结论：")
                .append(inspection.conclusion().label()).append("。检查组：").append(String.join("、", inspectors)).append("。");
        if (!inspection.unmet().isEmpty()) {
            comment.append("未达到：").append(InspectionChecklist.Inspection.describe(inspection.unmet())).append("。");
        }
        if (!inspection.findings().isEmpty()) {
            comment.append("检查发现：").append(inspection.findings());
        }
        return comment.toString();
    }

    /** "郑一（inspector1）、陈三（inspector3）", read without the authorizations of whoever completes the previous step. */
    private String names(List<String> userIds) {
        Map<String, String> names = new HashMap<>();
        List<User> users = Context.getCommandContext().runWithoutAuthorization(
                () -> identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list());
        users.forEach(u -> names.put(u.getId(), ((u.getLastName() == null ? "" : u.getLastName())
                + (u.getFirstName() == null ? "" : u.getFirstName())).strip()));
        return String.join("、", userIds.stream()
                .map(id -> names.getOrDefault(id, "").isEmpty() ? id : names.get(id) + "（" + id + "）").toList());
    }
}

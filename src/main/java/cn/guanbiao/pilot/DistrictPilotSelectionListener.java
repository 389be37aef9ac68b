package cn.guanbiao.pilot;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guanbiao.platform.JsonVariables;
import cn.guanbiao.usertask.Completion;
import cn.guanbiao.usertask.FormFields;
import cn.guanbiao.usertask.UserTasks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 确定本区县试点企业名单 by the district office. Create: the proposal, the options and the contact lines; the group is
 * told. Complete: the list as {@link PilotListCheck} allows it is kept with its contacts and goes to the approvers.
 */
@Component("districtPilotSelection")
class DistrictPilotSelectionListener implements TaskListener {

    private final PilotBatches batches;
    private final PilotLists lists;
    private final JsonVariables json;
    private final UserTasks userTasks;

    DistrictPilotSelectionListener(PilotBatches batches, PilotLists lists, JsonVariables json, UserTasks userTasks) {
        this.batches = batches;
        this.lists = lists;
        this.json = json;
        this.userTasks = userTasks;
    }

    @Override
    public void notify(DelegateTask task) {
        var variables = PilotBatchVariables.of(task);
        String batchNo = variables.batchNo();
        String districtCode = variables.districtCode();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            var process = PilotBatchVariables.of(task.getExecution());
            process.setPilotList(json.of(lists.summary(batchNo)));
            process.setOptions(json.of(lists.options(batchNo, districtCode)));
            process.setContacts(lists.contactLines(batchNo, districtCode));
            if (variables.returnComment() == null) {
                process.setReturnComment("");
            }
            userTasks.announce(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            complete(task, batchNo);
        }
    }

    private void complete(DelegateTask task, String batchNo) {
        Completion completion = userTasks.completing(task);
        List<PilotBatches.Entry> entries = batches.entries(batchNo);
        Map<String, PilotBatches.Entry> byCode = new LinkedHashMap<>();
        entries.forEach(e -> byCode.put(e.creditCode(), e));
        Set<String> selected = completion.checked(PilotVariables.SELECTED, "名单", "统一社会信用代码");
        Set<String> proposed = new LinkedHashSet<>();
        entries.stream().filter(PilotBatches.Entry::proposed).forEach(e -> proposed.add(e.creditCode()));
        String reason = completion.text(PilotVariables.ADJUSTMENT_REASON);
        Map<String, PilotListCheck.Contact> contacts;
        try {
            contacts = PilotListCheck.check(byCode.keySet(), proposed, selected, reason,
                    completion.text(PilotVariables.CONTACTS));
        } catch (PilotListCheck.Refused refused) {
            throw FormFields.refused(refused.getMessage());
        }
        for (PilotBatches.Entry entry : entries) {
            PilotListCheck.Contact c = contacts.get(entry.creditCode());
            batches.select(batchNo, entry.creditCode(), c != null, c == null ? null : c.name(), c == null ? null : c.phone(),
                    c == null ? null : c.email());
        }
        batches.listSent(batchNo, reason.isEmpty() ? null : reason);
        batches.decide(batchNo, task.getTaskDefinitionKey(), completion.decider(), "SENT",
                "报送 " + selected.size() + " 家" + (reason.isEmpty() ? "（按建议名单）" : "；调整理由：" + reason));
        var process = PilotBatchVariables.of(task.getExecution());
        process.setPilotList(json.of(lists.summary(batchNo)));
        process.setReturnComment("");
    }
}

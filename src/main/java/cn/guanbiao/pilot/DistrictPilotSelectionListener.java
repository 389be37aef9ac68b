package cn.guanbiao.pilot;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.guanbiao.platform.JsonVariables;
import cn.guanbiao.review.Deciders;
import cn.guanbiao.review.ReviewerNotices;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
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
    private final ObjectMapper mapper;
    private final ReviewerNotices reviewerNotices;
    private final IdentityService identityService;

    DistrictPilotSelectionListener(PilotBatches batches, PilotLists lists, JsonVariables json,
            ObjectMapper mapper, ReviewerNotices reviewerNotices, IdentityService identityService) {
        this.batches = batches;
        this.lists = lists;
        this.json = json;
        this.mapper = mapper;
        this.reviewerNotices = reviewerNotices;
        this.identityService = identityService;
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
            reviewerNotices.taskCreated(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            complete(task, batchNo);
        }
    }

    private void complete(DelegateTask task, String batchNo) {
        List<PilotBatches.Entry> entries = batches.entries(batchNo);
        Map<String, PilotBatches.Entry> byCode = new LinkedHashMap<>();
        entries.forEach(e -> byCode.put(e.creditCode(), e));
        var variables = PilotBatchVariables.of(task);
        Set<String> selected = codes(variables.selectedEntered());
        Set<String> proposed = new LinkedHashSet<>();
        entries.stream().filter(PilotBatches.Entry::proposed).forEach(e -> proposed.add(e.creditCode()));
        String reason = text(variables.adjustmentReasonEntered());
        Map<String, PilotListCheck.Contact> contacts;
        try {
            contacts = PilotListCheck.check(byCode.keySet(), proposed, selected, reason,
                    text(variables.contactsEntered()));
        } catch (PilotListCheck.Refused refused) {
            throw new BadUserRequestException(refused.getMessage());
        }
        for (PilotBatches.Entry entry : entries) {
            PilotListCheck.Contact c = contacts.get(entry.creditCode());
            batches.select(batchNo, entry.creditCode(), c != null, c == null ? null : c.name(), c == null ? null : c.phone(),
                    c == null ? null : c.email());
        }
        batches.listSent(batchNo, reason.isEmpty() ? null : reason);
        batches.decide(batchNo, task.getTaskDefinitionKey(), Deciders.of(identityService, task), "SENT",
                "报送 " + selected.size() + " 家" + (reason.isEmpty() ? "（按建议名单）" : "；调整理由：" + reason));
        var process = PilotBatchVariables.of(task.getExecution());
        process.setPilotList(json.of(lists.summary(batchNo)));
        process.setReturnComment("");
    }

    /** The checklist's value: a JSON array (Json variable, a String, or a collection). */
    Set<String> codes(Object value) {
        Set<String> codes = new LinkedHashSet<>();
        if (value == null) {
            return codes;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(v -> codes.add(String.valueOf(v).strip()));
            return codes;
        }
        try {
            JsonNode node = mapper.readTree(value.toString());
            if (!node.isArray()) {
                throw new BadUserRequestException("名单（selectedCreditCodes）须为统一社会信用代码的列表");
            }
            node.forEach(n -> codes.add(n.asText().strip()));
            return codes;
        } catch (JsonProcessingException e) {
            throw new BadUserRequestException("名单（selectedCreditCodes）须为统一社会信用代码的列表");
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}

package cn.guanbiao.pilot;

import java.util.ArrayList;
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
 * told. Complete: the list must be drawn from the batch's enterprises, a list that differs from the proposal needs the
 * reasons, and every enterprise on it a contact person (name and a phone or e-mail).
 */
@Component("districtPilotSelection")
class DistrictPilotSelectionListener implements TaskListener {

    private final PilotBatches batches;
    private final PilotEnterprises enterprises;
    private final PilotLists lists;
    private final JsonVariables json;
    private final ObjectMapper mapper;
    private final ReviewerNotices reviewerNotices;
    private final IdentityService identityService;

    DistrictPilotSelectionListener(PilotBatches batches, PilotEnterprises enterprises, PilotLists lists, JsonVariables json,
            ObjectMapper mapper, ReviewerNotices reviewerNotices, IdentityService identityService) {
        this.batches = batches;
        this.enterprises = enterprises;
        this.lists = lists;
        this.json = json;
        this.mapper = mapper;
        this.reviewerNotices = reviewerNotices;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String batchNo = (String) task.getVariable(PilotVariables.BATCH_NO);
        String districtCode = (String) task.getVariable(PilotVariables.DISTRICT_CODE);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.getExecution().setVariable(PilotVariables.PILOT_LIST, json.of(lists.summary(batchNo)));
            task.getExecution().setVariable(PilotVariables.OPTIONS, json.of(lists.options(batchNo, districtCode)));
            task.getExecution().setVariable(PilotVariables.CONTACTS, lists.contactLines(batchNo, districtCode));
            if (task.getVariable(PilotVariables.RETURN_COMMENT) == null) {
                task.getExecution().setVariable(PilotVariables.RETURN_COMMENT, "");
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
        Set<String> selected = codes(task.getVariable(PilotVariables.SELECTED));
        List<String> unknown = selected.stream().filter(code -> !byCode.containsKey(code)).toList();
        if (!unknown.isEmpty()) {
            throw new BadUserRequestException("以下企业不在本区县待试点企业中：" + String.join("、", unknown));
        }
        Set<String> proposed = new LinkedHashSet<>();
        entries.stream().filter(PilotBatches.Entry::proposed).forEach(e -> proposed.add(e.creditCode()));
        String reason = text(task.getVariable(PilotVariables.ADJUSTMENT_REASON));
        if (!selected.equals(proposed) && reason.isEmpty()) {
            throw new BadUserRequestException("名单与建议名单不同（建议 " + proposed.size() + " 家，报送 " + selected.size()
                    + " 家或企业不同），请填写调整理由（adjustmentReason）");
        }
        if (reason.length() > 2000) {
            throw new BadUserRequestException("调整理由不超过 2000 字");
        }
        Map<String, String[]> contacts = contacts(text(task.getVariable(PilotVariables.CONTACTS)));
        List<String> withoutContact = new ArrayList<>();
        for (String code : selected) {
            String[] c = contacts.get(code);
            if (c == null || c[0].isEmpty() || c[1].isEmpty() && c[2].isEmpty()) {
                withoutContact.add(code);
            }
        }
        if (!withoutContact.isEmpty()) {
            throw new BadUserRequestException("请在“联系人”中为以下企业填写联系人及电话或邮箱：" + String.join("、", withoutContact));
        }
        for (PilotBatches.Entry entry : entries) {
            boolean on = selected.contains(entry.creditCode());
            String[] c = on ? contacts.get(entry.creditCode()) : new String[] {null, null, null};
            batches.select(batchNo, entry.creditCode(), on, c[0], blankToNull(c[1]), blankToNull(c[2]));
        }
        batches.listSent(batchNo, reason.isEmpty() ? null : reason);
        batches.decide(batchNo, task.getTaskDefinitionKey(), Deciders.of(identityService, task), "SENT",
                "报送 " + selected.size() + " 家" + (reason.isEmpty() ? "（按建议名单）" : "；调整理由：" + reason));
        task.getExecution().setVariable(PilotVariables.PILOT_LIST, json.of(lists.summary(batchNo)));
        task.getExecution().setVariable(PilotVariables.RETURN_COMMENT, "");
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

    /** "统一社会信用代码,联系人,电话,邮箱" per line; Chinese commas and tabs also separate. */
    static Map<String, String[]> contacts(String lines) {
        Map<String, String[]> contacts = new LinkedHashMap<>();
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("[,，\\t]", -1);
            String[] contact = new String[3];
            for (int i = 0; i < 3; i++) {
                contact[i] = cells.length > i + 1 ? cells[i + 1].strip() : "";
                if (contact[i].length() > (i == 2 ? 200 : i == 1 ? 40 : 100)) {
                    throw new BadUserRequestException("联系人信息过长：" + line.strip());
                }
            }
            contacts.put(cells[0].strip(), contact);
        }
        return contacts;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

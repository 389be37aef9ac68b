package cn.guanbiao.pilot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a district's list must satisfy before it goes to the two approvers (003_… 二, 工作方案 三(二)): drawn from the
 * batch's enterprises; reasons when it differs from the proposal; a contact person (name and a phone or e-mail) for each
 * enterprise on it, given one line per enterprise: {@code 统一社会信用代码,联系人,手机,邮箱} (Chinese commas and tabs
 * also separate).
 */
final class PilotListCheck {

    record Contact(String name, String phone, String email) {
    }

    /** Why the list cannot be sent, in the words the district office reads. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    static final int MAX_REASON = 2000;

    private PilotListCheck() {
    }

    /** The contact of each enterprise on the list, or {@link Refused} with the first thing wrong. */
    static Map<String, Contact> check(Set<String> selectable, Set<String> proposed, Set<String> selected, String reason,
            String contactLines) {
        List<String> unknown = selected.stream().filter(code -> !selectable.contains(code)).toList();
        if (!unknown.isEmpty()) {
            throw new Refused("以下企业不在本区县待试点企业中：" + String.join("、", unknown));
        }
        if (!selected.equals(proposed) && reason.isBlank()) {
            throw new Refused("名单与建议名单不同（建议 " + proposed.size() + " 家，报送 " + selected.size()
                    + " 家或企业不同），请填写调整理由（adjustmentReason）");
        }
        if (reason.length() > MAX_REASON) {
            throw new Refused("调整理由不超过 " + MAX_REASON + " 字");
        }
        Map<String, Contact> all = contacts(contactLines);
        Map<String, Contact> onList = new LinkedHashMap<>();
        List<String> withoutContact = selected.stream().filter(code -> {
            Contact c = all.get(code);
            return c == null || c.name() == null || c.phone() == null && c.email() == null;
        }).toList();
        if (!withoutContact.isEmpty()) {
            throw new Refused("请在“联系人”中为以下企业填写联系人及电话或邮箱：" + String.join("、", withoutContact));
        }
        selected.forEach(code -> onList.put(code, all.get(code)));
        return onList;
    }

    /** Every line, by credit code; an empty cell is {@code null}. */
    static Map<String, Contact> contacts(String lines) {
        Map<String, Contact> contacts = new LinkedHashMap<>();
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("[,，\\t]", -1);
            String name = cell(cells, 1, 100, line);
            String phone = cell(cells, 2, 40, line);
            String email = cell(cells, 3, 200, line);
            contacts.put(cells[0].strip(), new Contact(name, phone, email));
        }
        return contacts;
    }

    private static String cell(String[] cells, int i, int max, String line) {
        String value = cells.length > i ? cells[i].strip() : "";
        if (value.length() > max) {
            throw new Refused("联系人信息过长：" + line.strip());
        }
        return value.isEmpty() ? null : value;
    }
}

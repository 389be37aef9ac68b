package cn.guanbiao.pilot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.guanbiao.calendar.Deadlines;
import cn.guanbiao.pilot.PilotEnterprises.PilotEnterprise;
import cn.guanbiao.reference.Districts;
import org.springframework.stereotype.Component;

/** What the forms of {@code pilot-batch} show: the district's list with the proposal beside it, and its options. */
@Component
class PilotLists {

    private final PilotBatches batches;
    private final PilotEnterprises enterprises;
    private final Districts districts;

    PilotLists(PilotBatches batches, PilotEnterprises enterprises, Districts districts) {
        this.batches = batches;
        this.enterprises = enterprises;
        this.districts = districts;
    }

    /** Strings only (Tasklist shows {@code null} as a warning sign). */
    Map<String, Object> summary(String batchNo) {
        PilotBatches.Batch batch = batches.find(batchNo).orElseThrow();
        Map<String, PilotEnterprise> byCode = byCode(batch.districtCode());
        List<PilotBatches.Entry> entries = batches.entries(batchNo);
        long piloted = byCode.values().stream().filter(e -> e.piloted()).count();
        List<Map<String, String>> rows = new ArrayList<>();
        for (PilotBatches.Entry entry : entries) {
            if (!entry.selected() && !entry.proposed()) {
                continue;
            }
            PilotEnterprise e = byCode.get(entry.creditCode());
            Map<String, String> row = new LinkedHashMap<>();
            row.put("creditCode", entry.creditCode());
            row.put("name", e == null ? "" : e.name());
            row.put("eligibleAs", e == null ? "" : e.eligibleAs());
            row.put("proposed", entry.proposed() ? "是" : "否");
            row.put("selected", entry.selected() ? "列入" : "未列入");
            row.put("contact", entry.selected() ? contact(entry) : "");
            rows.add(row);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("batchNo", batchNo);
        summary.put("year", String.valueOf(batch.pilotYear()));
        summary.put("district", districts.find(batch.districtCode()).map(Districts.District::name).orElse(batch.districtCode()));
        summary.put("deadline", Deadlines.show(batch.deadline()));
        summary.put("eligible", String.valueOf(batch.eligibleCount()));
        summary.put("alreadyPiloted", String.valueOf(piloted));
        summary.put("proposedCount", String.valueOf(batch.proposedCount()));
        summary.put("selectedCount", String.valueOf(entries.stream().filter(PilotBatches.Entry::selected).count()));
        summary.put("adjustmentReason", batch.adjustmentReason() == null ? "" : batch.adjustmentReason());
        summary.put("rows", rows);
        return summary;
    }

    /** The checklist options: every enterprise of the batch, the proposed ones marked. */
    List<Map<String, String>> options(String batchNo, String districtCode) {
        Map<String, PilotEnterprise> byCode = byCode(districtCode);
        return batches.entries(batchNo).stream().map(entry -> {
            PilotEnterprise e = byCode.get(entry.creditCode());
            String label = (entry.proposed() ? "［建议名单］" : "")
                    + (e == null ? entry.creditCode() : e.name() + "（" + entry.creditCode() + "，" + e.eligibleAs() + "）");
            return Map.of("label", label, "value", entry.creditCode());
        }).toList();
    }

    /** One line per enterprise of the batch: what the district knows of its contact person, to correct or complete. */
    String contactLines(String batchNo, String districtCode) {
        Map<String, PilotEnterprise> byCode = byCode(districtCode);
        return batches.entries(batchNo).stream().map(entry -> {
            PilotEnterprise e = byCode.get(entry.creditCode());
            String name = first(entry.contactName(), e == null ? null : e.contactName());
            String phone = first(entry.contactPhone(), e == null ? null : e.contactPhone());
            String email = first(entry.contactEmail(), e == null ? null : e.contactEmail());
            return String.join(",", entry.creditCode(), name, phone, email);
        }).collect(Collectors.joining("\n"));
    }

    private Map<String, PilotEnterprise> byCode(String districtCode) {
        return enterprises.ofDistrict(districtCode).stream()
                .collect(Collectors.toMap(PilotEnterprise::creditCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static String contact(PilotBatches.Entry entry) {
        return String.join(" ", nonNull(entry.contactName()), nonNull(entry.contactPhone()), nonNull(entry.contactEmail())).strip();
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b == null ? "" : b;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}

package cn.guanbiao.spotcheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The checklist of form {@code spot-check-inspection} (R8; 000_… 二(二)6–9, 二(四)18–19): one checkbox per item,
 * ticked when the inspector found it met. Reads and checks what the inspector submitted.
 */
public final class InspectionChecklist {

    public enum Area { MANAGEMENT_SYSTEM, EFFECT, CERTIFICATION_BODY }

    public enum Item {
        SYSTEM_POLICIES("systemPolicies", Area.MANAGEMENT_SYSTEM, "制度未建立或未执行"),
        SYSTEM_ORGANISATION("systemOrganisation", Area.MANAGEMENT_SYSTEM, "知识产权管理机构、人员未落实"),
        SYSTEM_PROCESSES("systemProcesses", Area.MANAGEMENT_SYSTEM, "管理流程未实际运行"),
        SYSTEM_RECORDS("systemRecords", Area.MANAGEMENT_SYSTEM, "台账记录缺失或与实际不符"),
        EFFECT_AWARENESS("effectAwareness", Area.EFFECT, "知识产权意识未见提高"),
        EFFECT_CAPABILITY("effectCapability", Area.EFFECT, "知识产权能力未见提升"),
        EFFECT_RISK_WARNING("effectRiskWarning", Area.EFFECT, "未开展知识产权风险预警"),
        EFFECT_REVIEW("effectReview", Area.EFFECT, "未开展贯标效果“回头看”"),
        BODY_ON_SITE_AUDIT("bodyOnSiteAudit", Area.CERTIFICATION_BODY, "认证机构未开展现场审核"),
        BODY_FULL_AUDIT_TIME("bodyFullAuditTime", Area.CERTIFICATION_BODY, "认证机构压缩审核时间"),
        BODY_NO_CONSULTING("bodyNoConsulting", Area.CERTIFICATION_BODY, "认证机构同时提供咨询辅导"),
        BODY_NO_KICKBACK("bodyNoKickback", Area.CERTIFICATION_BODY, "存在回扣、违规返点"),
        BODY_GENUINE_QUALIFICATION("bodyGenuineQualification", Area.CERTIFICATION_BODY, "资质不真实（编造资质）");

        private final String key;
        private final Area area;
        private final String failure;

        Item(String key, Area area, String failure) {
            this.key = key;
            this.area = area;
            this.failure = failure;
        }

        /** The form field (a checkbox: true = found met). */
        public String key() {
            return key;
        }

        public Area area() {
            return area;
        }

        /** What it means when not met, as recorded and reported. */
        public String failure() {
            return failure;
        }
    }

    public static final String CONCLUSION = "conclusion";
    public static final String FINDINGS = "findings";
    public static final int FINDINGS_MAX = 1500;

    /** What the inspector submitted: the conclusion, the items not met (in checklist order) and the findings. */
    public record Inspection(SpotCheckConclusion conclusion, List<Item> unmet, String findings) {

        public List<Item> unmetOf(Area area) {
            return unmet.stream().filter(item -> item.area() == area).toList();
        }

        public boolean hasBodyFindings() {
            return !unmetOf(Area.CERTIFICATION_BODY).isEmpty();
        }

        public static String describe(List<Item> items) {
            return String.join("；", items.stream().map(Item::failure).toList());
        }
    }

    private InspectionChecklist() {
    }

    /** Every variable the form submits, so that the process can keep them per unit (see SpotCheckInspectionListener). */
    public static List<String> formKeys() {
        List<String> keys = new ArrayList<>(Arrays.stream(Item.values()).map(Item::key).toList());
        keys.add(CONCLUSION);
        keys.add(FINDINGS);
        return keys;
    }

    /**
     * Reads the form. A conclusion is required; findings are required unless everything was met and the unit is
     * compliant; a unit whose management system or effect falls short cannot be compliant.
     */
    public static Inspection read(VariableScope task) {
        var variables = SpotCheckVariables.of(task);
        Object value = variables.conclusionEntered();
        SpotCheckConclusion conclusion;
        try {
            conclusion = SpotCheckConclusion.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new BadUserRequestException("请选择检查结论（conclusion：COMPLIANT 合格、RECTIFY 存在问题需整改、FRAUD 弄虚作假骗取奖励）");
        }
        List<Item> unmet = Arrays.stream(Item.values()).filter(item -> !variables.ticked(item.key())).toList();
        Object text = variables.findingsEntered();
        String findings = text == null ? "" : text.toString().strip();
        if (findings.length() > FINDINGS_MAX) {
            throw new BadUserRequestException("检查发现（findings）最多 " + FINDINGS_MAX + " 字");
        }
        if (findings.isEmpty() && (conclusion != SpotCheckConclusion.COMPLIANT || !unmet.isEmpty())) {
            throw new BadUserRequestException("请填写检查发现（findings）：写明未达到的项目" + (unmet.isEmpty() ? "" : "（" + Inspection.describe(unmet) + "）")
                    + "和认定的事实");
        }
        Inspection inspection = new Inspection(conclusion, unmet, findings);
        if (conclusion == SpotCheckConclusion.COMPLIANT
                && !(inspection.unmetOf(Area.MANAGEMENT_SYSTEM).isEmpty() && inspection.unmetOf(Area.EFFECT).isEmpty())) {
            throw new BadUserRequestException("管理体系运行或实施效果有未达到的项目，检查结论不能为“合格”");
        }
        return inspection;
    }
}

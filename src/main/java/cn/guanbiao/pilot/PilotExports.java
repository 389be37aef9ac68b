package cn.guanbiao.pilot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.guanbiao.pilot.PilotEnterprises.PilotEnterprise;
import cn.guanbiao.platform.ExportTable;
import cn.guanbiao.reference.Districts;
import org.springframework.stereotype.Component;

/**
 * The pilot's spreadsheets (CSV and .xlsx): the list of piloted enterprises with each enterprise's
 * contact person (报送市知识产权局的试点企业名单), and the yearly data for the review of advantage/demonstration enterprises.
 */
@Component
class PilotExports {

    private final PilotBatches batches;
    private final PilotEnterprises enterprises;
    private final PilotParticipations participations;
    private final Districts districts;

    PilotExports(PilotBatches batches, PilotEnterprises enterprises, PilotParticipations participations, Districts districts) {
        this.batches = batches;
        this.enterprises = enterprises;
        this.participations = participations;
        this.districts = districts;
    }

    /** Where a row of the list comes from: a list approved in this system, or the reference list of earlier pilots. */
    static final String SELECTED_HERE = "系统遴选";
    static final String BEFORE_THE_SYSTEM = "系统前名单";

    /**
     * The piloted enterprises of a year (every year when null), exactly those the overview counts (an enterprise's pilot
     * year): from an approved list with the contact person it gave, or from the reference list of enterprises piloted
     * before this system, with the contact on record.
     */
    ExportTable pilotList(Integer year) {
        Map<String, Selection> selections = new HashMap<>();
        for (PilotBatches.Batch batch : batches.all()) {
            if (batch.status() == PilotBatches.Status.APPROVED && (year == null || batch.pilotYear() == year)) {
                batches.selected(batch.batchNo()).forEach(entry ->
                        selections.put(entry.creditCode() + "/" + batch.pilotYear(), new Selection(batch, entry)));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        enterprises.all().stream()
                .filter(e -> e.piloted() && (year == null || e.pilotYear().equals(year)))
                .sorted(Comparator.comparing(PilotEnterprise::pilotYear).thenComparing(PilotEnterprise::districtCode)
                        .thenComparing(PilotEnterprise::creditCode))
                .forEach(e -> {
                    Selection s = selections.get(e.creditCode() + "/" + e.pilotYear());
                    rows.add(s == null
                            ? Arrays.asList(e.pilotYear(), district(e.districtCode()), null, e.creditCode(), e.name(), e.eligibleAs(),
                                    e.contactName(), e.contactPhone(), e.contactEmail(), null, BEFORE_THE_SYSTEM)
                            : Arrays.asList(e.pilotYear(), district(e.districtCode()), s.batch().batchNo(), e.creditCode(), e.name(),
                                    e.eligibleAs(), s.entry().contactName(), s.entry().contactPhone(), s.entry().contactEmail(),
                                    s.batch().approvedAt() == null ? null : s.batch().approvedAt().toLocalDate(), SELECTED_HERE));
                });
        return new ExportTable("试点企业名单", List.of("试点年度", "区县", "批次", "统一社会信用代码", "企业名称", "试点对象类别",
                "联系人", "联系电话", "联系邮箱", "审定日期", "来源"), rows);
    }

    private record Selection(PilotBatches.Batch batch, PilotBatches.Entry entry) {
    }

    /** The yearly data of a data year (every year when null), by district and enterprise. */
    ExportTable annualReports(Integer dataYear) {
        Map<String, PilotEnterprise> byCode = byCode();
        List<List<Object>> rows = new ArrayList<>();
        for (PilotParticipations.AnnualReport r : participations.reportsOf(dataYear)) {
            PilotEnterprise e = byCode.get(r.creditCode());
            String grade = participations.find(r.creditCode()).map(PilotParticipations.Participation::evaluationGrade).orElse(null);
            rows.add(Arrays.asList(r.dataYear(), e == null ? "" : district(e.districtCode()), r.creditCode(), e == null ? "" : e.name(),
                    e == null ? "" : e.eligibleAs(), e == null ? null : e.pilotYear(), r.inventionApplications(),
                    r.inventionGrants(), r.ipStaff(), r.rdExpense(), grade, r.note(), r.recordedBy(), r.recordedAt().withNano(0)));
        }
        return new ExportTable("试点企业年度数据", List.of("数据年度", "区县", "统一社会信用代码", "企业名称", "试点对象类别", "试点年度",
                "发明专利申请量", "发明专利授权量", "知识产权工作人员", "研发投入（元）", "分级评价等级", "备注", "登记人", "登记时间"), rows);
    }

    private Map<String, PilotEnterprise> byCode() {
        return enterprises.all().stream().collect(Collectors.toMap(PilotEnterprise::creditCode, Function.identity()));
    }

    private String district(String code) {
        return districts.find(code).map(Districts.District::name).orElse(code);
    }
}

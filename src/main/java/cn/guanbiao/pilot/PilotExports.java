package cn.guanbiao.pilot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.guanbiao.pilot.PilotEnterprises.PilotEnterprise;
import cn.guanbiao.platform.ExportTable;
import cn.guanbiao.reference.Districts;
import org.springframework.stereotype.Component;

import static cn.guanbiao.platform.CsvLines.line;

/**
 * The pilot's spreadsheets (RFC 4180 with a byte-order mark for Excel and WPS): the approved lists with each enterprise's
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

    /** The approved lists of a year (every year when null). */
    String approvedLists(Integer year) {
        Map<String, PilotEnterprise> byCode = byCode();
        StringBuilder csv = new StringBuilder(cn.guanbiao.platform.CsvLines.BOM);
        line(csv, "试点年度", "区县", "批次", "统一社会信用代码", "企业名称", "试点对象类别", "联系人", "联系电话", "联系邮箱", "审定日期");
        for (PilotBatches.Batch batch : batches.all()) {
            if (batch.status() != PilotBatches.Status.APPROVED || year != null && batch.pilotYear() != year) {
                continue;
            }
            for (PilotBatches.Entry entry : batches.selected(batch.batchNo())) {
                PilotEnterprise e = byCode.get(entry.creditCode());
                line(csv, batch.pilotYear(), district(batch.districtCode()), batch.batchNo(), entry.creditCode(),
                        e == null ? "" : e.name(), e == null ? "" : e.eligibleAs(), entry.contactName(), entry.contactPhone(),
                        entry.contactEmail(), batch.approvedAt() == null ? "" : batch.approvedAt().toLocalDate());
            }
        }
        return csv.toString();
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

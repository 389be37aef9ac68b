package cn.guanbiao.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import cn.guanbiao.application.IpIndicators;

/** The rows of the scoring form's table: each indicator when applying, now, and the change. */
final class IndicatorComparison {

    private IndicatorComparison() {
    }

    static List<Map<String, String>> rows(IpIndicators baseline, IpIndicators reported) {
        List<Map<String, String>> rows = new ArrayList<>();
        row(rows, "年度专利申请量（件）", baseline, reported, IpIndicators::patentsFiled);
        row(rows, "年度专利授权量（件）", baseline, reported, IpIndicators::patentsGranted);
        row(rows, "知识产权工作人员（人）", baseline, reported, IpIndicators::ipStaff);
        row(rows, "知识产权培训（学时）", baseline, reported, IpIndicators::trainingHours);
        row(rows, "知识产权风险预警（次）", baseline, reported, IpIndicators::riskWarnings);
        return rows;
    }

    private static void row(List<Map<String, String>> rows, String label, IpIndicators baseline, IpIndicators reported,
            ToIntFunction<IpIndicators> value) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("indicator", label);
        row.put("baseline", baseline == null ? "未填报" : String.valueOf(value.applyAsInt(baseline)));
        row.put("reported", reported == null ? "未填报" : String.valueOf(value.applyAsInt(reported)));
        row.put("change", baseline == null || reported == null ? "—" : signed(value.applyAsInt(reported) - value.applyAsInt(baseline)));
        rows.add(row);
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : String.valueOf(change);
    }
}

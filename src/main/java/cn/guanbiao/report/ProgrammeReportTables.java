package cn.guanbiao.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.guanbiao.platform.ExportTable;

/** The report's five tables, each a sheet of the .xlsx download (the CSV stacks them in one sheet). */
final class ProgrammeReportTables {

    private ProgrammeReportTables() {
    }

    static List<ExportTable> of(ProgrammeReport report) {
        List<List<Object>> units = report.units().stream()
                .map(row -> List.<Object>of(row.district(), row.applicantType(), row.certified(), row.awarded(), row.paid())).toList();
        List<List<Object>> money = List.of(
                List.of("拨付", report.money().paid()),
                List.of("追回", report.money().recovered()),
                List.of("净拨付", report.money().net()));
        List<List<Object>> spotChecks = List.of(
                List.of("抽查批次", report.spotChecks().campaigns()),
                List.of("抽查单位", report.spotChecks().unitsChecked()),
                List.of("发现弄虚作假", report.spotChecks().fraudFindings()),
                List.of("认证机构问题（抽查和投诉）", report.spotChecks().bodyFindings()));
        List<List<Object>> evaluations = new ArrayList<>();
        evaluations.add(List.of("已评价", report.evaluations().evaluated()));
        evaluations.add(Arrays.asList("平均分", report.evaluations().averageScore()));
        report.evaluations().grades().forEach(g -> evaluations.add(List.of("等次：" + g.grade(), g.count())));
        evaluations.add(List.of("逾期未填报", report.evaluations().overdue()));
        List<List<Object>> targets = report.targets().stream()
                .map(t -> Arrays.<Object>asList(t.name(), t.actual(), t.target(), t.met() ? "是" : "否", t.note())).toList();
        return List.of(
                new ExportTable("申请与获奖", List.of("区县", "主体类型", "申请单位数", "获奖单位数", "拨付金额（元）"), units),
                new ExportTable("资金", List.of("资金", "金额（元）"), money),
                new ExportTable("监督抽查", List.of("监督抽查", "数量"), spotChecks),
                new ExportTable("绩效评价", List.of("绩效评价", "数量"), evaluations),
                new ExportTable("目标完成情况", List.of("目标", "完成情况", "目标值", "是否达到", "说明"), targets));
    }
}

package cn.guanbiao.report;

import cn.guanbiao.platform.CsvLines;

import static cn.guanbiao.platform.CsvLines.line;

/**
 * The report as CSV (RFC 4180) with a byte-order mark, so that Excel and WPS open the Chinese text correctly: one
 * block per section, a blank line between blocks.
 */
final class ProgrammeReportCsv {

    private ProgrammeReportCsv() {
    }

    static String write(ProgrammeReport report) {
        StringBuilder csv = new StringBuilder(CsvLines.BOM);
        line(csv, "贯标认证奖励项目报告", report.year() + "年");
        csv.append("\r\n");
        line(csv, "区县", "主体类型", "申请单位数", "获奖单位数", "拨付金额（元）");
        report.units().forEach(row -> line(csv, row.district(), row.applicantType(), row.certified(), row.awarded(),
                row.paid().toPlainString()));
        csv.append("\r\n");
        line(csv, "资金", "金额（元）");
        line(csv, "拨付", report.money().paid().toPlainString());
        line(csv, "追回", report.money().recovered().toPlainString());
        line(csv, "净拨付", report.money().net().toPlainString());
        csv.append("\r\n");
        line(csv, "监督抽查", "数量");
        line(csv, "抽查批次", report.spotChecks().campaigns());
        line(csv, "抽查单位", report.spotChecks().unitsChecked());
        line(csv, "发现弄虚作假", report.spotChecks().fraudFindings());
        line(csv, "认证机构问题（抽查和投诉）", report.spotChecks().bodyFindings());
        csv.append("\r\n");
        line(csv, "绩效评价", "数量");
        line(csv, "已评价", report.evaluations().evaluated());
        line(csv, "平均分", report.evaluations().averageScore() == null ? "" : report.evaluations().averageScore().toPlainString());
        report.evaluations().grades().forEach(g -> line(csv, "等次：" + g.grade(), g.count()));
        line(csv, "逾期未填报", report.evaluations().overdue());
        csv.append("\r\n");
        line(csv, "目标", "完成情况", "目标值", "是否达到", "说明");
        report.targets().forEach(t -> line(csv, t.name(), t.actual(), t.target(), t.met() ? "是" : "否",
                t.note() == null ? "" : t.note()));
        return csv.toString();
    }
}

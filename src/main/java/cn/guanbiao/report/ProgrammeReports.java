package cn.guanbiao.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.guanbiao.application.ApplicantType;
import cn.guanbiao.report.ProgrammeReport.GradeCount;
import cn.guanbiao.report.ProgrammeReport.Target;
import cn.guanbiao.report.ProgrammeReport.UnitsRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Builds the programme report of a year from the app's own tables (applications, ledger, checks, evaluations). */
@Service
public class ProgrammeReports {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String HIGH_TECH = "a.honours LIKE '%HIGH_TECH_ENTERPRISE%'";
    private static final String ADVANTAGE_OR_DEMONSTRATION =
            "(a.honours LIKE '%ADVANTAGE%' OR a.honours LIKE '%DEMONSTRATION%')";

    private final JdbcClient jdbc;
    private final ProgrammeTargets targets;

    public ProgrammeReports(JdbcClient jdbc, ProgrammeTargets targets) {
        this.jdbc = jdbc;
        this.targets = targets;
    }

    public ProgrammeReport of(int year) {
        LocalDateTime from = LocalDateTime.of(year, 1, 1, 0, 0);
        LocalDateTime to = from.plusYears(1);
        return new ProgrammeReport(year, units(from, to), money(from, to), spotChecks(from, to), evaluations(from, to),
                targets(to));
    }

    private List<UnitsRow> units(LocalDateTime from, LocalDateTime to) {
        Map<Cell, UnitsRow> rows = new TreeMap<>(Comparator.comparing(Cell::district).thenComparing(Cell::type));
        jdbc.sql("SELECT d.name, a.applicant_type, COUNT(DISTINCT a.credit_code) FROM application a "
                        + "JOIN district d ON d.code = a.district_code WHERE a.submitted_at >= ? AND a.submitted_at < ? "
                        + "GROUP BY d.name, a.applicant_type")
                .params(from, to)
                .query((rs, i) -> rows.put(Cell.of(rs.getString(1), rs.getString(2)), new UnitsRow(rs.getString(1),
                        ApplicantType.valueOf(rs.getString(2)).label(), rs.getLong(3), 0, BigDecimal.ZERO.setScale(2))))
                .list();
        jdbc.sql("SELECT d.name, a.applicant_type, COUNT(DISTINCT l.credit_code), SUM(l.amount) FROM ledger_entry l "
                        + "JOIN application a ON a.application_no = l.application_no JOIN district d ON d.code = a.district_code "
                        + "WHERE l.kind = 'PAYMENT' AND l.booked_at >= ? AND l.booked_at < ? GROUP BY d.name, a.applicant_type")
                .params(from, to)
                .query((rs, i) -> rows.merge(Cell.of(rs.getString(1), rs.getString(2)),
                        new UnitsRow(rs.getString(1), ApplicantType.valueOf(rs.getString(2)).label(), 0, rs.getLong(3),
                                rs.getBigDecimal(4)),
                        (certified, paid) -> new UnitsRow(certified.district(), certified.applicantType(),
                                certified.certified(), paid.awarded(), paid.paid())))
                .list();
        return List.copyOf(rows.values());
    }

    private record Cell(String district, ApplicantType type) {

        static Cell of(String district, String type) {
            return new Cell(district, ApplicantType.valueOf(type));
        }
    }

    private ProgrammeReport.Money money(LocalDateTime from, LocalDateTime to) {
        return new ProgrammeReport.Money(sum("PAYMENT", from, to), sum("RECOVERY", from, to));
    }

    private BigDecimal sum(String kind, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE kind = ? AND booked_at >= ? AND booked_at < ?")
                .params(kind, from, to).query(BigDecimal.class).single().setScale(2);
    }

    /** Campaigns drawn in the year; units inspected, fraud found and findings against bodies recorded in it. */
    private ProgrammeReport.SpotChecks spotChecks(LocalDateTime from, LocalDateTime to) {
        return new ProgrammeReport.SpotChecks(
                count("SELECT COUNT(*) FROM spot_check_campaign WHERE drawn_at >= ? AND drawn_at < ?", from, to),
                count("SELECT COUNT(*) FROM spot_check_unit WHERE inspected_at >= ? AND inspected_at < ?", from, to),
                count("SELECT COUNT(*) FROM spot_check_unit WHERE conclusion = 'FRAUD' AND inspected_at >= ? AND inspected_at < ?",
                        from, to),
                count("SELECT COUNT(*) FROM certification_body_finding WHERE recorded_at >= ? AND recorded_at < ?", from, to));
    }

    private ProgrammeReport.Evaluations evaluations(LocalDateTime from, LocalDateTime to) {
        List<GradeCount> grades = jdbc.sql("SELECT grade, COUNT(*) FROM performance_evaluation "
                        + "WHERE evaluated_at >= ? AND evaluated_at < ? GROUP BY grade ORDER BY MIN(score) DESC")
                .params(from, to).query((rs, i) -> new GradeCount(rs.getString(1), rs.getLong(2))).list();
        BigDecimal average = jdbc.sql("SELECT AVG(CAST(score AS DECIMAL(10, 2))) FROM performance_evaluation "
                        + "WHERE evaluated_at >= ? AND evaluated_at < ?")
                .params(from, to).query(BigDecimal.class).optional().map(a -> a.setScale(1, RoundingMode.HALF_UP)).orElse(null);
        long overdue = count("SELECT COUNT(*) FROM performance_evaluation WHERE flagged_at >= ? AND flagged_at < ?", from, to);
        return new ProgrammeReport.Evaluations(grades.stream().mapToLong(GradeCount::count).sum(), average, grades, overdue);
    }

    /** Targets are cumulative: every unit awarded up to the end of the year counts. */
    private List<Target> targets(LocalDateTime to) {
        long awarded = awardedUnits(to, "1 = 1");
        long highTech = awardedUnits(to, HIGH_TECH);
        long advantage = awardedUnits(to, ADVANTAGE_OR_DEMONSTRATION);
        List<Target> result = new ArrayList<>();
        result.add(new Target("贯标达标（获奖）单位", awarded + " 家", targets.units() + " 家", awarded >= targets.units(), null));
        result.add(coverage("高新技术企业贯标覆盖率", highTech, targets.highTechEnterprises(), targets.highTechCoverage()));
        result.add(coverage("知识产权优势及示范企业贯标覆盖率", advantage, targets.advantageEnterprises(),
                targets.advantageCoverage()));
        result.add(new Target("规上工业企业贯标覆盖率", "—", percent(targets.largeIndustrialCoverage()), false,
                "申请材料未采集“规上工业企业”标识，需与统计部门名录（" + targets.largeIndustrialEnterprises() + " 家）比对"));
        return result;
    }

    private static Target coverage(String name, long units, int total, BigDecimal goal) {
        BigDecimal share = total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(units).divide(BigDecimal.valueOf(total), 4, RoundingMode.DOWN);
        return new Target(name, percent(share) + "（" + units + "/" + total + " 家）", percent(goal),
                share.compareTo(goal) >= 0, null);
    }

    private static String percent(BigDecimal share) {
        return share.multiply(HUNDRED).setScale(1, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + "%";
    }

    /** Units paid an award before {@code to} whose application meets {@code condition} (one of the constants above). */
    private long awardedUnits(LocalDateTime to, String condition) {
        return count("SELECT COUNT(DISTINCT l.credit_code) FROM ledger_entry l "
                + "JOIN application a ON a.application_no = l.application_no "
                + "WHERE l.kind = 'PAYMENT' AND l.booked_at < ? AND " + condition, to);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}

package cn.guanbiao.report;

import java.math.BigDecimal;
import java.util.List;

/** A year of the programme (R9): what was certified, awarded, paid, recovered, checked and evaluated, and the targets. */
public record ProgrammeReport(int year, List<UnitsRow> units, Money money, SpotChecks spotChecks, Evaluations evaluations,
        List<Target> targets) {

    /** Per district and applicant type: units that applied (certified) and units paid an award in the year. */
    public record UnitsRow(String district, String applicantType, long certified, long awarded, BigDecimal paid) {
    }

    public record Money(BigDecimal paid, BigDecimal recovered) {

        public BigDecimal net() {
            return paid.subtract(recovered);
        }
    }

    public record SpotChecks(long campaigns, long unitsChecked, long fraudFindings, long bodyFindings) {
    }

    public record Evaluations(long evaluated, BigDecimal averageScore, List<GradeCount> grades, long overdue) {
    }

    public record GradeCount(String grade, long count) {
    }

    /** Progress towards a target: {@code actual} of {@code target}; {@code note} where it cannot be measured. */
    public record Target(String name, String actual, String target, boolean met, String note) {
    }
}

package cn.guanbiao.pilot;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.guanbiao.reference.Districts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where the pilot stands (003_… 二: full coverage by 2025), per district and year: eligible enterprises, selected
 * (piloted that year), done (initial assessment and learning recorded), and the coverage reached by the end of each year.
 */
@Service
public class PilotOverview {

    /** {@code batch}: the status of the year's batch of the district, as people read it ("" when none was opened). */
    public record YearCell(int year, int selected, int done, String coverage, String batch) {
    }

    public record Row(String districtCode, String district, int eligible, List<YearCell> years, int covered, String coverage,
            boolean complete) {
    }

    public record Overview(List<Integer> years, List<Row> districts, Row city) {
    }

    private final JdbcClient jdbc;
    private final Districts districts;
    private final PilotYears pilotYears;

    PilotOverview(JdbcClient jdbc, Districts districts, PilotYears pilotYears) {
        this.jdbc = jdbc;
        this.districts = districts;
        this.pilotYears = pilotYears;
    }

    public Overview overview() {
        List<Integer> years = new ArrayList<>();
        for (int y = pilotYears.firstYear(); y <= pilotYears.lastYear(); y++) {
            years.add(y);
        }
        Map<String, Integer> eligible = new LinkedHashMap<>();
        jdbc.sql("SELECT district_code, COUNT(*) AS n FROM pilot_enterprise GROUP BY district_code ORDER BY district_code")
                .query((rs, i) -> eligible.put(rs.getString("district_code"), rs.getInt("n"))).list();
        Map<String, Integer> selected = counts("SELECT district_code, pilot_year, COUNT(*) AS n FROM pilot_enterprise "
                + "WHERE pilot_year IS NOT NULL GROUP BY district_code, pilot_year");
        Map<String, Integer> done = counts("SELECT e.district_code, p.pilot_year, COUNT(*) AS n FROM pilot_participation p "
                + "JOIN pilot_enterprise e ON e.credit_code = p.credit_code WHERE p.assessed_on IS NOT NULL "
                + "AND p.learning_done_on IS NOT NULL GROUP BY e.district_code, p.pilot_year");
        Map<String, String> batchStatus = new HashMap<>();
        jdbc.sql("SELECT district_code, pilot_year, status FROM pilot_batch").query((rs, i) -> batchStatus.put(
                rs.getString("district_code") + "/" + rs.getInt("pilot_year"), label(rs.getString("status")))).list();

        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Integer> district : eligible.entrySet()) {
            String code = district.getKey();
            rows.add(row(code, districts.find(code).map(Districts.District::name).orElse(code), district.getValue(), years,
                    y -> selected.getOrDefault(code + "/" + y, 0), y -> done.getOrDefault(code + "/" + y, 0),
                    y -> batchStatus.getOrDefault(code + "/" + y, "")));
        }
        int total = eligible.values().stream().mapToInt(Integer::intValue).sum();
        Row city = row("", "全市合计", total, years,
                y -> rows.stream().mapToInt(r -> cell(r, y).selected()).sum(),
                y -> rows.stream().mapToInt(r -> cell(r, y).done()).sum(), y -> "");
        return new Overview(years, rows, city);
    }

    private static Row row(String code, String name, int eligible, List<Integer> years,
            java.util.function.IntUnaryOperator selected, java.util.function.IntUnaryOperator done,
            java.util.function.IntFunction<String> batch) {
        List<YearCell> cells = new ArrayList<>();
        int cumulative = 0;
        for (int y : years) {
            cumulative += selected.applyAsInt(y);
            cells.add(new YearCell(y, selected.applyAsInt(y), done.applyAsInt(y), percent(cumulative, eligible), batch.apply(y)));
        }
        return new Row(code, name, eligible, cells, cumulative, percent(cumulative, eligible), eligible > 0 && cumulative >= eligible);
    }

    private static YearCell cell(Row row, int year) {
        return row.years().stream().filter(c -> c.year() == year).findFirst().orElseThrow();
    }

    /** Rounded down to one decimal: 99.95 % shows as 99.9 %, never as a full coverage that is not there. */
    static String percent(int part, int whole) {
        if (whole == 0) {
            return "—";
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN).toPlainString() + "%";
    }

    private Map<String, Integer> counts(String sql) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql(sql).query((rs, i) -> counts.put(rs.getString(1) + "/" + rs.getInt(2), rs.getInt(3))).list();
        return counts;
    }

    private static String label(String status) {
        return switch (status) {
            case "SELECTING" -> "区县遴选中";
            case "APPROVING" -> "待审定";
            case "APPROVED" -> "已审定";
            case "NOTHING_TO_SELECT" -> "已全部试点";
            default -> status;
        };
    }
}

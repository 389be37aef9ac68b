package cn.guanbiao.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.guanbiao.application.ApplicantType;
import cn.guanbiao.application.ApplicationStatus;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The figures of the programme dashboard: where applications stand, where the money went, how long each step takes. */
@Service
public class ProgrammeStatistics {

    /** Most recent finished steps read for the medians: enough for a municipal programme, bounded for a big one. */
    static final int STEP_SAMPLE = 20_000;

    public record Count(String label, long count) {
    }

    public record CallBudget(String callId, BigDecimal budget, BigDecimal reserved, BigDecimal paid) {
    }

    public record StepDuration(String step, String label, double medianDays, int finished) {
    }

    private final JdbcClient jdbc;
    private final HistoryService historyService;

    public ProgrammeStatistics(JdbcClient jdbc, HistoryService historyService) {
        this.jdbc = jdbc;
        this.historyService = historyService;
    }

    public List<Count> byStatus() {
        Map<String, Long> counts = counts("SELECT status AS label, COUNT(*) AS n FROM application GROUP BY status");
        List<Count> result = new ArrayList<>();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            result.add(new Count(status.label(), counts.getOrDefault(status.name(), 0L)));
        }
        return result;
    }

    public List<Count> byDistrict() {
        return jdbc.sql("SELECT d.name AS label, COUNT(*) AS n FROM application a JOIN district d ON d.code = a.district_code "
                        + "GROUP BY d.name ORDER BY COUNT(*) DESC, d.name")
                .query((rs, i) -> new Count(rs.getString("label"), rs.getLong("n"))).list();
    }

    public List<Count> byApplicantType() {
        Map<String, Long> counts = counts("SELECT applicant_type AS label, COUNT(*) AS n FROM application GROUP BY applicant_type");
        List<Count> result = new ArrayList<>();
        for (ApplicantType type : ApplicantType.values()) {
            result.add(new Count(type.label(), counts.getOrDefault(type.name(), 0L)));
        }
        return result;
    }

    public List<CallBudget> budgets() {
        return jdbc.sql("SELECT call_id, budget, reserved, paid FROM award_call ORDER BY call_id").query(CallBudget.class).list();
    }

    /** Median working time of each user task of award-application, in days, over the most recent finished ones. */
    public List<StepDuration> medianDaysPerStep() {
        Map<String, List<Long>> durations = new TreeMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (HistoricActivityInstance step : historyService.createHistoricActivityInstanceQuery()
                .activityType("userTask").finished().orderByHistoricActivityInstanceEndTime().desc()
                .listPage(0, STEP_SAMPLE)) {
            durations.computeIfAbsent(step.getActivityId(), k -> new ArrayList<>()).add(step.getDurationInMillis());
            labels.putIfAbsent(step.getActivityId(), step.getActivityName());
        }
        List<StepDuration> result = new ArrayList<>();
        durations.forEach((step, millis) -> result.add(new StepDuration(step, labels.get(step),
                median(millis) / (double) Duration.ofDays(1).toMillis(), millis.size())));
        return result;
    }

    static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).query((rs, i) -> counts.put(rs.getString("label"), rs.getLong("n"))).list();
        return counts;
    }
}

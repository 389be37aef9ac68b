package cn.guanbiao.pilot;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The yearly data reporting of a piloted enterprise (003_… 三(四)): the data of its pilot year and of the years after,
 * {@code app.pilot.reporting-years} years in all (3), each asked for on {@code app.pilot.report-opens} (2 January) of
 * the following year and due on {@code app.pilot.report-due} (31 March), with a reminder
 * {@code app.pilot.reminder-days-before} days before.
 */
@Component
public class PilotReportSchedule {

    private final int reportingYears;
    private final MonthDay opens;
    private final MonthDay due;
    private final int reminderDaysBefore;

    public PilotReportSchedule(@Value("${app.pilot.reporting-years:3}") int reportingYears,
            @Value("${app.pilot.report-opens:--01-02}") String opens, @Value("${app.pilot.report-due:--03-31}") String due,
            @Value("${app.pilot.reminder-days-before:10}") int reminderDaysBefore) {
        this.reportingYears = reportingYears;
        this.opens = MonthDay.parse(opens);
        this.due = MonthDay.parse(due);
        this.reminderDaysBefore = reminderDaysBefore;
    }

    /** The first data year is the pilot year, then one after the other. */
    public int nextDataYear(int pilotYear, Integer lastReported) {
        return lastReported == null ? pilotYear : lastReported + 1;
    }

    public boolean moreAfter(int pilotYear, int dataYear) {
        return dataYear < pilotYear + reportingYears - 1;
    }

    public Date opensAt(int dataYear) {
        return at(opens.atYear(dataYear + 1).atTime(9, 0));
    }

    /** The last day the data of the year may be reported. */
    public LocalDate lastDay(int dataYear) {
        return due.atYear(dataYear + 1);
    }

    /** Overdue from the midnight after the due day. */
    public Date dueAt(int dataYear) {
        return at(due.atYear(dataYear + 1).plusDays(1).atStartOfDay());
    }

    public Date reminderAt(int dataYear) {
        return at(due.atYear(dataYear + 1).minusDays(reminderDaysBefore).atTime(9, 0));
    }

    private static Date at(LocalDateTime time) {
        return Date.from(time.atZone(PilotYears.ZONE).toInstant());
    }
}

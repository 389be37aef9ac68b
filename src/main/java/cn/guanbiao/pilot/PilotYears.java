package cn.guanbiao.pilot;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The pilot's calendar (003_… 二): batches from {@code app.pilot.first-year} (2023) to {@code app.pilot.last-year}
 * (2025); the first year's list is due on {@code app.pilot.first-deadline} (26 July), later ones on
 * {@code app.pilot.deadline} (20 March). A deadline is the whole day in Beijing: overdue from the next midnight.
 */
@Component
public class PilotYears {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final int firstYear;
    private final int lastYear;
    private final MonthDay firstDeadline;
    private final MonthDay deadline;
    private final int reminderDaysBefore;

    public PilotYears(@Value("${app.pilot.first-year:2023}") int firstYear, @Value("${app.pilot.last-year:2025}") int lastYear,
            @Value("${app.pilot.first-deadline:--07-26}") String firstDeadline,
            @Value("${app.pilot.deadline:--03-20}") String deadline,
            @Value("${app.pilot.reminder-days-before:10}") int reminderDaysBefore) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("app.pilot.last-year before app.pilot.first-year");
        }
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.firstDeadline = MonthDay.parse(firstDeadline);
        this.deadline = MonthDay.parse(deadline);
        this.reminderDaysBefore = reminderDaysBefore;
    }

    /** The pilot years' defaults of 003_…: 2023–2025, 26 July then 20 March, reminded 10 days before. */
    public static PilotYears ofPolicy() {
        return new PilotYears(2023, 2025, "--07-26", "--03-20", 10);
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public boolean isPilotYear(int year) {
        return year >= firstYear && year <= lastYear;
    }

    /** 1 for the first batch, 2 for the second, … (the share of the total due by the end of that year). */
    public int batchNumber(int year) {
        requirePilotYear(year);
        return year - firstYear + 1;
    }

    public int batches() {
        return lastYear - firstYear + 1;
    }

    /** The last day the district's list is due at the municipal office. */
    public LocalDate deadline(int year) {
        requirePilotYear(year);
        return (year == firstYear ? firstDeadline : deadline).atYear(year);
    }

    /** The moment the list is overdue: the midnight after the deadline, Beijing time. */
    public Date overdueAt(int year) {
        return Date.from(deadline(year).plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    /** When the district is reminded: {@code app.pilot.reminder-days-before} days before the deadline, at 9:00. */
    public Date reminderAt(int year) {
        LocalDateTime at = deadline(year).minusDays(reminderDaysBefore).atTime(9, 0);
        return Date.from(at.atZone(ZONE).toInstant());
    }

    private void requirePilotYear(int year) {
        if (!isPilotYear(year)) {
            throw new IllegalArgumentException("试点年度为 " + firstYear + "–" + lastYear + " 年：" + year);
        }
    }
}

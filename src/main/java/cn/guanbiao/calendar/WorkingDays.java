package cn.guanbiao.calendar;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar as seen from "today" in Asia/Shanghai, for BPMN expressions such as
 * {@code ${workingDays.endOfWorkingDays(5)}} (timers, task due dates) and for Java code.
 *
 * <p>The holidays come from the CSV file named by {@code app.calendar.holidays-file}; see
 * {@code config/calendar/README.md}. A {@link Clock} bean is used if there is one, otherwise the
 * system clock. Only the clock's instant matters: "today" is always taken in Asia/Shanghai.
 */
@Component("workingDays")
public class WorkingDays {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String PROPERTY = "app.calendar.holidays-file";

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final WorkingDayCalendar calendar;
    private final Clock clock;

    @Autowired
    public WorkingDays(@Value("${" + PROPERTY + ":}") String holidaysFile, ObjectProvider<Clock> clock) {
        this(load(holidaysFile), clock.getIfAvailable(() -> Clock.system(ZONE)));
    }

    public WorkingDays(WorkingDayCalendar calendar, Clock clock) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
        int thisYear = today().getYear();
        for (int year = thisYear; year <= thisYear + 1; year++) {
            if (!calendar.covers(year)) {
                log.warn("The holiday file has no entries for {}: until the State Council schedule is added, "
                        + "every Monday to Friday of {} counts as a working day (see config/calendar/README.md)",
                        year, year);
            }
        }
    }

    private static WorkingDayCalendar load(String holidaysFile) {
        if (holidaysFile == null || holidaysFile.isBlank()) {
            throw new IllegalStateException("Property " + PROPERTY
                    + " is not set; it must name the holiday CSV file, e.g. ./config/calendar/cn-holidays.csv");
        }
        Path path = Path.of(holidaysFile.strip());
        try {
            WorkingDayCalendar calendar = WorkingDayCalendar.fromCsv(path);
            log.info("Working-day calendar loaded from {} (years {})", path.toAbsolutePath().normalize(),
                    calendar.years());
            return calendar;
        } catch (IllegalArgumentException e) {
            // the message says it all (file, line, problem); no cause, so it is the last line in the log
            throw new IllegalStateException(e.getMessage() + " (property " + PROPERTY + ")");
        }
    }

    /** Today in Asia/Shanghai. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** Today plus {@code n} working days; today itself is not counted, {@code n = 0} is today. */
    public LocalDate plus(int n) {
        return calendar.plusWorkingDays(today(), n);
    }

    /**
     * The instant at which the {@code n}-th working day after today ends, i.e. 00:00 Asia/Shanghai of
     * the next calendar day. {@code n = 0} is the end of today.
     */
    public Date endOfWorkingDays(int n) {
        return Date.from(plus(n).plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }
}

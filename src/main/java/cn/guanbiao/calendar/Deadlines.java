package cn.guanbiao.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * How a deadline is shown to people, in pages and e-mails: the last day on which it may still be done,
 * "2026年12月21日（含）". The engine keeps deadlines as exclusive ends (the midnight after the last working day,
 * {@link WorkingDays#endOfWorkingDays}); a person reading "2026年12月22日 00:00" takes the 22nd for a day
 * still allowed, so the instant is never shown.
 */
public final class Deadlines {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.SIMPLIFIED_CHINESE);

    private Deadlines() {
    }

    /** The last day still allowed before an exclusive end: the day before a midnight, else the end's own day. */
    public static LocalDate lastDay(LocalDateTime exclusiveEnd) {
        return exclusiveEnd.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? exclusiveEnd.toLocalDate().minusDays(1) : exclusiveEnd.toLocalDate();
    }

    public static LocalDate lastDay(Instant exclusiveEnd) {
        return lastDay(LocalDateTime.ofInstant(exclusiveEnd, WorkingDays.ZONE));
    }

    public static LocalDate lastDay(Date exclusiveEnd) {
        return lastDay(exclusiveEnd.toInstant());
    }

    /** {@code 2026-12-21} → {@code 2026年12月21日（含）}; null stays null. */
    public static String show(LocalDate lastDay) {
        return lastDay == null ? null : DATE.format(lastDay) + "（含）";
    }

    /** An exclusive end shown as its last day: {@code 2026-12-22T00:00} → {@code 2026年12月21日（含）}. */
    public static String show(LocalDateTime exclusiveEnd) {
        return exclusiveEnd == null ? null : show(lastDay(exclusiveEnd));
    }
}

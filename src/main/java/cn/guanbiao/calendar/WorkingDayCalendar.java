package cn.guanbiao.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days in mainland China: Monday to Friday, except the public holidays the State Council
 * moves onto weekdays ({@link Kind#HOLIDAY}), plus the make-up working days (调休上班) it moves
 * onto weekends ({@link Kind#WORKDAY}).
 *
 * <p>Dates without an entry follow the plain Monday–Friday rule, so a year that is missing from
 * the holiday file still works, just without its holidays.
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    public static final String CSV_HEADER = "date,kind,name";

    public enum Kind {
        /** A day off although it is a weekday. */
        HOLIDAY,
        /** A make-up working day although it is a Saturday or Sunday. */
        WORKDAY
    }

    /** One line of the holiday file. */
    public record Entry(LocalDate date, Kind kind, String name) {
        public Entry {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            name = name == null ? "" : name;
        }
    }

    private final Map<LocalDate, Entry> entries;
    private final Set<Integer> years;

    /**
     * @throws IllegalArgumentException if a date is listed twice or a {@link Kind#WORKDAY} falls on
     *                                  a weekday (nothing to make up, almost certainly a typo)
     */
    public WorkingDayCalendar(Collection<Entry> entries) {
        Map<LocalDate, Entry> byDate = new HashMap<>();
        Set<Integer> yearsSeen = new TreeSet<>();
        for (Entry entry : entries) {
            String problem = problemWith(entry);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            if (byDate.putIfAbsent(entry.date(), entry) != null) {
                throw new IllegalArgumentException(entry.date() + " is listed more than once");
            }
            yearsSeen.add(entry.date().getYear());
        }
        this.entries = Map.copyOf(byDate);
        this.years = Collections.unmodifiableSet(yearsSeen);
    }

    /**
     * Reads a UTF-8 CSV file with the header {@value #CSV_HEADER}, for example
     * {@code 2026-02-16,HOLIDAY,春节} or {@code 2026-02-14,WORKDAY,春节调休上班}.
     * Blank lines are ignored.
     *
     * @throws IllegalArgumentException if the file is missing, not UTF-8, or a line is malformed;
     *                                  the message names the file and the line number
     */
    public static WorkingDayCalendar fromCsv(Path file) {
        Objects.requireNonNull(file, "file");
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new IllegalArgumentException("Holiday file not found: " + absolute);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(absolute, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("Holiday file " + absolute
                    + " is not UTF-8 text (save it as \"CSV UTF-8\", not as ANSI/GBK)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday file " + absolute, e);
        }
        return new WorkingDayCalendar(parse(lines, absolute.toString()));
    }

    /** Parses the lines of a holiday file; {@code source} is only used in error messages. */
    static List<Entry> parse(List<String> lines, String source) {
        if (lines.isEmpty() || !CSV_HEADER.equals(stripBom(lines.get(0)).strip())) {
            throw malformed(source, 1, "the first line must be the header \"" + CSV_HEADER + "\"");
        }
        Map<LocalDate, Integer> lineOfDate = new HashMap<>();
        List<Entry> result = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", 3);
            if (fields.length != 3) {
                throw malformed(source, lineNumber,
                        "expected 3 fields \"" + CSV_HEADER + "\" but got \"" + line + "\"");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(fields[0].strip());
            } catch (DateTimeParseException e) {
                throw malformed(source, lineNumber,
                        "date \"" + fields[0].strip() + "\" is not of the form yyyy-MM-dd, e.g. 2026-02-16");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(fields[1].strip());
            } catch (IllegalArgumentException e) {
                throw malformed(source, lineNumber,
                        "kind \"" + fields[1].strip() + "\" is neither HOLIDAY nor WORKDAY");
            }
            Entry entry = new Entry(date, kind, fields[2].strip());
            String problem = problemWith(entry);
            if (problem != null) {
                throw malformed(source, lineNumber, problem);
            }
            Integer earlier = lineOfDate.putIfAbsent(date, lineNumber);
            if (earlier != null) {
                throw malformed(source, lineNumber, date + " is already listed on line " + earlier);
            }
            result.add(entry);
        }
        return result;
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Entry entry = entries.get(date);
        if (entry != null) {
            return entry.kind() == Kind.WORKDAY;
        }
        return !isWeekend(date);
    }

    /**
     * The {@code n}-th working day after {@code start}; {@code start} itself is not counted, and
     * need not be a working day. {@code n = 0} returns {@code start}.
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        LocalDate day = start;
        int remaining = n;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}. Zero when both are the same day,
     * negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the holiday file has at least one entry in {@code year}. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** The years with at least one entry, ascending. */
    public Set<Integer> years() {
        return years;
    }

    private static String problemWith(Entry entry) {
        if (entry.kind() == Kind.WORKDAY && !isWeekend(entry.date())) {
            return entry.date() + " is a " + entry.date().getDayOfWeek()
                    + "; a WORKDAY (make-up working day) must be a Saturday or Sunday";
        }
        return null;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static IllegalArgumentException malformed(String source, int lineNumber, String problem) {
        return new IllegalArgumentException("Holiday file " + source + ", line " + lineNumber + ": " + problem);
    }
}

package cn.guanbiao.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.guanbiao.calendar.WorkingDayCalendar.Entry;
import cn.guanbiao.calendar.WorkingDayCalendar.Kind;

class WorkingDayCalendarTest {

    /** The 2026 schedule the tests rely on, independent of the real file. */
    private static final WorkingDayCalendar CALENDAR_2026 = new WorkingDayCalendar(List.of(
            holiday("2026-01-01", "元旦"), holiday("2026-01-02", "元旦"),
            workday("2026-01-04", "元旦调休上班"),
            workday("2026-02-14", "春节调休上班"),
            holiday("2026-02-16", "春节"), holiday("2026-02-17", "春节"), holiday("2026-02-18", "春节"),
            holiday("2026-02-19", "春节"), holiday("2026-02-20", "春节"), holiday("2026-02-23", "春节"),
            workday("2026-02-28", "春节调休上班"),
            workday("2026-09-20", "国庆节调休上班"),
            holiday("2026-09-25", "中秋节"),
            holiday("2026-10-01", "国庆节"), holiday("2026-10-02", "国庆节"), holiday("2026-10-05", "国庆节"),
            holiday("2026-10-06", "国庆节"), holiday("2026-10-07", "国庆节"),
            workday("2026-10-10", "国庆节调休上班")));

    @Nested
    class WhichDaysAreWorkingDays {

        @Test
        void ordinaryWeekdaysAreWorkingDaysAndWeekendsAreNot() {
            // given an ordinary week in March 2026 (Monday 9th to Sunday 15th)
            // when / then
            assertThat(CALENDAR_2026.isWorkingDay(date("2026-03-09"))).isTrue();
            assertThat(CALENDAR_2026.isWorkingDay(date("2026-03-13"))).isTrue();
            assertThat(CALENDAR_2026.isWorkingDay(date("2026-03-14"))).as("Saturday").isFalse();
            assertThat(CALENDAR_2026.isWorkingDay(date("2026-03-15"))).as("Sunday").isFalse();
        }

        @Test
        void aHolidayOnAWeekdayIsADayOff() {
            // given 2026-02-16 is a Monday in the Spring Festival holiday
            LocalDate springFestivalMonday = date("2026-02-16");

            // when
            boolean working = CALENDAR_2026.isWorkingDay(springFestivalMonday);

            // then
            assertThat(working).isFalse();
        }

        @Test
        void aMakeUpSaturdayIsAWorkingDay() {
            // given 2026-02-14 is a Saturday worked to make up for the Spring Festival
            LocalDate makeUpSaturday = date("2026-02-14");

            // when
            boolean working = CALENDAR_2026.isWorkingDay(makeUpSaturday);

            // then
            assertThat(working).isTrue();
        }

        @Test
        void aYearWithoutEntriesFallsBackToMondayToFriday() {
            // given nothing is listed for 2030
            assertThat(CALENDAR_2026.covers(2030)).isFalse();

            // when / then: National Day 2030 (a Tuesday) is an ordinary working day
            assertThat(CALENDAR_2026.isWorkingDay(date("2030-10-01"))).isTrue();
            assertThat(CALENDAR_2026.isWorkingDay(date("2030-10-05"))).as("Saturday").isFalse();
            assertThat(CALENDAR_2026.plusWorkingDays(date("2030-10-04"), 1)).as("Friday + 1").isEqualTo("2030-10-07");
            assertThat(CALENDAR_2026.plusWorkingDays(date("2030-09-30"), 5)).isEqualTo("2030-10-07");
        }
    }

    @Nested
    class AddingWorkingDays {

        @Test
        void addingZeroWorkingDaysReturnsTheStartItself() {
            // given a Sunday
            LocalDate sunday = date("2026-03-15");

            // when / then
            assertThat(CALENDAR_2026.plusWorkingDays(sunday, 0)).isEqualTo(sunday);
        }

        @Test
        void theStartDayIsNotCounted() {
            // given Monday 2026-03-09
            // when / then
            assertThat(CALENDAR_2026.plusWorkingDays(date("2026-03-09"), 1)).isEqualTo("2026-03-10");
            assertThat(CALENDAR_2026.plusWorkingDays(date("2026-03-13"), 1)).as("Friday + 1").isEqualTo("2026-03-16");
            assertThat(CALENDAR_2026.plusWorkingDays(date("2026-03-14"), 1)).as("Saturday + 1").isEqualTo("2026-03-16");
        }

        @Test
        void theWorkingDayAfterTheFridayBeforeSpringFestival2026IsTheMakeUpSaturday() {
            // given Friday 2026-02-13
            LocalDate friday = date("2026-02-13");

            // when
            LocalDate next = CALENDAR_2026.plusWorkingDays(friday, 1);

            // then
            assertThat(next).isEqualTo("2026-02-14");
        }

        @Test
        void theWorkingDayAfterTheMakeUpSaturdaySkipsTheWholeSpringFestival2026() {
            // given the make-up Saturday 2026-02-14, followed by the holiday of 15–23 February
            LocalDate makeUpSaturday = date("2026-02-14");

            // when
            LocalDate next = CALENDAR_2026.plusWorkingDays(makeUpSaturday, 1);

            // then
            assertThat(next).isEqualTo("2026-02-24");
        }

        @Test
        void tenWorkingDaysAcrossSpringFestival2026IncludeBothMakeUpSaturdays() {
            // given Friday 2026-02-13; working days after it: 14, 24, 25, 26, 27, 28 Feb, 2, 3, 4, 5 Mar
            // when
            LocalDate due = CALENDAR_2026.plusWorkingDays(date("2026-02-13"), 10);

            // then
            assertThat(due).isEqualTo("2026-03-05");
        }

        @Test
        void workingDaysAcrossNationalDay2026SkipTheHolidayAndCountTheMakeUpDays() {
            // given the holiday of 1–7 October 2026, with Sunday 20 September and Saturday 10 October worked
            // when / then
            assertThat(CALENDAR_2026.plusWorkingDays(date("2026-09-18"), 1))
                    .as("Friday 18 Sep + 1 is the make-up Sunday").isEqualTo("2026-09-20");
            assertThat(CALENDAR_2026.plusWorkingDays(date("2026-09-30"), 1)).isEqualTo("2026-10-08");
            assertThat(CALENDAR_2026.plusWorkingDays(date("2026-09-30"), 3))
                    .as("8, 9 and the make-up Saturday 10 October").isEqualTo("2026-10-10");
            assertThat(CALENDAR_2026.plusWorkingDays(date("2026-09-30"), 4)).isEqualTo("2026-10-12");
        }

        @Test
        void aNegativeNumberOfWorkingDaysIsRejected() {
            assertThatThrownBy(() -> CALENDAR_2026.plusWorkingDays(date("2026-03-09"), -1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("-1");
        }
    }

    @Nested
    class CountingWorkingDays {

        @Test
        void countsTheWorkingDaysAfterTheFirstDateUpToAndIncludingTheSecond() {
            // given / when / then
            assertThat(CALENDAR_2026.workingDaysBetween(date("2026-03-09"), date("2026-03-09"))).isZero();
            assertThat(CALENDAR_2026.workingDaysBetween(date("2026-03-09"), date("2026-03-16"))).isEqualTo(5);
            assertThat(CALENDAR_2026.workingDaysBetween(date("2026-02-13"), date("2026-02-24")))
                    .as("the make-up Saturday and 24 February").isEqualTo(2);
        }

        @Test
        void countingIsTheInverseOfAdding() {
            // given
            LocalDate start = date("2026-09-18");

            for (int n = 0; n <= 30; n++) {
                // when
                LocalDate end = CALENDAR_2026.plusWorkingDays(start, n);

                // then
                assertThat(CALENDAR_2026.workingDaysBetween(start, end)).as("n = %d", n).isEqualTo(n);
            }
        }

        @Test
        void countingBackwardsGivesANegativeNumber() {
            assertThat(CALENDAR_2026.workingDaysBetween(date("2026-03-16"), date("2026-03-09"))).isEqualTo(-5);
        }
    }

    @Nested
    class SeenFromToday {

        @Test
        void endOfWorkingDaysIsMidnightInShanghaiAfterTheNthWorkingDay() {
            // given it is Friday 2026-02-13, 09:30 in Shanghai
            WorkingDays workingDays = workingDaysAt("2026-02-13T09:30:00+08:00");

            // when
            Date end = workingDays.endOfWorkingDays(2);

            // then: working days 14 Feb and 24 Feb; the second one ends at 25 Feb 00:00 Shanghai
            assertThat(end.toInstant()).isEqualTo(OffsetDateTime.parse("2026-02-25T00:00:00+08:00").toInstant());
            assertThat(end.toInstant()).isEqualTo("2026-02-24T16:00:00Z");
        }

        @Test
        void endOfZeroWorkingDaysIsTheEndOfToday() {
            // given
            WorkingDays workingDays = workingDaysAt("2026-03-10T23:59:00+08:00");

            // when / then
            assertThat(workingDays.endOfWorkingDays(0).toInstant())
                    .isEqualTo(OffsetDateTime.parse("2026-03-11T00:00:00+08:00").toInstant());
        }

        @Test
        void todayIsTheDateInShanghaiWhateverTheZoneOfTheClock() {
            // given 17:30 UTC on Thursday 12 February is already Friday 13 February, 01:30 in Shanghai
            Clock utcClock = Clock.fixed(Instant.parse("2026-02-12T17:30:00Z"), ZoneOffset.UTC);
            WorkingDays workingDays = new WorkingDays(CALENDAR_2026, utcClock);

            // when / then
            assertThat(workingDays.today()).isEqualTo("2026-02-13");
            assertThat(workingDays.plus(1)).isEqualTo("2026-02-14");
            assertThat(workingDays.plus(2)).isEqualTo("2026-02-24");
        }
    }

    @Nested
    class ReadingTheHolidayFile {

        @TempDir
        Path dir;

        @Test
        void readsHolidaysAndMakeUpDays() throws IOException {
            // given
            Path file = write("""
                    date,kind,name
                    2026-02-14,WORKDAY,春节调休上班
                    2026-02-16,HOLIDAY,春节

                    """);

            // when
            WorkingDayCalendar calendar = WorkingDayCalendar.fromCsv(file);

            // then
            assertThat(calendar.isWorkingDay(date("2026-02-14"))).isTrue();
            assertThat(calendar.isWorkingDay(date("2026-02-16"))).isFalse();
            assertThat(calendar.years()).containsExactly(2026);
        }

        @Test
        void toleratesTheByteOrderMarkAndWindowsLineEndingsOfExcel() throws IOException {
            // given
            Path file = write("\uFEFFdate,kind,name\r\n2026-02-16,HOLIDAY,春节\r\n");

            // when
            WorkingDayCalendar calendar = WorkingDayCalendar.fromCsv(file);

            // then
            assertThat(calendar.isWorkingDay(date("2026-02-16"))).isFalse();
        }

        @Test
        void aMalformedDateIsReportedWithItsLineNumber() throws IOException {
            // given line 3 uses slashes
            Path file = write("""
                    date,kind,name
                    2026-02-14,WORKDAY,春节调休上班
                    2026/2/16,HOLIDAY,春节
                    """);

            // when / then
            assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(file))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(file.getFileName().toString())
                    .hasMessageContaining("line 3")
                    .hasMessageContaining("2026/2/16");
        }

        @Test
        void anUnknownKindIsReportedWithItsLineNumber() throws IOException {
            // given
            Path file = write("""
                    date,kind,name
                    2026-02-16,HOLIDAY,春节
                    2026-02-17,HOLLIDAY,春节
                    """);

            // when / then
            assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(file))
                    .hasMessageContaining("line 3")
                    .hasMessageContaining("HOLLIDAY");
        }

        @Test
        void aLineWithMissingFieldsIsReportedWithItsLineNumber() throws IOException {
            // given
            Path file = write("date,kind,name\n2026-02-16\n");

            // when / then
            assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(file))
                    .hasMessageContaining("line 2");
        }

        @Test
        void aMakeUpWorkingDayOnAWeekdayIsRejectedAsATypo() throws IOException {
            // given 2026-02-13 is a Friday
            Path file = write("date,kind,name\n2026-02-13,WORKDAY,春节调休上班\n");

            // when / then
            assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(file))
                    .hasMessageContaining("line 2")
                    .hasMessageContaining("Saturday or Sunday");
        }

        @Test
        void aDateListedTwiceIsReportedWithBothLineNumbers() throws IOException {
            // given
            Path file = write("date,kind,name\n2026-02-16,HOLIDAY,春节\n2026-02-17,HOLIDAY,春节\n2026-02-16,HOLIDAY,春节\n");

            // when / then
            assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(file))
                    .hasMessageContaining("line 4")
                    .hasMessageContaining("line 2");
        }

        @Test
        void aMissingHeaderIsReportedOnLine1() throws IOException {
            // given
            Path file = write("2026-02-16,HOLIDAY,春节\n");

            // when / then
            assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(file))
                    .hasMessageContaining("line 1")
                    .hasMessageContaining("date,kind,name");
        }

        @Test
        void aFileSavedInGbkIsRejectedWithAHint() throws IOException {
            // given
            Path file = dir.resolve("gbk.csv");
            Files.writeString(file, "date,kind,name\n2026-02-16,HOLIDAY,春节\n", java.nio.charset.Charset.forName("GBK"));

            // when / then
            assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(file))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("UTF-8");
        }

        @Test
        void aMissingFileIsReportedWithItsPath() {
            // given
            Path missing = dir.resolve("no-such-file.csv");

            // when / then
            assertThatThrownBy(() -> WorkingDayCalendar.fromCsv(missing))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not found")
                    .hasMessageContaining(missing.toString());
        }

        @Test
        void theComponentFailsFastNamingThePropertyWhenTheFileIsMissing() {
            // given
            String missing = dir.resolve("no-such-file.csv").toString();

            // when / then
            assertThatThrownBy(() -> new WorkingDays(missing, new StaticClockProvider(null)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(missing)
                    .hasMessageContaining("app.calendar.holidays-file");
        }

        @Test
        void theComponentFailsFastWhenThePropertyIsNotSet() {
            assertThatThrownBy(() -> new WorkingDays("", new StaticClockProvider(null)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("app.calendar.holidays-file");
        }

        @Test
        void theComponentUsesTheClockBeanWhenThereIsOne() throws IOException {
            // given
            Path file = write("date,kind,name\n2026-02-14,WORKDAY,春节调休上班\n");
            Clock clock = Clock.fixed(Instant.parse("2026-02-13T01:00:00Z"), WorkingDays.ZONE);

            // when
            WorkingDays workingDays = new WorkingDays(file.toString(), new StaticClockProvider(clock));

            // then
            assertThat(workingDays.today()).isEqualTo("2026-02-13");
            assertThat(workingDays.plus(1)).isEqualTo("2026-02-14");
        }

        private Path write(String content) throws IOException {
            Path file = dir.resolve("holidays.csv");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        }
    }

    @Nested
    class TheRealHolidayFile {

        /** Tests run with the project root as working directory. */
        private final WorkingDayCalendar calendar =
                WorkingDayCalendar.fromCsv(Path.of("config/calendar/cn-holidays.csv"));

        @Test
        void coversTheYears2024To2026() {
            assertThat(calendar.years()).contains(2024, 2025, 2026);
        }

        @Test
        void knowsTheSpringFestivalOf2024To2026() {
            // 2024: 10–17 Feb off, Sundays 4 and 18 Feb worked
            assertThat(calendar.isWorkingDay(date("2024-02-12"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2024-02-16"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2024-02-04"))).isTrue();
            assertThat(calendar.isWorkingDay(date("2024-02-18"))).isTrue();
            // 2025: 28 Jan – 4 Feb off, Sunday 26 Jan and Saturday 8 Feb worked
            assertThat(calendar.isWorkingDay(date("2025-01-28"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2025-02-04"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2025-01-26"))).isTrue();
            assertThat(calendar.isWorkingDay(date("2025-02-08"))).isTrue();
            // 2026: 15–23 Feb off, Saturdays 14 and 28 Feb worked
            assertThat(calendar.plusWorkingDays(date("2026-02-13"), 1)).isEqualTo("2026-02-14");
            assertThat(calendar.plusWorkingDays(date("2026-02-14"), 1)).isEqualTo("2026-02-24");
            assertThat(calendar.isWorkingDay(date("2026-02-28"))).isTrue();
        }

        @Test
        void knowsOtherHolidaysAndMakeUpDays() {
            assertThat(calendar.isWorkingDay(date("2024-10-07"))).as("国庆 2024").isFalse();
            assertThat(calendar.isWorkingDay(date("2024-10-12"))).as("国庆 2024 调休").isTrue();
            assertThat(calendar.isWorkingDay(date("2025-10-08"))).as("国庆中秋 2025").isFalse();
            assertThat(calendar.isWorkingDay(date("2025-09-28"))).as("国庆中秋 2025 调休").isTrue();
            assertThat(calendar.isWorkingDay(date("2026-01-02"))).as("元旦 2026").isFalse();
            assertThat(calendar.isWorkingDay(date("2026-01-04"))).as("元旦 2026 调休").isTrue();
            assertThat(calendar.isWorkingDay(date("2026-05-05"))).as("劳动节 2026").isFalse();
            assertThat(calendar.isWorkingDay(date("2026-05-09"))).as("劳动节 2026 调休").isTrue();
            assertThat(calendar.isWorkingDay(date("2026-06-19"))).as("端午 2026").isFalse();
            assertThat(calendar.isWorkingDay(date("2026-09-25"))).as("中秋 2026").isFalse();
            assertThat(calendar.plusWorkingDays(date("2026-09-30"), 3)).as("国庆 2026").isEqualTo("2026-10-10");
        }

        @Test
        void hasASevenDayNationalDayBreakEveryYear() {
            for (int year : List.of(2024, 2025, 2026)) {
                // given 30 September; 1–7 October are off every year
                LocalDate lastDayBefore = LocalDate.of(year, 9, 30);

                // when / then
                assertThat(calendar.workingDaysBetween(lastDayBefore, LocalDate.of(year, 10, 7)))
                        .as("%d", year).isZero();
            }
        }
    }

    private WorkingDays workingDaysAt(String shanghaiTime) {
        Instant now = OffsetDateTime.parse(shanghaiTime).toInstant();
        return new WorkingDays(CALENDAR_2026, Clock.fixed(now, WorkingDays.ZONE));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Entry holiday(String iso, String name) {
        return new Entry(date(iso), Kind.HOLIDAY, name);
    }

    private static Entry workday(String iso, String name) {
        return new Entry(date(iso), Kind.WORKDAY, name);
    }

    /** A stand-in for the {@code ObjectProvider<Clock>} Spring would inject; {@code null} means no Clock bean. */
    private record StaticClockProvider(Clock clock) implements org.springframework.beans.factory.ObjectProvider<Clock> {
        @Override
        public Clock getObject(Object... args) {
            return getObject();
        }

        @Override
        public Clock getIfAvailable() {
            return clock;
        }

        @Override
        public Clock getIfUnique() {
            return clock;
        }

        @Override
        public Clock getObject() {
            if (clock == null) {
                throw new IllegalStateException("no Clock");
            }
            return clock;
        }
    }
}

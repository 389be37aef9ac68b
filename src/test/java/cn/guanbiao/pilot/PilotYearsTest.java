package cn.guanbiao.pilot;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The deadlines of 003_… 二 derive from the year: 26 July for the first batch (2023), 20 March after. */
class PilotYearsTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final PilotYears years = PilotYears.ofPolicy();

    @ParameterizedTest
    @CsvSource({"2023, 2023-07-26", "2024, 2024-03-20", "2025, 2025-03-20"})
    void listIsDueOnThePolicysDayOfTheYear(int year, LocalDate deadline) {
        assertThat(years.deadline(year)).isEqualTo(deadline);
    }

    @ParameterizedTest
    @CsvSource({"2023, 2023-07-27", "2024, 2024-03-21", "2025, 2025-03-21"})
    void listIsOverdueFromMidnightAfterTheDeadlineInBeijing(int year, LocalDate dayAfter) {
        assertThat(years.overdueAt(year)).isEqualTo(Date.from(dayAfter.atStartOfDay(BEIJING).toInstant()));
    }

    @Test
    void districtIsRemindedTenDaysBeforeTheDeadlineAtNine() {
        assertThat(years.reminderAt(2023)).isEqualTo(Date.from(ZonedDateTime.of(2023, 7, 16, 9, 0, 0, 0, BEIJING).toInstant()));
        assertThat(years.reminderAt(2024)).isEqualTo(Date.from(ZonedDateTime.of(2024, 3, 10, 9, 0, 0, 0, BEIJING).toInstant()));
    }

    @ParameterizedTest
    @ValueSource(ints = {2022, 2026})
    void yearsOutsideThePilotHaveNoBatch(int year) {
        assertThat(years.isPilotYear(year)).isFalse();
        assertThatThrownBy(() -> years.deadline(year)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> years.batchNumber(year)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void batchesAreNumberedFromTheFirstYear() {
        assertThat(years.batchNumber(2023)).isEqualTo(1);
        assertThat(years.batchNumber(2025)).isEqualTo(3);
        assertThat(years.batches()).isEqualTo(3);
    }

    @Test
    void configuredDaysApplyToTheirYears() {
        // given: an administrator moved the later deadline to 31 March
        PilotYears moved = new PilotYears(2023, 2025, "--07-26", "--03-31", 5);

        // then
        assertThat(moved.deadline(2023)).isEqualTo(LocalDate.of(2023, 7, 26));
        assertThat(moved.deadline(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(moved.reminderAt(2024)).isEqualTo(Date.from(ZonedDateTime.of(2024, 3, 26, 9, 0, 0, 0, BEIJING).toInstant()));
    }

    @Test
    void yearlyDataIsAskedEarlyNextYearAndDueEndOfMarch() {
        PilotReportSchedule schedule = new PilotReportSchedule(3, "--01-02", "--03-31", 10);

        assertThat(schedule.opensAt(2024)).isEqualTo(Date.from(ZonedDateTime.of(2025, 1, 2, 9, 0, 0, 0, BEIJING).toInstant()));
        assertThat(schedule.dueAt(2024)).isEqualTo(Date.from(ZonedDateTime.of(2025, 4, 1, 0, 0, 0, 0, BEIJING).toInstant()));
        assertThat(schedule.reminderAt(2024)).isEqualTo(Date.from(ZonedDateTime.of(2025, 3, 21, 9, 0, 0, 0, BEIJING).toInstant()));
        assertThat(schedule.nextDataYear(2024, null)).isEqualTo(2024);
        assertThat(schedule.nextDataYear(2024, 2024)).isEqualTo(2025);
        assertThat(schedule.moreAfter(2024, 2025)).isTrue();
        assertThat(schedule.moreAfter(2024, 2026)).isFalse();
    }
}

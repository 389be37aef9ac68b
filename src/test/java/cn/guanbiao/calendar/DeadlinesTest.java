package cn.guanbiao.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTest {

    @Test
    void showsTheMidnightAfterTheLastDayAsThatDayIncluded() {
        // given
        LocalDateTime exclusiveEnd = LocalDateTime.of(2026, 12, 22, 0, 0);

        // when
        String shown = Deadlines.show(exclusiveEnd);

        // then
        assertThat(shown).isEqualTo("2026年12月21日（含）");
    }

    @Test
    void keepsTheDayOfAnEndDuringTheDay() {
        assertThat(Deadlines.lastDay(LocalDateTime.of(2026, 12, 31, 17, 0))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void readsAnInstantInBeijingTime() {
        // given: midnight of 22 December in Beijing is 16:00 UTC on the 21st
        Instant exclusiveEnd = Instant.parse("2026-12-21T16:00:00Z");

        // when / then
        assertThat(Deadlines.lastDay(exclusiveEnd)).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void showsALastDayWithoutMonthOrDayPadding() {
        assertThat(Deadlines.show(LocalDate.of(2027, 3, 5))).isEqualTo("2027年3月5日（含）");
        assertThat(Deadlines.show((LocalDate) null)).isNull();
    }
}

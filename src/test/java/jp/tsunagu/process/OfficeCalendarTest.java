package jp.tsunagu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 行政機関の休日 as the Cabinet Office publishes them (内閣府「国民の祝日について」). */
class OfficeCalendarTest {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theHolidaysOf2026AreExactlyThePublishedOnes() {
        List<LocalDate> published = Stream.of("2026-01-01", "2026-01-12", "2026-02-11", "2026-02-23", "2026-03-20",
                "2026-04-29", "2026-05-03", "2026-05-04", "2026-05-05", "2026-05-06", "2026-07-20", "2026-08-11",
                "2026-09-21", "2026-09-22", "2026-09-23", "2026-10-12", "2026-11-03", "2026-11-23").map(LocalDate::parse)
                .toList();
        List<LocalDate> computed = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1))
                .filter(OfficeCalendar::isHoliday).toList();
        assertThat(computed).isEqualTo(published);
    }

    @Test
    void substituteSandwichedAndOlympicYearsAndTheEquinoxes() {
        assertThat(OfficeCalendar.isHoliday(LocalDate.of(2025, 2, 24))).as("振替休日 for 天皇誕生日 on a Sunday").isTrue();
        assertThat(OfficeCalendar.isHoliday(LocalDate.of(2021, 7, 23))).as("スポーツの日 of the Olympics").isTrue();
        assertThat(OfficeCalendar.isHoliday(LocalDate.of(2021, 10, 11))).isFalse();
        assertThat(OfficeCalendar.vernalEquinoxDay(2027)).isEqualTo(21);
        assertThat(OfficeCalendar.autumnalEquinoxDay(2027)).isEqualTo(23);
        assertThat(OfficeCalendar.isHoliday(LocalDate.of(2026, 9, 24))).isFalse();
    }

    @Test
    void theNewYearClosureAndWeekendsAreNoWorkingDays() {
        assertThat(Stream.of("2026-12-29", "2027-01-03", "2026-11-28", "2026-11-29").map(LocalDate::parse))
                .noneMatch(OfficeCalendar::isWorkingDay);
        assertThat(OfficeCalendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isTrue();
        assertThat(OfficeCalendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    }

    @Test
    void threeWorkingDaysFromFridayBeforeSilverWeekEndAfterIt() {
        ZonedDateTime friday = ZonedDateTime.of(2026, 9, 18, 10, 0, 0, 0, ZoneId.of("Asia/Tokyo"));
        ClockUtil.setCurrentTime(Date.from(friday.toInstant()));
        // 19–23 September 2026: Sat, Sun, 敬老の日, 国民の休日, 秋分の日
        assertThat(EngineTime.afterWorkingDays(3)).isEqualTo(Date.from(friday.withDayOfMonth(28).toInstant()));
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 25, 10, 0, 0, 0, ZoneId.of("Asia/Tokyo")).toInstant()));
        // 28 December, then closed until 3 January, then 4 and 5 January
        assertThat(EngineTime.afterWorkingDays(3)).as("over the new-year closure")
                .isEqualTo(Date.from(ZonedDateTime.of(2027, 1, 5, 10, 0, 0, 0, ZoneId.of("Asia/Tokyo")).toInstant()));
    }
}

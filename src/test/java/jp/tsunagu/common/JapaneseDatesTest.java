package jp.tsunagu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jp.tsunagu.report.FiscalYear;
import jp.tsunagu.report.Period;

/** Era style of the seed (R5.7月, 令和5年7月, 令和5年度) and the fiscal year, at their boundaries. */
class JapaneseDatesTest {

    @Test
    void theLastDayOfHeiseiAndTheFirstDayOfReiwa() {
        LocalDate lastOfHeisei = LocalDate.of(2019, 4, 30);
        LocalDate firstOfReiwa = LocalDate.of(2019, 5, 1);
        assertThat(JapaneseDates.longDate(lastOfHeisei)).isEqualTo("平成31年4月30日");
        assertThat(JapaneseDates.longDate(firstOfReiwa)).isEqualTo("令和元年5月1日");
        assertThat(JapaneseDates.longMonth(firstOfReiwa)).isEqualTo("令和元年5月");
        assertThat(JapaneseDates.shortMonth(lastOfHeisei)).isEqualTo("H31.4月");
        assertThat(JapaneseDates.shortMonth(firstOfReiwa)).isEqualTo("R1.5月");
    }

    @Test
    void datesAsTheSeedWritesThem() {
        assertThat(JapaneseDates.shortMonth(LocalDate.of(2023, 7, 31))).isEqualTo("R5.7月");
        assertThat(JapaneseDates.shortMonth(LocalDate.of(2022, 12, 1))).isEqualTo("R4.12月");
        assertThat(JapaneseDates.longMonth(LocalDate.of(2023, 11, 1))).isEqualTo("令和5年11月");
        assertThat(JapaneseDates.longDate(LocalDate.of(1989, 1, 7))).isEqualTo("昭和64年1月7日");
        assertThat(JapaneseDates.longDate(LocalDate.of(1989, 1, 8))).isEqualTo("平成元年1月8日");
    }

    @Test
    void aFiscalYearIsNamedInTheEraInForceAtItsEnd() {
        assertThat(new FiscalYear(2023).label()).isEqualTo("令和5年度");
        assertThat(new FiscalYear(2019).label()).as("began on 平成31年4月1日").isEqualTo("令和元年度");
        assertThat(new FiscalYear(2018).label()).isEqualTo("平成30年度");
        assertThat(new FiscalYear(1988).label()).as("平成 began in January 1989").isEqualTo("昭和63年度");
        assertThat(new FiscalYear(1989).label()).isEqualTo("平成元年度");
    }

    @Test
    void aFiscalYearRunsFromAprilToMarch() {
        assertThat(FiscalYear.of(LocalDate.of(2024, 3, 31))).isEqualTo(new FiscalYear(2023));
        assertThat(FiscalYear.of(LocalDate.of(2024, 4, 1))).isEqualTo(new FiscalYear(2024));
        assertThat(new FiscalYear(2023).period()).isEqualTo(new Period(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31)));
        assertThat(new FiscalYear(2023).period().start()).hasToString("2023-03-31T15:00:00Z");
        assertThat(new FiscalYear(2023).period().endExclusive()).hasToString("2024-03-31T15:00:00Z");
    }

    @Test
    void malformedYearsAndPeriodsAreRefusedInJapanese() {
        assertThatThrownBy(() -> FiscalYear.parse("令和5")).isInstanceOf(InvalidInputException.class).hasMessageContaining("西暦4桁");
        assertThatThrownBy(() -> FiscalYear.parse("0023")).isInstanceOf(InvalidInputException.class).hasMessageContaining("指定できません");
        assertThatThrownBy(() -> FiscalYear.parse(null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("fiscalYear=2023");
        assertThat(FiscalYear.parse(" 2023 ")).isEqualTo(new FiscalYear(2023));
        assertThatThrownBy(() -> Period.parse("2023/04/01", "2024-03-31")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("「2023/04/01」");
        assertThatThrownBy(() -> Period.parse("2023-04-01", "2023-03-31")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("より前");
        assertThatThrownBy(() -> Period.parse("2000-04-01", "2024-03-31")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("10年以内");
    }

    @Test
    void aDayAsOurScreensShowItWithItsWeekday() {
        assertThat(JapaneseDates.day(LocalDate.of(2026, 12, 10))).isEqualTo("2026年12月10日(木)");
        assertThat(JapaneseDates.day(LocalDate.of(2027, 1, 3))).isEqualTo("2027年1月3日(日)");
        assertThat(JapaneseDates.dayAndTime(java.time.LocalDateTime.of(2026, 12, 10, 9, 5, 7)))
                .isEqualTo("2026年12月10日(木) 09:05:07");
    }

    @Test
    void aBirthMonthIsTypedInTheWesternOrTheJapaneseCalendar() {
        java.time.YearMonth march2024 = java.time.YearMonth.of(2024, 3);
        for (String typed : java.util.List.of("2024-03", "2024-3", "2024/3", "2024年3月", "令和6年3月", "令和6年03月", "R6.3", "r6.3",
                "２０２４－０３", "令和６年３月")) {
            assertThat(JapaneseDates.parseMonth(typed)).as(typed).isEqualTo(march2024);
        }
        assertThat(JapaneseDates.parseMonth("令和元年5月")).isEqualTo(java.time.YearMonth.of(2019, 5));
        assertThat(JapaneseDates.parseMonth("平成31年4月")).isEqualTo(java.time.YearMonth.of(2019, 4));
        assertThat(JapaneseDates.parseMonth("平成元年1月")).as("平成 began on 1月8日").isEqualTo(java.time.YearMonth.of(1989, 1));
        for (String impossible : java.util.List.of("2024-13", "2024-00", "令和元年4月", "平成32年1月", "令和6年", "2024", "昨年の春")) {
            assertThatThrownBy(() -> JapaneseDates.parseMonth(impossible)).as(impossible)
                    .isInstanceOf(java.time.DateTimeException.class);
        }
    }

    @Test
    void aDayIsReadStrictlyInEitherCalendar() {
        assertThat(JapaneseDates.parseDay("令和8年12月20日")).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(JapaneseDates.parseDay("2026/12/20")).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(JapaneseDates.parseDay("令和元年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(JapaneseDates.parseDay("2028-02-29")).as("a leap day").isEqualTo(LocalDate.of(2028, 2, 29));
        for (String impossible : java.util.List.of("2026/13/45", "2026-02-30", "2026-02-29", "令和元年4月30日", "平成31年5月1日",
                "2026-12-10junk", "12/20")) {
            assertThatThrownBy(() -> JapaneseDates.parseDay(impossible)).as(impossible)
                    .isInstanceOf(java.time.DateTimeException.class);
        }
    }
}

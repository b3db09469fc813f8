package jp.tsunagu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import jp.tsunagu.common.InvalidInputException;

/** A year since the advisers began is a report, of zeros where nothing was recorded; others are a mistake. */
class ReportYearsTest {

    final ActivityQueries activities = mock(ActivityQueries.class);
    final ReportYears years = new ReportYears(activities, Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC));

    @Test
    void fromReiwa4ToTheCurrentYearEvenBeforeTheFirstRecord() {
        when(activities.firstDate()).thenReturn(Optional.of(LocalDate.of(2025, 5, 1)));
        assertThat(years.first()).isEqualTo(new FiscalYear(2022));
        assertThat(years.requireWithinData(new FiscalYear(2023))).as("令和5年度: zeros, not an error").isEqualTo(new FiscalYear(2023));
        assertThat(years.withinData(new FiscalYear(2022))).isTrue();
        assertThatThrownBy(() -> years.requireWithinData(new FiscalYear(2021))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("令和4年度（fiscalYear=2022）から令和8年度（fiscalYear=2026）まで");
        assertThatThrownBy(() -> years.requireWithinData(new FiscalYear(2027))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anEarlierRecordWidensTheRangeAndNoRecordAtAllStillAllowsTheProgramsYears() {
        when(activities.firstDate()).thenReturn(Optional.of(LocalDate.of(2021, 6, 1)));
        assertThat(years.first()).isEqualTo(new FiscalYear(2021));
        when(activities.firstDate()).thenReturn(Optional.empty());
        assertThat(years.first()).isEqualTo(new FiscalYear(2022));
    }
}

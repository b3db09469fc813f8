package jp.tsunagu.report;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.EngineTime;

/** Which fiscal years a report can be asked for: from the first activity record to the current year. */
@Component
public class ReportYears {

    private final ActivityQueries activities;
    private final Clock clock;

    public ReportYears(ActivityQueries activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    public FiscalYear current() {
        return FiscalYear.of(LocalDate.now(clock.withZone(EngineTime.JAPAN)));
    }

    /**
     * A year before the first record or after the current one is a mistake, not an empty report.
     * Where no record exists yet, only the current year can be asked for.
     */
    public FiscalYear requireWithinData(FiscalYear year) {
        FiscalYear current = current();
        FiscalYear first = first();
        if (year.startYear() < first.startYear() || year.startYear() > current.startYear()) {
            throw new InvalidInputException(year.label() + "（" + year.startYear() + "年度）の活動記録はありません。"
                    + "指定できるのは" + first.label() + "（fiscalYear=" + first.startYear() + "）から"
                    + current.label() + "（fiscalYear=" + current.startYear() + "）までです。");
        }
        return year;
    }

    /** The year of the first record; the current year while there is none. */
    public FiscalYear first() {
        FiscalYear current = current();
        return activities.firstDate().map(FiscalYear::of)
                .filter(earliest -> earliest.startYear() <= current.startYear()).orElse(current);
    }

    /** Whether a report of this year can be asked for (for links to the previous and next year). */
    public boolean withinData(FiscalYear year) {
        return year.startYear() >= first().startYear() && year.startYear() <= current().startYear();
    }
}

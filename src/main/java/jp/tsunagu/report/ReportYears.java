package jp.tsunagu.report;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.EngineTime;

/**
 * Which fiscal years a report can be asked for: from the year the advisers started (令和4年度,
 * the seed's R4.11), or an earlier first record, to the current year. A year in that range with
 * no records is a report of zeros, not an error.
 */
@Component
public class ReportYears {

    /** 令和4年度: the prefecture's regional advisers began in November 2022. */
    static final FiscalYear PROGRAM_START = new FiscalYear(2022);

    private final ActivityQueries activities;
    private final Clock clock;

    public ReportYears(ActivityQueries activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    public FiscalYear current() {
        return FiscalYear.of(LocalDate.now(clock.withZone(EngineTime.JAPAN)));
    }

    /** A year before the program (or the first record) or after the current one is a mistake, not an empty report. */
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

    /**
     * A period of months must lie within the years a report can be asked for: from April of the
     * first (令和4年4月) to March of the current fiscal year.
     */
    public CollectionPeriod requireWithinData(CollectionPeriod period) {
        CollectionPeriod allowed = new CollectionPeriod(CollectionPeriod.of(first()).from(), CollectionPeriod.of(current()).to());
        if (period.from().isBefore(allowed.from()) || period.to().isAfter(allowed.to())) {
            throw new InvalidInputException("期間（" + period.label() + "、from=" + period.from() + "&to=" + period.to() + "）は、"
                    + allowed.label() + "（from=" + allowed.from() + "&to=" + allowed.to() + "）の間で指定してください。");
        }
        return period;
    }

    /** The year the program began, or of an earlier first record; never after the current year. */
    public FiscalYear first() {
        FiscalYear current = current();
        int first = activities.firstDate().map(FiscalYear::of).map(FiscalYear::startYear)
                .filter(earliest -> earliest < PROGRAM_START.startYear()).orElse(PROGRAM_START.startYear());
        return new FiscalYear(Math.min(first, current.startYear()));
    }

    /** Whether a report of this year can be asked for (for links to the previous and next year). */
    public boolean withinData(FiscalYear year) {
        return year.startYear() >= first().startYear() && year.startYear() <= current().startYear();
    }
}

package jp.tsunagu.report;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.common.JapaneseDates;

/**
 * The months a case collection covers, both included (from=2022-04, to=2024-03): the seed gathers
 * the cases "これまでの", since the advisers began, not one fiscal year. A fiscal year is the
 * period of its April to its March, so {@code fiscalYear=2023} and {@code from=2023-04&to=2024-03}
 * are the same collection (and the same 今後の方向性).
 */
public record CollectionPeriod(YearMonth from, YearMonth to) {

    public CollectionPeriod {
        if (to.isBefore(from)) {
            // the parameter as typed, for the URL, and the month as our screens write it
            throw new InvalidInputException("期間の終わり（to=" + to + "、" + JapaneseDates.longMonth(to.atDay(1))
                    + "）が始まり（from=" + from + "、" + JapaneseDates.longMonth(from.atDay(1)) + "）より前です。");
        }
        if (from.plusYears(Period.MAX_YEARS).isBefore(to)) {
            throw new InvalidInputException("期間は" + Period.MAX_YEARS + "年以内で指定してください。");
        }
    }

    public static CollectionPeriod of(FiscalYear year) {
        return new CollectionPeriod(YearMonth.from(year.firstDay()), YearMonth.from(year.lastDay()));
    }

    /** from=2022-04&amp;to=2024-03 as a person or a bookmark wrote it; refused with a Japanese sentence. */
    public static CollectionPeriod parse(String from, String to) {
        return new CollectionPeriod(month(from, "from", "始まり", "2022-04"), month(to, "to", "終わり", "2024-03"));
    }

    /** The days of the period, for the activity records' dates. */
    public Period days() {
        return new Period(from.atDay(1), to.atEndOfMonth());
    }

    /** 令和4年4月〜令和6年3月 */
    public String label() {
        return JapaneseDates.longMonth(from.atDay(1)) + "〜" + JapaneseDates.longMonth(to.atDay(1));
    }

    /** The fiscal year this period is exactly, if it is one (for the links to the year before and after). */
    public java.util.Optional<FiscalYear> fiscalYear() {
        FiscalYear year = FiscalYear.of(from.atDay(1));
        return of(year).equals(this) ? java.util.Optional.of(year) : java.util.Optional.empty();
    }

    private static YearMonth month(String text, String parameter, String label, String example) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("期間の" + label + "（" + parameter + "）を年月で指定してください（例: "
                    + parameter + "=" + example + "）。");
        }
        String stripped = text.strip();
        try {
            if (stripped.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(stripped);
            }
        } catch (DateTimeParseException e) {
            // falls through to the sentence below: 2023-13 is no month either
        }
        throw new InvalidInputException("期間の" + label + "（" + parameter + "）「" + stripped + "」は年月（例: "
                + parameter + "=" + example + "）で指定してください。");
    }
}

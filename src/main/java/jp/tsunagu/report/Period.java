package jp.tsunagu.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.process.EngineTime;

/** A period of whole days in Japan time, both ends included (from=2023-04-01, to=2024-03-31). */
public record Period(LocalDate from, LocalDate to) {

    /** Longer periods are a mistyped year rather than a report anyone needs. */
    static final int MAX_YEARS = 10;

    public Period {
        if (to.isBefore(from)) {
            // the parameter as typed, for the URL, and the day as our screens write it
            throw new InvalidInputException("期間の終わり（to=" + to + "、" + JapaneseDates.day(to) + "）が始まり（from="
                    + from + "、" + JapaneseDates.day(from) + "）より前です。");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new InvalidInputException("期間は" + MAX_YEARS + "年以内で指定してください。");
        }
    }

    public static Period parse(String from, String to) {
        return new Period(date(from, "from", "始まり"), date(to, "to", "終わり"));
    }

    /** The first instant of the period in Japan time. */
    public Instant start() {
        return from.atStartOfDay(EngineTime.JAPAN).toInstant();
    }

    /** The first instant after the period in Japan time. */
    public Instant endExclusive() {
        return to.plusDays(1).atStartOfDay(EngineTime.JAPAN).toInstant();
    }

    private static LocalDate date(String text, String parameter, String label) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("期間の" + label + "（" + parameter + "）を日付で指定してください（例: "
                    + parameter + "=2023-04-01）。");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("期間の" + label + "（" + parameter + "）「" + text.strip()
                    + "」は日付（例: 2023-04-01）で指定してください。");
        }
    }
}

package jp.tsunagu.common;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Dates as the prefecture's reports write them: {@code R5.7月} in tables, {@code 令和5年7月} and
 * {@code 令和5年度} in headings. Eras come from {@link JapaneseDate}, so a future era needs a
 * newer JDK, not a change here. The first year of an era is written 元年 in full text
 * (令和元年), as official documents do; the short form keeps the digit (R1.5月).
 */
public final class JapaneseDates {

    private static final DateTimeFormatter NARROW_ERA = DateTimeFormatter.ofPattern("GGGGG", Locale.JAPAN);
    private static final DateTimeFormatter FULL_ERA = DateTimeFormatter.ofPattern("GGGG", Locale.JAPAN);

    private JapaneseDates() {
    }

    /** R5.7月 */
    public static String shortMonth(LocalDate date) {
        JapaneseDate japanese = JapaneseDate.from(date);
        return NARROW_ERA.format(japanese) + japanese.get(ChronoField.YEAR_OF_ERA) + "." + date.getMonthValue() + "月";
    }

    /** 令和5年7月 */
    public static String longMonth(LocalDate date) {
        return eraYear(JapaneseDate.from(date)) + date.getMonthValue() + "月";
    }

    /** 令和5年7月1日 */
    public static String longDate(LocalDate date) {
        return longMonth(date) + date.getDayOfMonth() + "日";
    }

    /**
     * 令和5年度 for the fiscal year starting in April of {@code startYear}. A fiscal year is named
     * in the era in force at its end, so the year that began on 2019-04-01 (still 平成31年) is
     * 令和元年度, as the government names it; when an era begins between January and March the
     * year keeps the era it began in (the year from 1988-04-01 is 昭和63年度).
     */
    public static String fiscalYear(int startYear) {
        JapaneseDate end = JapaneseDate.from(LocalDate.of(startYear + 1, 3, 31));
        int yearOfEra = end.get(ChronoField.YEAR_OF_ERA) - 1;
        if (yearOfEra >= 1) {
            return FULL_ERA.format(end) + yearText(yearOfEra) + "年度";
        }
        JapaneseDate start = JapaneseDate.from(LocalDate.of(startYear, 4, 1));
        return FULL_ERA.format(start) + yearText(start.get(ChronoField.YEAR_OF_ERA)) + "年度";
    }

    /** 平成31年, 令和元年 */
    static String eraYear(JapaneseDate date) {
        return FULL_ERA.format(date) + yearText(date.get(ChronoField.YEAR_OF_ERA)) + "年";
    }

    private static String yearText(int yearOfEra) {
        return yearOfEra == 1 ? "元" : Integer.toString(yearOfEra);
    }
}

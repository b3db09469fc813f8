package jp.tsunagu.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the prefecture's reports write them: {@code R5.7月} in tables, {@code 令和5年7月} and
 * {@code 令和5年度} in headings. Eras come from {@link JapaneseDate}, so a future era needs a
 * newer JDK, not a change here. The first year of an era is written 元年 in full text
 * (令和元年), as official documents do; the short form keeps the digit (R1.5月).
 */
public final class JapaneseDates {

    private static final DateTimeFormatter NARROW_ERA = DateTimeFormatter.ofPattern("GGGGG", Locale.JAPAN);
    private static final DateTimeFormatter FULL_ERA = DateTimeFormatter.ofPattern("GGGG", Locale.JAPAN);

    private static final String ERA = "(令和|平成|昭和|大正|[RHST])\\s*(元|\\d{1,2})\\s*[年.]\\s*";
    private static final String YEAR = "(\\d{4})\\s*[-/.年]\\s*";
    private static final Pattern WESTERN_DAY = Pattern.compile(YEAR + "(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern ERA_DAY = Pattern.compile(ERA + "(\\d{1,2})\\s*[.月]\\s*(\\d{1,2})\\s*日?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WESTERN_MONTH = Pattern.compile(YEAR + "(\\d{1,2})\\s*月?");
    private static final Pattern ERA_MONTH = Pattern.compile(ERA + "(\\d{1,2})\\s*月?", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private JapaneseDates() {
    }

    /** 2026年12月10日(木): the day as every screen of ours shows it. */
    public static String day(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日("
                + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.JAPAN) + ")";
    }

    /** 2026年12月10日(木) 09:30:12 (the audit log). */
    public static String dayAndTime(LocalDateTime time) {
        return day(time.toLocalDate()) + " " + TIME.format(time);
    }

    /**
     * A day as people type it: 2026-12-10, 2026/12/10, 2026年12月10日, 令和8年12月10日, R8.12.10
     * (full-width digits too). A day the calendar does not have (2026-02-30, 2026/13/45, 令和元年4月1日,
     * which was still 平成) is refused, never rolled over into another day.
     *
     * @throws DateTimeException when the text is no day or no day of the calendar
     */
    public static LocalDate parseDay(String text) {
        String normal = normalize(text);
        Matcher western = WESTERN_DAY.matcher(normal);
        if (western.matches()) {
            return LocalDate.of(number(western.group(1)), number(western.group(2)), number(western.group(3)));
        }
        Matcher era = ERA_DAY.matcher(normal);
        if (era.matches()) {
            return LocalDate.from(JapaneseDate.of(era(era.group(1)), yearOfEra(era.group(2)),
                    number(era.group(3)), number(era.group(4))));
        }
        throw new DateTimeException("not a day: " + normal);
    }

    /**
     * A month as people type it: 2024-03, 2024/3, 2024年3月, 令和6年3月, R6.3 (a birth month). A
     * month outside its era (平成32年1月) or the thirteenth month is refused.
     *
     * @throws DateTimeException when the text is no month of the calendar
     */
    public static YearMonth parseMonth(String text) {
        String normal = normalize(text);
        Matcher western = WESTERN_MONTH.matcher(normal);
        if (western.matches()) {
            return YearMonth.of(number(western.group(1)), number(western.group(2)));
        }
        Matcher era = ERA_MONTH.matcher(normal);
        if (era.matches()) {
            JapaneseEra named = era(era.group(1));
            YearMonth month = YearMonth.of(JapaneseChronology.INSTANCE.prolepticYear(named, yearOfEra(era.group(2))),
                    number(era.group(3)));
            if (!JapaneseDate.from(month.atDay(1)).getEra().equals(named)
                    && !JapaneseDate.from(month.atEndOfMonth()).getEra().equals(named)) {
                throw new DateTimeException("not a month of " + named + ": " + normal);
            }
            return month;
        }
        throw new DateTimeException("not a month: " + normal);
    }

    /** Full-width digits and signs as their ASCII forms (２０２４／３ is 2024/3), stripped. */
    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    private static JapaneseEra era(String name) {
        for (JapaneseEra era : JapaneseEra.values()) {
            if (era.getDisplayName(TextStyle.FULL, Locale.JAPAN).equals(name)
                    || era.getDisplayName(TextStyle.NARROW, Locale.ENGLISH).equalsIgnoreCase(name)) {
                return era;
            }
        }
        throw new DateTimeException("unknown era: " + name);
    }

    private static int yearOfEra(String text) {
        return text.equals("元") ? 1 : number(text);
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
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

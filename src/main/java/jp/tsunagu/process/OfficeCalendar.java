package jp.tsunagu.process;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * The days a municipal office or the support center is closed (行政機関の休日): Saturdays, Sundays,
 * the national holidays of the 国民の祝日に関する法律 as it stands since 2020 with their
 * substitute holidays (振替休日) and sandwiched days (国民の休日), and the new-year closure from
 * 29 December to 3 January. Working-day deadlines (an adviser's three days to accept) skip them.
 * The equinoxes use the usual approximation, valid from 1980 to 2099; the 2020 and 2021 moves
 * for the Olympic Games are kept as the exceptions they were.
 */
public final class OfficeCalendar {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(2, 11), MonthDay.of(2, 23),
            MonthDay.of(4, 29), MonthDay.of(5, 3), MonthDay.of(5, 4), MonthDay.of(5, 5), MonthDay.of(11, 3),
            MonthDay.of(11, 23));

    private OfficeCalendar() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && !isNewYearClosure(date) && !isHoliday(date);
    }

    /** A national holiday, a substitute holiday or a day between two holidays. */
    public static boolean isHoliday(LocalDate date) {
        if (isNamedHoliday(date)) {
            return true;
        }
        // 振替休日: the first day after a Sunday holiday that is no holiday itself.
        LocalDate before = date.minusDays(1);
        while (isNamedHoliday(before)) {
            if (before.getDayOfWeek() == DayOfWeek.SUNDAY) {
                return true;
            }
            before = before.minusDays(1);
        }
        // 国民の休日: a weekday between two holidays.
        return date.getDayOfWeek() != DayOfWeek.SUNDAY
                && isNamedHoliday(date.minusDays(1)) && isNamedHoliday(date.plusDays(1));
    }

    static boolean isNamedHoliday(LocalDate date) {
        int year = date.getYear();
        return FIXED.contains(MonthDay.from(date))
                || date.equals(nthMonday(year, Month.JANUARY, 2))                 // 成人の日
                || date.equals(LocalDate.of(year, 3, vernalEquinoxDay(year)))    // 春分の日
                || date.equals(marineDay(year))                                  // 海の日
                || date.equals(mountainDay(year))                                // 山の日
                || date.equals(nthMonday(year, Month.SEPTEMBER, 3))               // 敬老の日
                || date.equals(LocalDate.of(year, 9, autumnalEquinoxDay(year)))  // 秋分の日
                || date.equals(sportsDay(year));                                 // スポーツの日
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static boolean isNewYearClosure(LocalDate date) {
        return (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 29)
                || (date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 3);
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    private static LocalDate marineDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 23);
            case 2021 -> LocalDate.of(2021, 7, 22);
            default -> nthMonday(year, Month.JULY, 3);
        };
    }

    private static LocalDate mountainDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 8, 10);
            case 2021 -> LocalDate.of(2021, 8, 8);
            default -> LocalDate.of(year, 8, 11);
        };
    }

    private static LocalDate sportsDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 24);
            case 2021 -> LocalDate.of(2021, 7, 23);
            default -> nthMonday(year, Month.OCTOBER, 2);
        };
    }

    static int vernalEquinoxDay(int year) {
        return (int) Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    static int autumnalEquinoxDay(int year) {
        return (int) Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }
}

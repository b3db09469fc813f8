package jp.tsunagu.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.springframework.stereotype.Component;

import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.process.EngineTime;

/**
 * Dates on our pages in one Japanese style (issue 24): a day as 2026年12月10日(木), a month as
 * 令和6年3月, a moment as 2026年12月10日(木) 09:30:12 Japan time. Templates call it as
 * {@code ${@dates.day(record.activityDate)}}; nothing shown is an empty text.
 */
@Component("dates")
public class DateTexts {

    public String day(LocalDate date) {
        return date == null ? "" : JapaneseDates.day(date);
    }

    public String month(YearMonth month) {
        return month == null ? "" : JapaneseDates.longMonth(month.atDay(1));
    }

    public String time(Instant instant) {
        return instant == null ? "" : JapaneseDates.dayAndTime(LocalDateTime.ofInstant(instant, EngineTime.JAPAN));
    }
}

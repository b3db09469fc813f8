package jp.tsunagu.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * "Now" and "today" as the engine sees them (Japan time). Timers and due dates use the engine's
 * clock so that tests that move it see the same time as the timers do.
 */
public final class EngineTime {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private EngineTime() {
    }

    public static ZonedDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(JAPAN);
    }

    public static LocalDate today() {
        return now().toLocalDate();
    }

    /**
     * The moment {@code workingDays} working days from now, at the same time of day: weekends,
     * national holidays and the new-year closure are skipped ({@link OfficeCalendar}).
     */
    public static Date afterWorkingDays(int workingDays) {
        ZonedDateTime due = now();
        int added = 0;
        while (added < workingDays) {
            due = due.plusDays(1);
            if (OfficeCalendar.isWorkingDay(due.toLocalDate())) {
                added++;
            }
        }
        return Date.from(due.toInstant());
    }
}

package jp.tsunagu.process;

import java.time.DayOfWeek;
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
     * The moment {@code workingDays} working days from now (Saturdays and Sundays skipped;
     * national holidays are not known to the system yet and count as working days).
     */
    public static Date afterWorkingDays(int workingDays) {
        ZonedDateTime due = now();
        int added = 0;
        while (added < workingDays) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return Date.from(due.toInstant());
    }
}

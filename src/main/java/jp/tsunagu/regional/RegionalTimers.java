package jp.tsunagu.regional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;

import jp.tsunagu.process.EngineTime;
import jp.tsunagu.process.OfficeCalendar;

/**
 * Timers of regional-activity, called from the BPMN as ${regionalTimers...} with the meeting's
 * date. A meeting entered after it was held (the seed's cases) counts its deadline from today.
 */
@Component("regionalTimers")
public class RegionalTimers {

    /** The end of the office day on which a record is due. */
    static final LocalTime CLOSING = LocalTime.of(17, 0);

    private final RegionalProperties properties;

    public RegionalTimers(RegionalProperties properties) {
        this.properties = properties;
    }

    /** TimerEvent_MeetingDay: the meeting's day has begun, the adviser may record it. */
    public Date meetingDay(Object meetingDate) {
        return Date.from(date(meetingDate).atStartOfDay(EngineTime.JAPAN).toInstant());
    }

    /** UserTask_RecordMeeting's due date and Timer_RecordReminder: N working days after the meeting. */
    public Date recordDue(Object meetingDate) {
        return workingDaysAfter(later(date(meetingDate), EngineTime.today()), properties.recordWorkingDays());
    }

    /** UserTask_RecordMeetingReminded's due date and Timer_RecordEscalation: N more working days, then the center. */
    public Date escalationDue() {
        return workingDaysAfter(EngineTime.today(), properties.recordWorkingDays());
    }

    static Date workingDaysAfter(LocalDate from, int workingDays) {
        LocalDate due = from;
        int added = 0;
        while (added < workingDays) {
            due = due.plusDays(1);
            if (OfficeCalendar.isWorkingDay(due)) {
                added++;
            }
        }
        return Date.from(ZonedDateTime.of(due, CLOSING, EngineTime.JAPAN).toInstant());
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(EngineTime.JAPAN).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(value)); // the flow's own ISO date (RegionalRouting#meetingDates)
    }
}

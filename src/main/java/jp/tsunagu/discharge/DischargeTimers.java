package jp.tsunagu.discharge;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.springframework.stereotype.Component;

import jp.tsunagu.process.EngineTime;

/** Timers of discharge-transition, called from the BPMN as ${dischargeTimers...}. */
@Component("dischargeTimers")
public class DischargeTimers {

    /** Timers fire at the start of the working day, not at midnight. */
    static final LocalTime MORNING = LocalTime.of(9, 0);

    private final DischargeProperties properties;

    public DischargeTimers(DischargeProperties properties) {
        this.properties = properties;
    }

    /** Timer_ConferenceDue: the conference should have been held by this moment. */
    public Date conferenceDeadline(String expectedDischargeDate) {
        return morningOf(LocalDate.parse(expectedDischargeDate).minusDays(properties.conferenceDaysBefore()));
    }

    /** Timer_FollowUpDue: about one month after the discharge. */
    public Date followUpDate(String expectedDischargeDate) {
        return morningOf(LocalDate.parse(expectedDischargeDate).plus(properties.followUpAfter()));
    }

    /** Timer_CoordinatorReminder: an ISO repeating interval, e.g. R/PT336H. */
    public String coordinatorReminderCycle() {
        return "R/" + properties.coordinatorReminder();
    }

    static Date morningOf(LocalDate date) {
        return Date.from(date.atTime(MORNING).atZone(EngineTime.JAPAN).toInstant());
    }
}

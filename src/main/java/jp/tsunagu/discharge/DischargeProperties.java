package jp.tsunagu.discharge;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * tsunagu.discharge.*: the conference must be held this many days before the expected date
 * (else the center is asked); the follow-up comes this long after it; while no coordinator is
 * found the center is reminded at this interval.
 */
@ConfigurationProperties("tsunagu.discharge")
public record DischargeProperties(
        @DefaultValue("14") int conferenceDaysBefore,
        @DefaultValue("P1M") Period followUpAfter,
        @DefaultValue("P14D") Duration coordinatorReminder) {
}

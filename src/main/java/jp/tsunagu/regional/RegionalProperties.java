package jp.tsunagu.regional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the regional activity flow (tsunagu.regional.*): a meeting is recorded within
 * {@code recordWorkingDays} working days after its date, else the adviser is reminded; after as
 * many again the center is told too.
 */
@ConfigurationProperties("tsunagu.regional")
public record RegionalProperties(@DefaultValue("5") int recordWorkingDays) {
}

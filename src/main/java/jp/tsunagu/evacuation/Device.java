package jp.tsunagu.evacuation;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An electric medical device: its power draw and how long its own battery lasts. */
@Embeddable
public record Device(
        String name,
        int watts,
        @Column(name = "battery_hours", precision = 5, scale = 1) BigDecimal batteryHours) {

    /** Whether the battery runs out before the family reaches the destination. */
    public boolean runsOutWithin(int travelMinutes) {
        return batteryHours.multiply(BigDecimal.valueOf(60)).compareTo(BigDecimal.valueOf(travelMinutes)) < 0;
    }
}

package jp.tsunagu.evacuation;

import org.springframework.stereotype.Component;

/** Timer_YearlyReview, called from the BPMN as ${evacuationTimers.reviewInterval()}. */
@Component("evacuationTimers")
public class EvacuationTimers {

    private final EvacuationProperties properties;

    public EvacuationTimers(EvacuationProperties properties) {
        this.properties = properties;
    }

    /** An ISO-8601 period such as P1Y. */
    public String reviewInterval() {
        return properties.reviewInterval().toString();
    }
}

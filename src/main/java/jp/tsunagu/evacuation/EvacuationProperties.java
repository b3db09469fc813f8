package jp.tsunagu.evacuation;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** tsunagu.evacuation.review-interval: how long an approved plan stands before its review (at least yearly). */
@ConfigurationProperties("tsunagu.evacuation")
public record EvacuationProperties(@DefaultValue("P1Y") Period reviewInterval) {
}

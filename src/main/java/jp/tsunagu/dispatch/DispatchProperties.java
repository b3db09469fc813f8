package jp.tsunagu.dispatch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the dispatch flow (tsunagu.dispatch.*): the center triages within
 * {@code triageWorkingDays}; an adviser accepts within {@code acceptanceWorkingDays} or the center
 * is asked to act; the requester's feedback can be skipped after {@code feedbackTimeout}.
 */
@ConfigurationProperties("tsunagu.dispatch")
public record DispatchProperties(
        @DefaultValue("2") int triageWorkingDays,
        @DefaultValue("3") int acceptanceWorkingDays,
        @DefaultValue("P14D") Duration feedbackTimeout) {
}

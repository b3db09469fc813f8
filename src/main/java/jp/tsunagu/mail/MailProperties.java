package jp.tsunagu.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail about tasks (tsunagu.mail.*); the mail server itself is Spring Boot's spring.mail.*, and
 * without spring.mail.host nothing of this runs.
 *
 * @param from          the sender address of every mail
 * @param baseUrl       where people open つなぐ: the links to Tasklist and to the settings page start here
 * @param poll          how often the sender looks for digests to send (the first mail goes within a minute)
 * @param digestEvery   at most one mail per person within this time; what arrives meanwhile waits for the next
 * @param dueScan       how often open tasks are scanned for "due tomorrow" and "overdue"
 * @param claimLease    how long a node holds a person's digest while it sends; a node that died loses it after this
 * @param firstRetry    after a failed send, the person's digest is tried again after this, doubling per failure
 * @param longestRetry  the back-off never grows beyond this
 */
@ConfigurationProperties("tsunagu.mail")
public record MailProperties(
        @DefaultValue("tsunagu@localhost") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("PT15S") Duration poll,
        @DefaultValue("PT1H") Duration digestEvery,
        @DefaultValue("PT1H") Duration dueScan,
        @DefaultValue("PT5M") Duration claimLease,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT1H") Duration longestRetry) {

    /** The wait after {@code failures} failed sends in a row: firstRetry, doubled per failure, at most longestRetry. */
    public Duration backOff(int failures) {
        Duration wait = firstRetry;
        for (int i = 1; i < failures && wait.compareTo(longestRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }

    /** The base URL without a trailing slash. */
    String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}

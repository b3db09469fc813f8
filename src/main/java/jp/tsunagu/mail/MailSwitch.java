package jp.tsunagu.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether mail is on: exactly when Spring Boot's {@code spring.mail.host} is set, as that is
 * also when Spring Boot makes the mail sender. Off, no outbox row is written and nothing is sent.
 */
@Component
public class MailSwitch {

    /** The property that switches mail on; the sender beans are conditional on it too. */
    public static final String HOST_PROPERTY = "spring.mail.host";

    private final boolean on;

    public MailSwitch(@Value("${" + HOST_PROPERTY + ":}") String host) {
        this.on = host != null && !host.isBlank();
    }

    public boolean on() {
        return on;
    }
}

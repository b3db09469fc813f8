package jp.tsunagu.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The sender and the due-date scan run on Spring's scheduler, and only when mail is on
 * ({@code spring.mail.host} set): without a mail server the application schedules nothing.
 * Every node of a cluster runs both; the claims in the database keep them from doing the same work twice.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(MailSwitch.HOST_PROPERTY)
@EnableScheduling
public class MailScheduling {
}

package jp.tsunagu.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.mail.MailOutbox.Notice;

/**
 * Sends what waits in the outbox: one digest per person, the first within a poll (15 s), then at
 * most one per {@code tsunagu.mail.digest-every} (an hour). Before sending, a node claims the
 * person's digest ({@link MailDigests#claim}), so two nodes never send the same rows. A mail
 * server that is down or refuses costs nothing: the rows stay, the person's digest is tried again
 * after a back-off (1, 2, 4 … minutes, at most an hour), and no engine command ever waits for
 * the mail server, as sending happens here, outside every transaction of the flows.
 */
@Component
@ConditionalOnProperty(MailSwitch.HOST_PROPERTY)
public class DigestSender {

    private static final Logger LOG = LoggerFactory.getLogger(DigestSender.class);

    private final MailOutbox outbox;
    private final MailDigests digests;
    private final MailSettings settings;
    private final JavaMailSender mailer;
    private final MailProperties properties;
    private final TaskService tasks;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String node;

    public DigestSender(MailOutbox outbox, MailDigests digests, MailSettings settings, JavaMailSender mailer,
            MailProperties properties, TaskService tasks, PlatformTransactionManager transactions, Clock clock,
            @Value("${tsunagu.cluster.node-name:}") String nodeName) {
        this.outbox = outbox;
        this.digests = digests;
        this.settings = settings;
        this.mailer = mailer;
        this.properties = properties;
        this.tasks = tasks;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.node = nodeName == null || nodeName.isBlank() ? "node-" + UUID.randomUUID() : nodeName.strip();
    }

    @Scheduled(fixedDelayString = "${tsunagu.mail.poll:PT15S}", initialDelayString = "${tsunagu.mail.poll:PT15S}")
    public void scheduled() {
        try {
            sendWaiting();
        } catch (RuntimeException e) {
            LOG.warn("Sending mail failed, tried again at the next round: {}", e.toString());
        }
    }

    /** Sends every digest that is due now and that no other node holds; returns how many mails went out. */
    public int sendWaiting() {
        int sent = 0;
        for (String person : outbox.peopleWaiting()) {
            digests.ensure(person);
            if (digests.claim(person, node, clock.instant(), properties.claimLease(), properties.digestEvery())) {
                try {
                    sent += sendTo(person) ? 1 : 0;
                } catch (RuntimeException e) {
                    digests.release(person, node);
                    LOG.warn("No digest for {} this round: {}", person, e.toString());
                }
            }
        }
        return sent;
    }

    private boolean sendTo(String person) {
        // the hour until the next digest counts from here, however long the mail server takes
        Instant sending = clock.instant();
        List<Notice> waiting = outbox.waitingFor(person);
        Optional<String> address = settings.receives(person) ? settings.addressOf(person) : Optional.empty();
        List<Notice> stillOpen = address.isEmpty() ? List.of() : stillOpen(waiting);
        List<Long> dropped = waiting.stream().filter(notice -> !stillOpen.contains(notice)).map(Notice::id).toList();
        if (stillOpen.isEmpty()) {
            transaction.executeWithoutResult(status -> {
                outbox.markDropped(dropped, clock.instant());
                digests.release(person, node);
            });
            return false;
        }
        try {
            mailer.send(message(address.get(), stillOpen));
        } catch (MailException e) {
            int failures = transaction.execute(status -> digests.failed(person, node, clock.instant(), properties));
            LOG.warn("Mail to {} not sent ({} in a row), kept for later: {}", person, failures, e.toString());
            return false;
        }
        transaction.executeWithoutResult(status -> {
            outbox.markSent(stillOpen.stream().map(Notice::id).toList(), clock.instant());
            outbox.markDropped(dropped, clock.instant());
            digests.sent(person, node, sending);
        });
        return true;
    }

    /** A notice of a task that has ended meanwhile (completed, cancelled) says nothing any more. */
    private List<Notice> stillOpen(List<Notice> waiting) {
        Set<String> open = new HashSet<>();
        List<String> ids = waiting.stream().map(notice -> notice.task().taskId()).distinct().toList();
        if (!ids.isEmpty()) {
            tasks.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list().stream().map(Task::getId).forEach(open::add);
        }
        return waiting.stream().filter(notice -> open.contains(notice.task().taskId())).toList();
    }

    private MimeMessage message(String address, List<Notice> notices) {
        MimeMessage message = mailer.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, false, "UTF-8");
            mail.setFrom(properties.from());
            mail.setTo(address);
            mail.setSubject(DigestText.subject(notices));
            mail.setText(DigestText.body(notices, properties.base()), false);
            // an automatic notice: mail programs send no out-of-office answers to it (RFC 3834)
            message.setHeader("Auto-Submitted", "auto-generated");
        } catch (MessagingException e) {
            throw new IllegalStateException("the digest for " + address + " could not be written", e);
        }
        return message;
    }
}

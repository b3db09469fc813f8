package jp.tsunagu.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.process.CurrentUser;

/**
 * Writes the outbox rows for a task that reached people ({@link TaskMailPlugin}: the create and
 * assignment events of every user task) and for a due date ({@link DueDateScan}). A task event
 * writes in the engine's own transaction, inside a savepoint: the rows exist exactly when the
 * task does, and a failure here costs a mail, never the person's completion of the step before.
 */
@Component
public class TaskNotices {

    private static final Logger LOG = LoggerFactory.getLogger(TaskNotices.class);
    private static final int MAX_NAME = 255;
    private static final String UNNAMED_STEP = "タスク";

    private final MailSwitch mail;
    private final MailOutbox outbox;
    private final Recipients recipients;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    public TaskNotices(MailSwitch mail, MailOutbox outbox, Recipients recipients, CurrentUser currentUser, Clock clock,
            PlatformTransactionManager transactions) {
        this.mail = mail;
        this.outbox = outbox;
        this.recipients = recipients;
        this.currentUser = currentUser;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** A user task was created: its assignee, or its candidate users and groups' members, are told. */
    public void taskCreated(DelegateTask task) {
        if (mail.on()) {
            safely(task, () -> arrived(task, recipients.of(task.getAssignee(), task.getCandidates())));
        }
    }

    /** A task was given to someone: they are told, unless they took it themselves. */
    public void taskAssigned(DelegateTask task) {
        String assignee = task.getAssignee();
        if (mail.on() && assignee != null && !assignee.equals(currentUser.userId().orElse(null))) {
            safely(task, () -> arrived(task, recipients.reachable(Set.of(assignee))));
        }
    }

    /** For the due-date scan, in its own transaction: these people are told that the task is due tomorrow or overdue. */
    public void due(TaskFacts task, MailReason reason, Set<String> people) {
        Instant now = clock.instant();
        people.forEach(person -> outbox.add(person, reason, task, now));
    }

    private void arrived(DelegateTask task, Set<String> people) {
        if (people.isEmpty()) {
            return;
        }
        TaskFacts facts = new TaskFacts(task.getId(), stepName(task.getBpmnModelElementInstance().getName()),
                task.getExecution().getProcessBusinessKey(),
                task.getProcessEngineServices().getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getName(),
                dueOf(task.getDueDate()));
        Instant now = clock.instant();
        savepoint.executeWithoutResult(status -> people.stream()
                .filter(person -> !outbox.toldOfArrival(person, task.getId()))
                .forEach(person -> outbox.add(person, MailReason.ARRIVED, facts, now)));
    }

    private static void safely(DelegateTask task, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("No mail about task {} ({}): {}", task.getId(), task.getTaskDefinitionKey(), e.toString());
        }
    }

    static String stepName(String name) {
        if (name == null || name.isBlank()) {
            return UNNAMED_STEP;
        }
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    static Instant dueOf(java.util.Date due) {
        return due == null ? null : due.toInstant();
    }
}

package jp.tsunagu.mail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import javax.sql.DataSource;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.datasource.DataSourceUtils;

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
    private final DataSource dataSource;

    public TaskNotices(MailSwitch mail, MailOutbox outbox, Recipients recipients, CurrentUser currentUser, Clock clock,
            DataSource dataSource) {
        this.mail = mail;
        this.outbox = outbox;
        this.recipients = recipients;
        this.currentUser = currentUser;
        this.clock = clock;
        this.dataSource = dataSource;
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
        inSavepoint(() -> people.stream()
                .filter(person -> !outbox.toldOfArrival(person, task.getId()))
                .forEach(person -> outbox.add(person, MailReason.ARRIVED, facts, now)));
    }

    /**
     * Runs the writes inside a JDBC savepoint of the engine's transaction (the connection Spring
     * bound to it; the JPA transaction manager offers no nested transactions): on PostgreSQL a
     * failed statement would otherwise spoil the whole transaction and the person's command with it.
     */
    private void inSavepoint(Runnable writes) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                writes.run();
                connection.releaseSavepoint(savepoint);
            } catch (RuntimeException e) {
                connection.rollback(savepoint);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("savepoint in the engine's transaction", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
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

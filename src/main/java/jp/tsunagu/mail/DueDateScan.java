package jp.tsunagu.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.process.EngineTime;

/**
 * Once an hour: open tasks due tomorrow (Japan's calendar) or overdue are announced to the
 * people concerned, once per task, reason and due date. Which were announced is kept in
 * {@code mail_due_notice} (V72), written in the same transaction as the outbox rows: its primary
 * key lets exactly one node of a cluster announce a task, and a moved due date is announced anew.
 */
@Component
@ConditionalOnProperty(MailSwitch.HOST_PROPERTY)
public class DueDateScan {

    private static final Logger LOG = LoggerFactory.getLogger(DueDateScan.class);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final Recipients recipients;
    private final TaskNotices notices;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DueDateScan(TaskService tasks, RuntimeService runtime, RepositoryService repository, Recipients recipients,
            TaskNotices notices, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.recipients = recipients;
        this.notices = notices;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tsunagu.mail.due-scan:PT1H}", initialDelayString = "${tsunagu.mail.poll:PT15S}")
    public void scheduled() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.warn("Due-date scan failed, tried again at the next round: {}", e.toString());
        }
    }

    /** Announces what is newly due tomorrow or overdue; returns how many tasks were announced. */
    public int scan() {
        Instant now = clock.instant();
        LocalDate tomorrow = now.atZone(EngineTime.JAPAN).toLocalDate().plusDays(1);
        Instant tomorrowStarts = tomorrow.atStartOfDay(EngineTime.JAPAN).toInstant();
        Date tomorrowEnds = Date.from(tomorrow.plusDays(1).atStartOfDay(EngineTime.JAPAN).toInstant());
        Map<String, String> businessKeys = new HashMap<>();
        int announced = 0;
        for (Task task : tasks.createTaskQuery().active().dueBefore(tomorrowEnds).orderByDueDate().asc().list()) {
            Instant due = task.getDueDate().toInstant();
            MailReason reason = due.isBefore(now) ? MailReason.OVERDUE
                    : !due.isBefore(tomorrowStarts) ? MailReason.DUE_TOMORROW : null;
            if (reason != null && task.getProcessInstanceId() != null && announce(task, reason, businessKeys, now)) {
                announced++;
            }
        }
        return announced;
    }

    private boolean announce(Task task, MailReason reason, Map<String, String> businessKeys, Instant now) {
        Set<String> people = recipients.of(task.getAssignee(), tasks.getIdentityLinksForTask(task.getId()));
        if (people.isEmpty()) {
            return false;
        }
        TaskFacts facts = factsOf(task, businessKeys);
        try {
            return Boolean.TRUE.equals(transaction.execute(status -> {
                jdbc.update("insert into mail_due_notice (task_id, reason, due_at, noted_at) values (?, ?, ?, ?)",
                        task.getId(), reason.name(), MailOutbox.timestamp(facts.dueAt()), MailOutbox.timestamp(now));
                notices.due(facts, reason, people);
                return true;
            }));
        } catch (DuplicateKeyException announcedBefore) {
            return false;
        }
    }

    private TaskFacts factsOf(Task task, Map<String, String> businessKeys) {
        FlowElement step = repository.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        String businessKey = businessKeys.computeIfAbsent(task.getProcessInstanceId(), id -> {
            List<ProcessInstance> instance = runtime.createProcessInstanceQuery().processInstanceId(id).list();
            return instance.isEmpty() ? null : instance.get(0).getBusinessKey();
        });
        return new TaskFacts(task.getId(), TaskNotices.stepName(step == null ? null : step.getName()), businessKey,
                repository.getProcessDefinition(task.getProcessDefinitionId()).getName(), TaskNotices.dueOf(task.getDueDate()));
    }
}

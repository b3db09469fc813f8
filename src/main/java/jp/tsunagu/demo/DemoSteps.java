package jp.tsunagu.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.activity.ActivityForm;
import jp.tsunagu.activity.ParticipantRolesText;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.casework.MedicalCareItem;
import jp.tsunagu.casework.NewChildCase;
import jp.tsunagu.process.EngineTime;

/**
 * The steps the demo's people take, through the engine's API as they would in Tasklist: each as
 * the demo user with their groups set as the current authentication (so the write guard,
 * grants, routing and delegates run as in a real run), on the date of the step (the engine's
 * clock is moved; {@link DemoClock} makes the application's clock follow it while the seed plays).
 */
final class DemoSteps {

    private final IdentityService identity;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final ChildCases cases;
    private final TransactionTemplate transaction;

    DemoSteps(ProcessEngine engine, ChildCases cases, TransactionTemplate transaction) {
        this.identity = engine.getIdentityService();
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
        this.cases = cases;
        this.transaction = transaction;
    }

    /** The engine's clock (and with it the application's) at this moment, Japan time. */
    static void at(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(EngineTime.JAPAN).toInstant()));
    }

    static void at(LocalDate day, int hour) {
        at(day.atTime(hour, 0));
    }

    <T> T as(String user, Supplier<T> work) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    ProcessInstance start(String user, String processKey, Map<String, Object> variables) {
        return as(user, () -> runtime.startProcessInstanceByKey(processKey, new HashMap<>(variables)));
    }

    /** The one open task of the instance at this element, completed by this user with the form's fields. */
    void complete(String user, ProcessInstance instance, String activityId, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).list()
                .stream().findFirst().orElseThrow(() -> new IllegalStateException(
                        instance.getBusinessKey() + " is not waiting at " + activityId));
        complete(user, task, variables);
    }

    void complete(String user, Task task, Map<String, Object> variables) {
        as(user, () -> {
            tasks.complete(task.getId(), new HashMap<>(variables));
            return null;
        });
    }

    List<Task> open(ProcessInstance instance, String activityId) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).list();
    }

    List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).toList();
    }

    /** A message from outside a task (the center reports an event), correlated by business key. */
    void message(String user, ProcessInstance instance, String message, Map<String, Object> variables) {
        as(user, () -> runtime.createMessageCorrelation(message).processInstanceBusinessKey(instance.getBusinessKey())
                .setVariables(variables).correlateWithResult());
    }

    /**
     * The timers of this instance that are due at the engine's present time fire, as the job
     * executor would fire them (it is paused while the seed plays, see {@link DemoSeed}).
     */
    void fireDueTimers(ProcessInstance instance) {
        for (Job job : management.createJobQuery().processInstanceId(instance.getId()).timers().executable()
                .list()) {
            management.executeJob(job.getId());
        }
    }

    /** A child's case (pseudonymous label), as the municipality opens it, with its coordinator. */
    String child(String label, String municipality, String coordinator) {
        return transaction.execute(status -> {
            ChildCase child = cases.open(new NewChildCase(label, YearMonth.of(2018, 9), municipality,
                    Set.of(MedicalCareItem.VENTILATOR, MedicalCareItem.SUCTION), 30));
            if (coordinator != null) {
                cases.assignCoordinator(child.getId(), coordinator);
            }
            return child.getId();
        });
    }

    /**
     * An activity form's fields: date, kind, who took part as the seed writes it and the counts by
     * kind a person reads off it ({@link ParticipantRolesText}), content and 工夫したこと.
     */
    static Map<String, Object> activity(String date, String kind, int count, String roles, String content, String notes) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ActivityForm.DATE.name(), date);
        if (kind != null) {
            variables.put(ActivityForm.KIND.name(), kind);
        }
        variables.put(ActivityForm.PARTICIPANT_ROLES.name(), roles);
        ParticipantRolesText.split(roles, count, false).forEach(participants ->
                variables.put(ActivityForm.PARTICIPANTS_PREFIX + participants.kindCode(), participants.count()));
        variables.put(ActivityForm.CONTENT.name(), content);
        if (notes != null) {
            variables.put(ActivityForm.NOTES.name(), notes);
        }
        return variables;
    }

    /** 「多数」: nobody counted; the parts of the text that name a kind say who was there. */
    static Map<String, Object> many(String date, String roles, String content) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ActivityForm.DATE.name(), date);
        variables.put(ActivityForm.PARTICIPANT_ROLES.name(), roles);
        variables.put(ActivityForm.PARTICIPANTS_MANY.name(), true);
        ParticipantRolesText.split(roles, 0, true).forEach(participants ->
                variables.put(ActivityForm.PARTICIPANTS_PREFIX + participants.kindCode(), participants.count()));
        variables.put(ActivityForm.CONTENT.name(), content);
        return variables;
    }

    static Map<String, Object> with(Map<String, Object> variables, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }
}

package jp.tsunagu.dispatch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.identity.Names;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.EngineTime;
import jp.tsunagu.routing.GroupIds;

/**
 * 「申込の状況」: the dispatch requests the current user made, as they follow them: number, date,
 * kind, status, the next step and who holds it, the visit date and adviser once accepted, the
 * outcome. Whose requests they are comes from our table's requester column only. The next step
 * is read from the engine without the user's own grants (a municipality may not read the center's
 * triage task), because the request is theirs: only its step's name and holder are shown.
 */
@Service
public class MyRequests {

    /** One request as its requester sees it; "—" where there is nothing yet. */
    public record Row(String businessKey, String requestedOn, String kind, String status, String nextStep,
            String holder, String scheduledDate, String adviser, String outcome) {
    }

    static final String NONE = "—";

    private final DispatchRequestRepository requests;
    private final CurrentUser currentUser;
    private final ProcessEngine engine;
    private final Names names;

    public MyRequests(DispatchRequestRepository requests, CurrentUser currentUser, ProcessEngine engine, Names names) {
        this.requests = requests;
        this.currentUser = currentUser;
        this.engine = engine;
        this.names = names;
    }

    /**
     * Who makes dispatch requests, as RegisterDispatchRequest tells their role: the center,
     * coordinators, advisers and municipalities.
     */
    public boolean currentUserMayRequest() {
        List<String> groups = currentUser.groupIds();
        return groups.contains(GroupIds.SUPPORT_CENTER) || groups.contains(GroupIds.COORDINATOR)
                || groups.stream().anyMatch(group -> GroupIds.isAdviserGroup(group) || GroupIds.isMunicipalityGroup(group));
    }

    /** The current user's requests, newest first; none when nobody is logged in. */
    @Transactional(readOnly = true)
    public List<Row> ofCurrentUser() {
        List<DispatchRequest> mine = currentUser.userId().map(requests::findByRequesterUserIdOrderByCreatedAtDesc)
                .orElse(List.of());
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<String, NextStep> steps = nextSteps(mine.stream()
                .filter(request -> request.getClosedAt() == null && request.getProcessInstanceId() != null)
                .collect(Collectors.toMap(DispatchRequest::getProcessInstanceId, DispatchRequest::getBusinessKey)));
        return mine.stream().map(request -> row(request, steps.get(request.getProcessInstanceId()))).toList();
    }

    private Row row(DispatchRequest request, NextStep step) {
        boolean accepted = request.getAcceptedBy() != null;
        String outcome = request.getOutcome() == null ? NONE : request.getOutcome().label();
        if (request.getDeclineReason() != null && !request.getDeclineReason().isBlank()) {
            outcome = (request.getOutcome() == null ? "お断り" : outcome) + "（" + request.getDeclineReason() + "）";
        }
        return new Row(request.getBusinessKey(),
                request.getCreatedAt() == null ? NONE
                        : JapaneseDates.day(LocalDate.ofInstant(request.getCreatedAt(), EngineTime.JAPAN)),
                request.getRequestKind() == null ? NONE : request.getRequestKind().label(),
                request.getStatus() == null ? NONE : request.getStatus().label(),
                step == null ? NONE : step.name(), step == null ? NONE : step.holder(),
                accepted && request.getScheduledDate() != null ? JapaneseDates.day(request.getScheduledDate()) : NONE,
                accepted ? names.person(request.getAcceptedBy()) : NONE,
                outcome);
    }

    private record NextStep(String name, String holder) {
    }

    /** The open tasks of these instances: the step's name and who holds it, by instance. */
    private Map<String, NextStep> nextSteps(Map<String, String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return Map.of();
        }
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            Map<String, List<String>> names = new LinkedHashMap<>();
            Map<String, List<String>> holders = new LinkedHashMap<>();
            for (Task task : engine.getTaskService().createTaskQuery().processInstanceIdIn(businessKeys.keySet().toArray(String[]::new))
                    .active().orderByTaskCreateTime().asc().list()) {
                names.computeIfAbsent(task.getProcessInstanceId(), id -> new ArrayList<>()).add(stepName(task, businessKeys.get(task.getProcessInstanceId())));
                holders.computeIfAbsent(task.getProcessInstanceId(), id -> new ArrayList<>())
                        .add(holder(task));
            }
            Map<String, NextStep> steps = new LinkedHashMap<>();
            names.forEach((instance, taskNames) -> steps.put(instance, new NextStep(String.join("、", taskNames),
                    String.join("、", holders.get(instance)))));
            return steps;
        }));
    }

    /** The step without what TaskNaming appended for Tasklist (the number and the municipality). */
    private static String stepName(Task task, String businessKey) {
        String name = task.getName() == null ? NONE : task.getName();
        int cut = name.indexOf(" " + businessKey);
        return cut > 0 ? name.substring(0, cut) : name;
    }

    /** Who holds the step, by name (identity.Names): the assignee, else the groups it is offered to. */
    private String holder(Task task) {
        if (task.getAssignee() != null) {
            return names.person(task.getAssignee());
        }
        List<String> groups = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        return groups.isEmpty() ? NONE : names.groups(groups);
    }
}

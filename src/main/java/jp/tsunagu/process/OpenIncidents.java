package jp.tsunagu.process;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/**
 * Steps that kept failing after all their retries (incidents), for the managers' dashboard: which
 * request, which flow and step, since when and why. Nothing is lost while an incident is open: the
 * instance waits at the step with everything entered before it, and a retry in Cockpit (or
 * {@code PUT /engine-rest/job/{id}/retries}) runs it again. Read with the caller's authorizations,
 * so the center and the prefecture see all, others what their grants show.
 */
@Service
public class OpenIncidents {

    /** One open incident as the dashboard shows it. */
    public record OpenIncident(String businessKey, String flow, String step, String reason, Instant since,
            String processInstanceId, String jobId) {

        static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(EngineTime.JAPAN);

        /** When it happened, in Japan time, as the dashboard shows it. */
        public String sinceText() {
            return SHOWN.format(since);
        }
    }

    private final RuntimeService runtime;
    private final RepositoryService repository;

    public OpenIncidents(RuntimeService runtime, RepositoryService repository) {
        this.runtime = runtime;
        this.repository = repository;
    }

    /** The oldest open incidents first, at most this many (the dashboard shows a page, not all). */
    public List<OpenIncident> oldest(int max) {
        return runtime.createIncidentQuery().orderByIncidentTimestamp().asc().listPage(0, max).stream()
                .map(this::describe).toList();
    }

    private OpenIncident describe(Incident incident) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(incident.getProcessInstanceId()).singleResult();
        var model = repository.getBpmnModelInstance(incident.getProcessDefinitionId());
        FlowElement step = model.getModelElementById(incident.getActivityId());
        String flow = repository.getProcessDefinition(incident.getProcessDefinitionId()).getName();
        return new OpenIncident(instance == null ? null : instance.getBusinessKey(), flow,
                step == null ? incident.getActivityId() : step.getName(), incident.getIncidentMessage(),
                incident.getIncidentTimestamp().toInstant(), incident.getProcessInstanceId(), incident.getConfiguration());
    }
}

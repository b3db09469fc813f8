package jp.tsunagu.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;

/**
 * The engine's history level {@value #NAME} (camunda.bpm.history-level): Camunda's FULL without
 * what nobody reads, which in FULL is about a fifth of the statements of every lifecycle.
 * Kept: process, activity and task instances (Cockpit, camunda-bpm-assert, lead times), the
 * last value of each variable, incidents, jobs that failed or succeeded, decisions, batches.
 * Not written:
 * <ul>
 * <li>Camunda's table of the user operation log: the operations are produced, but written to our
 * audit log instead ({@code audit.OperationAudit}), which also records who started,
 * completed and read what; Cockpit's community edition has no page for Camunda's;</li>
 * <li>every intermediate value of a variable and form field (ACT_HI_DETAIL): what people entered
 * lives in our own records (requests, activity records, versioned plans);</li>
 * <li>the history of candidate links and of jobs being created or deleted (timers that were
 * cancelled because the work was done in time).</li>
 * </ul>
 */
@Component
public class KeptHistory extends AbstractProcessEnginePlugin implements HistoryLevel {

    public static final String NAME = "tsunagu";
    /** Stored in ACT_GE_PROPERTY; Camunda's own levels are 0 to 3. */
    public static final int ID = 30;

    private static final Set<HistoryEventType> NOT_WRITTEN = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, HistoryEventTypes.FORM_PROPERTY_UPDATE,
            HistoryEventTypes.IDENTITY_LINK_ADD, HistoryEventTypes.IDENTITY_LINK_DELETE,
            HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_DELETE);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(this);
        configuration.setCustomHistoryLevels(levels);
    }

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return !NOT_WRITTEN.contains(eventType);
    }

    @Override
    public String toString() {
        return "KeptHistory(name=" + NAME + ", id=" + ID + ")";
    }
}

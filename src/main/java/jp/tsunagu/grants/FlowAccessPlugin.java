package jp.tsunagu.grants;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.EngineLists;

/**
 * Attaches {@link FlowAccess} to every flow when the BPMN is parsed, and turns on the history
 * permissions that let a municipality read the history of its own children's instances only
 * (granted per instance, so Camunda's per-task history grants are left out: {@link TaskGrants}).
 * It also puts {@link UserWriteGuard} in front of every command, with each flow's start form.
 * The listeners look the bean up when they run: it needs engine services that do not exist yet
 * while the engine is being built.
 */
@Component
public class FlowAccessPlugin extends AbstractProcessEnginePlugin {

    private static final String MESSAGE_EVENT = "messageEventDefinition";

    private final ObjectProvider<FlowAccess> flowAccess;
    private final FormFields forms;
    private final Map<String, Set<String>> messagePayloads;
    /** Each flow's start form, by process definition key, as the BPMN names it. */
    private final Map<String, String> startForms = new ConcurrentHashMap<>();

    public FlowAccessPlugin(ObjectProvider<FlowAccess> flowAccess, FormFields forms, List<MessagePayload> messages) {
        this.flowAccess = flowAccess;
        this.forms = forms;
        this.messagePayloads = messages.stream()
                .collect(Collectors.toUnmodifiableMap(MessagePayload::messageName, MessagePayload::variables));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableHistoricInstancePermissions(true);
        configuration.setResourceAuthorizationProvider(new TaskGrants());
        configuration.setCustomPostBPMNParseListeners(
                EngineLists.plus(configuration.getCustomPostBPMNParseListeners(), new Listeners()));
        configuration.setCustomPostCommandInterceptorsTxRequired(
                EngineLists.plus(configuration.getCustomPostCommandInterceptorsTxRequired(),
                        new UserWriteGuard(forms, startForms, messagePayloads)));
    }

    /**
     * Runs as the engine's own code does: granting read on an instance is not something the
     * user who starts it may do themselves (they hold no permission on authorizations). Camunda
     * does the same for delegates (authorizationEnabledForCustomCode is off).
     */
    static void asEngine(Runnable work) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            work.run();
            return;
        }
        context.runWithoutAuthorization(() -> {
            work.run();
            return null;
        });
    }

    private final class Listeners extends AbstractBpmnParseListener {

        @Override
        public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
            if (scope == startEvent.getProcessDefinition()) {
                String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
                if (formRef != null) {
                    startForms.put(((ProcessDefinitionEntity) startEvent.getProcessDefinition()).getKey(), formRef);
                }
                startEvent.addListener(ExecutionListener.EVENTNAME_END,
                        (ExecutionListener) execution -> asEngine(() -> flowAccess.getObject().flowStarted(execution)));
            } else if (element.element(MESSAGE_EVENT) != null) {
                addEventReceived(startEvent);
            }
        }

        @Override
        public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (element.element(MESSAGE_EVENT) != null) {
                addEventReceived(activity);
            }
        }

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            task.addTaskListener(TaskListener.EVENTNAME_CREATE,
                    delegateTask -> asEngine(() -> flowAccess.getObject().taskCreated(delegateTask)));
            task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT,
                    delegateTask -> asEngine(() -> flowAccess.getObject().taskAssigned(delegateTask)));
            task.addTaskListener(TaskListener.EVENTNAME_COMPLETE,
                    delegateTask -> asEngine(() -> flowAccess.getObject().taskCompleted(delegateTask)));
        }

        private void addEventReceived(ActivityImpl activity) {
            activity.addListener(ExecutionListener.EVENTNAME_END,
                    (ExecutionListener) execution -> asEngine(() -> flowAccess.getObject().eventReceived(execution)));
        }
    }
}

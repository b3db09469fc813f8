package jp.tsunagu.mail;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.EngineLists;

/**
 * Attaches {@link TaskNotices} to every user task of every flow when the BPMN is parsed (as
 * grants.FlowAccessPlugin attaches access), so that no flow can forget to tell people that work
 * arrived. The listeners run after the BPMN's own (TaskNaming, assignment by a delegate): the
 * task is complete when they look at it. The bean is looked up when they run: it needs engine
 * services that do not exist yet while the engine is being built.
 */
@Component
public class TaskMailPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskNotices> notices;

    public TaskMailPlugin(ObjectProvider<TaskNotices> notices) {
        this.notices = notices;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPostBPMNParseListeners(
                EngineLists.plus(configuration.getCustomPostBPMNParseListeners(), new NoticesOnUserTasks()));
    }

    private final class NoticesOnUserTasks extends AbstractBpmnParseListener {
        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            task.addTaskListener(TaskListener.EVENTNAME_CREATE, created -> notices.getObject().taskCreated(created));
            task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigned -> notices.getObject().taskAssigned(assigned));
        }
    }
}

package jp.tsunagu.support;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

import jp.tsunagu.process.ProcessKeys;

/**
 * Drives a flow through the Java API as the demo users, with their groups set as the current
 * authentication so that the engine's authorization checks apply exactly as in Tasklist.
 */
public final class FlowDriver {

    private final IdentityService identity;
    private final RuntimeService runtime;
    private final TaskService tasks;

    /**
     * A flow test begins: camunda-bpm-assert bound to this engine, the engine's clock at the
     * test's moment. {@link #finish()} undoes both after the test.
     */
    public static FlowDriver startingAt(ProcessEngine engine, ZonedDateTime now) {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
        return new FlowDriver(engine);
    }

    public void finish() {
        identity.clearAuthentication();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    public FlowDriver(ProcessEngine engine) {
        this.identity = engine.getIdentityService();
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
    }

    /**
     * The shortest whole request: むつ市 asks, the center declines at triage, むつ市 acknowledges;
     * the instance has ended. Returns its id.
     */
    public String declinedRequestOfMutsu(LocalDate wishedDate) {
        String instance = as("muni.022080", () -> runtime.startProcessInstanceByKey(ProcessKeys.ADVISER_DISPATCH,
                Map.of("municipalityCode", "022080", "requestKind", "OTHER", "requestDetail", "問い合わせ",
                        "wishedDate", wishedDate.toString()))).getId();
        complete("center", tasks.createTaskQuery().processInstanceId(instance).singleResult(),
                Map.of("triageDecision", "DECLINED", "declineReason", "支援センターの相談窓口をご案内します。"));
        complete("muni.022080", tasks.createTaskQuery().processInstanceId(instance).singleResult(), Map.of());
        return instance;
    }

    public <T> T as(String user, Supplier<T> work) {
        identity.setAuthentication(user, groupsOf(user));
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public void complete(String user, Task task, Map<String, Object> variables) {
        as(user, () -> {
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    public List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    public List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(group -> group.getId()).toList();
    }
}

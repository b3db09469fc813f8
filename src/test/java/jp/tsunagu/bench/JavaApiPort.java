package jp.tsunagu.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;

/**
 * The Java API with the user's groups as the current authentication, so that the engine checks
 * authorizations as it does for Tasklist (as FlowDriver of the tests). With {@code users == false}
 * no authentication is set: the bare engine, which has no users and no authorization checks.
 */
final class JavaApiPort implements FlowPort {

    private final IdentityService identity;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final boolean users;
    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

    JavaApiPort(ProcessEngine engine, boolean users) {
        this.identity = engine.getIdentityService();
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.users = users;
    }

    @Override
    public String start(String user, String processKey, Map<String, Object> variables) {
        return as(user, () -> runtime.startProcessInstanceByKey(processKey, variables).getId());
    }

    @Override
    public String findTask(String user, String instanceId, String activityId) {
        return as(user, () -> tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(activityId)
                .singleResult().getId());
    }

    @Override
    public void complete(String user, String taskId, Map<String, Object> variables) {
        as(user, () -> {
            tasks.complete(taskId, variables);
            return null;
        });
    }

    private <T> T as(String user, Supplier<T> work) {
        if (!users) {
            return work.get();
        }
        identity.setAuthentication(user, groups.computeIfAbsent(user, this::groupsOf));
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }
}

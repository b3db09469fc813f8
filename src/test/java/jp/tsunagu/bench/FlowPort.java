package jp.tsunagu.bench;

import java.util.Map;

/**
 * One way into the engine as a given user: the Java API with the user's authentication set, REST
 * with HTTP Basic, or the bare engine (no users). The lifecycles of {@link Lifecycles} are written
 * once against this, so that every way plays exactly the same steps with the same variables.
 */
interface FlowPort {

    /** Starts the flow and answers the process instance id. */
    String start(String user, String processKey, Map<String, Object> variables);

    /** The id of the one task at this activity of the instance that the user sees. */
    String findTask(String user, String instanceId, String activityId);

    void complete(String user, String taskId, Map<String, Object> variables);
}

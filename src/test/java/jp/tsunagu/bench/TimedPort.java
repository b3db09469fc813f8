package jp.tsunagu.bench;

import java.util.Map;

/** Records the latency of each start, task lookup and completion of the port it wraps. */
record TimedPort(FlowPort port, Latencies latencies, String flow) implements FlowPort {

    @Override
    public String start(String user, String processKey, Map<String, Object> variables) {
        return latencies.time(flow + " start", () -> port.start(user, processKey, variables));
    }

    @Override
    public String findTask(String user, String instanceId, String activityId) {
        return latencies.time(flow + " task lookup", () -> port.findTask(user, instanceId, activityId));
    }

    @Override
    public void complete(String user, String taskId, Map<String, Object> variables) {
        latencies.time(flow + " task completion", () -> {
            port.complete(user, taskId, variables);
            return null;
        });
    }
}

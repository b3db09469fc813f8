package jp.tsunagu.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Camunda's REST API with HTTP Basic as the demo users, the way Tasklist and scripts call it. */
record RestPort(Http http) implements FlowPort {

    @Override
    public String start(String user, String processKey, Map<String, Object> variables) {
        return http.post(user, "/engine-rest/process-definition/key/" + processKey + "/start",
                Map.of("variables", wrap(variables)), "application/json").get("id").asText();
    }

    @Override
    public String findTask(String user, String instanceId, String activityId) {
        JsonNode found = http.get(user, "/engine-rest/task?processInstanceId=" + instanceId
                + "&taskDefinitionKey=" + URLEncoder.encode(activityId, StandardCharsets.UTF_8));
        if (found.size() != 1) {
            throw new IllegalStateException(user + " sees " + found.size() + " tasks " + activityId + " of " + instanceId);
        }
        return found.get(0).get("id").asText();
    }

    @Override
    public void complete(String user, String taskId, Map<String, Object> variables) {
        http.post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", wrap(variables)),
                "application/json");
    }

    /** REST variables {"name": {"value": ...}}. */
    private static Map<String, Object> wrap(Map<String, Object> variables) {
        Map<String, Object> wrapped = new LinkedHashMap<>();
        variables.forEach((name, value) -> wrapped.put(name, Map.of("value", value)));
        return wrapped;
    }
}

package jp.tsunagu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** Drives flows through Camunda's REST API with HTTP Basic as the demo users (password demo, admin / admin). */
public final class RestDriver {

    static final String PASSWORD = "demo";
    static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    private final TestRestTemplate rest;

    /** The demo profile's passwords (CONTRACTS.md): admin/admin, everyone else "demo". */
    public static String passwordOf(String user) {
        return "admin".equals(user) ? "admin" : PASSWORD;
    }

    public RestDriver(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** REST variables {"name": {"value": ...}} from name, value pairs. */
    public static Map<String, Object> variables(Object... nameValuePairs) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            variables.put((String) nameValuePairs[i], Map.of("value", nameValuePairs[i + 1]));
        }
        return variables;
    }

    public Map<String, Object> start(String user, String processKey, Map<String, Object> variables, HttpStatus expected) {
        return post(user, "/engine-rest/process-definition/key/" + processKey + "/start", Map.of("variables", variables), expected);
    }

    public Map<String, Object> post(String user, String path, Object body, HttpStatus expected) {
        ResponseEntity<Map<String, Object>> answer = rest.withBasicAuth(user, passwordOf(user))
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body), OBJECT);
        assertThat(answer.getStatusCode()).as(path + " " + answer.getBody()).isEqualTo(expected);
        return answer.getBody();
    }

    /** Any call, whatever its answer: for tests that look at refusals and conflicts. */
    public ResponseEntity<Map<String, Object>> send(String user, HttpMethod method, String path, Object body) {
        return rest.withBasicAuth(user, passwordOf(user)).exchange(path, method, body == null ? null : new HttpEntity<>(body), OBJECT);
    }

    /** The status of a call as the user, whatever it is (for the access matrix). */
    public HttpStatusCode statusOf(String user, HttpMethod method, String path, Object body) {
        return rest.withBasicAuth(user, passwordOf(user))
                .exchange(path, method, body == null ? null : new HttpEntity<>(body), String.class).getStatusCode();
    }

    public ResponseEntity<String> get(String user, String path) {
        return rest.withBasicAuth(user, passwordOf(user)).getForEntity(path, String.class);
    }

    /** A list endpoint as the user; the list must come back (200). */
    /** The business keys /search finds for the user, in the order it lists them (report.Search). */
    public List<String> found(String user, String query) {
        ResponseEntity<String> answer = get(user, "/search?q=" + query);
        assertThat(answer.getStatusCode()).as(user + " searches " + query).isEqualTo(HttpStatus.OK);
        List<String> keys = new java.util.ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<tr data-business-key=\"([^\"]+)\"").matcher(answer.getBody());
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    public List<Map<String, Object>> list(String user, String path) {
        ResponseEntity<List<Map<String, Object>>> answer = rest.withBasicAuth(user, passwordOf(user))
                .exchange(path, HttpMethod.GET, null, LIST);
        assertThat(answer.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    public void complete(String user, Map<String, Object> task, Map<String, Object> variables) {
        ResponseEntity<String> answer = rest.withBasicAuth(user, passwordOf(user)).exchange(
                "/engine-rest/task/" + task.get("id") + "/complete", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variables)), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    public List<Map<String, Object>> tasks(String user, String instanceId) {
        ResponseEntity<List<Map<String, Object>>> answer = rest.withBasicAuth(user, passwordOf(user)).exchange(
                "/engine-rest/task?processInstanceId=" + instanceId, HttpMethod.GET, null, LIST);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    /** The one task at this activity that the user can see. */
    public Map<String, Object> task(String user, String instanceId, String activityId) {
        List<Map<String, Object>> visible = tasks(user, instanceId).stream()
                .filter(task -> activityId.equals(task.get("taskDefinitionKey"))).toList();
        assertThat(visible).as(activityId + " visible to " + user).hasSize(1);
        return visible.get(0);
    }

    public List<Object> candidateGroups(String user, Map<String, Object> task) {
        ResponseEntity<List<Map<String, Object>>> answer = rest.withBasicAuth(user, passwordOf(user)).exchange(
                "/engine-rest/task/" + task.get("id") + "/identity-links?type=candidate", HttpMethod.GET, null, LIST);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        // the person a task is assigned to is a candidate user too (grants.FlowAccess): groups only here
        return answer.getBody().stream().map(link -> link.get("groupId")).filter(Objects::nonNull).toList();
    }

    /** A form of one of our pages as a machine sends it (HTTP Basic, no session): the answer as it is. */
    public ResponseEntity<String> postForm(String user, String path, String... nameValuePairs) {
        org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            form.add(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
        return rest.withBasicAuth(user, passwordOf(user)).exchange(path, HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(form, headers), String.class);
    }

    /** What Tasklist shows under a filter: the filter's list endpoint as the user. */
    public List<Object> taskIdsThroughFilter(String user, String filterName) {
        ResponseEntity<List<Map<String, Object>>> filters = rest.withBasicAuth(user, passwordOf(user)).exchange(
                "/engine-rest/filter?resourceType=Task", HttpMethod.GET, null, LIST);
        assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
        Object filterId = filters.getBody().stream().filter(filter -> filterName.equals(filter.get("name")))
                .findFirst().orElseThrow().get("id");
        ResponseEntity<List<Map<String, Object>>> tasks = rest.withBasicAuth(user, passwordOf(user)).exchange(
                "/engine-rest/filter/" + filterId + "/list", HttpMethod.GET, null, LIST);
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        return tasks.getBody().stream().map(task -> task.get("id")).toList();
    }
}

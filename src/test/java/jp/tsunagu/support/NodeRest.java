package jp.tsunagu.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Camunda's REST API of one {@link AppNode}, as the demo users, with plain JDK HTTP. */
public final class NodeRest {

    /** Status and parsed JSON body (null when there is none); status 0: no answer at all. */
    public record Answer(int status, Object body) {
        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            return (Map<String, Object>) body;
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) body;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public NodeRest(AppNode node) {
        this.baseUrl = node.baseUrl() + "/engine-rest";
    }

    public Answer get(String user, String path) {
        return send(user, "GET", path, null);
    }

    public Answer post(String user, String path, Object body) {
        return send(user, "POST", path, body);
    }

    public Answer put(String user, String path, Object body) {
        return send(user, "PUT", path, body);
    }

    /** An answer with status 0 means the connection broke: the node died while it worked. */
    public Answer send(String user, String method, String path, Object body) {
        try {
            String credentials = user + ":" + RestDriver.passwordOf(user);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Object parsed = response.body() == null || response.body().isBlank() ? null
                    : JSON.readValue(response.body(), new TypeReference<Object>() {
                    });
            return new Answer(response.statusCode(), parsed);
        } catch (IOException connectionBroke) {
            return new Answer(0, connectionBroke.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

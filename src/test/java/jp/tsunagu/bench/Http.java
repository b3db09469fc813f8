package jp.tsunagu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** HTTP as a demo user with HTTP Basic (password demo, admin/admin), JSON in and out. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    JsonNode get(String user, String path) {
        return json(send(user, HttpRequest.newBuilder(URI.create(base + path)).GET(), "application/json"));
    }

    String getText(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET(), "text/html");
    }

    JsonNode post(String user, String path, Object body, String accept) {
        try {
            String text = JSON.writeValueAsString(body);
            return json(send(user, HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)), accept));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private String send(String user, HttpRequest.Builder request, String accept) {
        String password = "admin".equals(user) ? "admin" : "demo";
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> answer = client.send(request.header("Authorization", "Basic " + basic)
                    .header("Accept", accept).timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException(user + " " + answer.request().method() + " " + answer.uri() + " answered "
                        + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}

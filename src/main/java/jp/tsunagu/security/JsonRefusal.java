package jp.tsunagu.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The answer a filter gives when it refuses a request before any REST resource sees it, in the
 * shape of the REST API's own refusals: {@code {"type": …, "message": "<Japanese sentence>"}}.
 */
final class JsonRefusal {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonRefusal() {
    }

    static void send(HttpServletResponse response, int status, String type, String message) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}

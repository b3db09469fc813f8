package jp.tsunagu.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Camunda's REST resources take a JSON body of {@code null}, or a variable written as
 * {@code "name": null} instead of {@code "name": {"value": null}}, as if it could not happen, and
 * fail with HTTP 500. Both are bad input: refused here with 400 and a Japanese sentence before
 * they reach the engine (REST API and the web apps' engine API alike). Other bodies pass unchanged.
 */
class NullJsonRestFilter extends OncePerRequestFilter {

    /** The members of Camunda's request bodies that hold variables by name. */
    static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "processVariables",
            "processVariablesLocal", "processVariablesToTriggeredScope", "correlationKeys", "localCorrelationKeys");
    /** Larger bodies (files) are left to the engine's own limits. */
    private static final int MAX_INSPECTED = 4 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if ("GET".equals(request.getMethod()) || type == null || !type.toLowerCase().startsWith("application/json")
                || request.getContentLengthLong() > MAX_INSPECTED) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED + 1);
        Optional<String> refusal = body.length > MAX_INSPECTED ? Optional.empty() : refusal(body);
        if (refusal.isPresent()) {
            JsonRefusal.send(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidInputException", refusal.get());
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    static Optional<String> refusal(byte[] body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (JsonProcessingException unreadable) {
            return Optional.empty(); // Camunda's and our mapping answer malformed JSON with 400
        } catch (IOException e) {
            return Optional.empty();
        }
        if (json == null || json.isMissingNode()) {
            return Optional.empty();
        }
        if (json.isNull()) {
            return Optional.of("送信された内容が空（null）です。必要な項目を JSON のオブジェクトで送信してください。");
        }
        if (json instanceof ObjectNode object) {
            for (String member : VARIABLE_MAPS) {
                JsonNode variables = object.get(member);
                if (variables instanceof ObjectNode map) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> variable = it.next();
                        if (variable.getValue().isNull()) {
                            return Optional.of("送信された内容の「" + variable.getKey() + "」に値がありません。"
                                    + "変数は {\"value\": …} の形で送信してください。");
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The request with its body read once here and replayed for the REST resource. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return ((ByteArrayInputStream) in).available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}

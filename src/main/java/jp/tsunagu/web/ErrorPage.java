package jp.tsunagu.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * How our pages answer a refusal or an error: a browser (Accept text/html) gets a Japanese page
 * in our layout with a way back to the home page and Tasklist; a script gets one short Japanese
 * sentence, as JSON when it asks only for JSON, as plain text otherwise. Same status either way.
 */
@Component
public class ErrorPage {

    static final String TEMPLATE = "error/page";
    static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ITemplateEngine templates;
    private final ObjectMapper objectMapper;

    public ErrorPage(ITemplateEngine templates, ObjectMapper objectMapper) {
        this.templates = templates;
        this.objectMapper = objectMapper;
    }

    /**
     * A browser names text/html first in its Accept header; a script sends none, "*&#47;*" or
     * puts JSON first.
     */
    public static boolean wantsHtml(HttpServletRequest request) {
        return MediaType.TEXT_HTML.equalsTypeAndSubtype(preferred(request));
    }

    private static boolean wantsJson(HttpServletRequest request) {
        return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(preferred(request));
    }

    /** The media type the request's Accept header asks for first (highest quality, then order). */
    private static MediaType preferred(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return MediaType.ALL;
        }
        try {
            List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
            types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            return types.isEmpty() ? MediaType.ALL : types.get(0);
        } catch (InvalidMediaTypeException unreadable) {
            return MediaType.ALL;
        }
    }

    /** The answer to the request: the Japanese page, JSON or plain text, with this status. */
    public ResponseEntity<String> answer(HttpServletRequest request, HttpStatus status, String message) {
        Wording wording = Wording.of(status);
        String sentence = message == null || message.isBlank() ? wording.message() : message;
        if (wantsHtml(request)) {
            Context context = new Context(java.util.Locale.JAPAN, Map.of("status", status.value(),
                    "title", wording.title(), "message", sentence));
            return ResponseEntity.status(status).contentType(HTML).body(templates.process(TEMPLATE, context));
        }
        if (wantsJson(request)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(json(Map.of("status", status.value(), "message", sentence)));
        }
        return ResponseEntity.status(status).contentType(TEXT).body(sentence);
    }

    private String json(Map<String, Object> body) {
        try {
            return objectMapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The heading of the page and the sentence said when the refusal brings none of its own. */
    record Wording(String title, String message) {

        static Wording of(HttpStatus status) {
            return switch (status) {
                case BAD_REQUEST -> new Wording("入力内容を確認してください", "入力された値が正しくありません。");
                case UNAUTHORIZED -> new Wording("ログインしてください", "ログインしてから、もう一度開いてください。");
                case FORBIDDEN -> new Wording("このページを開く権限がありません", "このページは、あなたの役割では開けません。");
                case NOT_FOUND -> new Wording("ページが見つかりません", "お探しのページは見つかりませんでした。アドレスを確かめてください。");
                case METHOD_NOT_ALLOWED -> new Wording("この操作はできません", "このページでは、その操作はできません。");
                default -> status.is5xxServerError()
                        ? new Wording("システムでエラーが起きました",
                                "しばらくしてからもう一度お試しください。続くときはシステム管理者に連絡してください。")
                        : new Wording("ページを表示できません", "このページは表示できません。");
            };
        }
    }
}

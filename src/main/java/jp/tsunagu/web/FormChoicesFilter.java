package jp.tsunagu.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Gives the Camunda Forms that Tasklist (and a REST client) loads their choices from our tables
 * ({@link FormChoices}): the deployed start form of a process definition (by id or key) and the
 * deployed form of a task, on /engine-rest and on the web apps' /camunda/api/engine alike.
 * <p>
 * Why a filter around the engine's answer: Tasklist gives a start form no variables at all (it
 * asks form-variables for tasks only), so a start form's options and defaults must be in the
 * form's JSON; and task forms are bound "latest", so an instance waiting since before a form
 * changed gets the new form too: options written into the form reach it as well, where a
 * variable set by a task listener would exist only on tasks created after the change. The
 * engine answers first (authentication, READ on the definition or task): only a 200 is
 * rewritten, for the user that answer was for; a form that marks nothing passes unchanged.
 */
public class FormChoicesFilter extends OncePerRequestFilter {

    /** …/process-definition/{id}/deployed-start-form, …/key/{key}[/tenant-id/{t}]/deployed-start-form, …/task/{id}/deployed-form */
    static final Pattern FORM_PATH = Pattern.compile(
            "/(?:engine-rest|camunda/api/engine/engine/[^/]+)/(?:process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)"
                    + "/deployed-start-form|task/[^/]+/deployed-form)/?");
    static final String ENGINE = "default";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormChoices choices;

    public FormChoicesFilter(FormChoices choices) {
        this.choices = choices;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || !FORM_PATH.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        Optional<String> user = answer.getStatus() == HttpServletResponse.SC_OK ? userOf(request) : Optional.empty();
        byte[] body = answer.getContentAsByteArray();
        if (user.isPresent()) {
            byte[] filled = filled(body, user.get());
            if (filled != body) {
                answer.resetBuffer();
                answer.getOutputStream().write(filled);
            }
        }
        answer.copyBodyToResponse();
    }

    /** The form with its choices, or the same bytes when it is no form asking for any. */
    private byte[] filled(byte[] body, String user) {
        JsonNode form;
        try {
            form = JSON.readTree(body);
        } catch (IOException notJson) {
            return body;
        }
        if (!(form instanceof ObjectNode schema) || !FormChoices.wantsChoices(schema)) {
            return body;
        }
        choices.fill(schema, user);
        try {
            return JSON.writeValueAsBytes(schema);
        } catch (JacksonException e) {
            return body;
        }
    }

    /**
     * Whom the engine just answered (only asked after a 200): on /engine-rest the HTTP Basic user,
     * whose password the engine's authentication filter has checked; on the web apps' API the
     * user of the session.
     */
    static Optional<String> userOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/engine-rest/")) {
            return basicUser(request.getHeader("Authorization"));
        }
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (authentications != null && authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication person) {
            return Optional.of(person.getName());
        }
        return Optional.empty();
    }

    private static Optional<String> basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /**
     * Outside the engine's authentication (before it in the chain): the answer is rewritten after
     * the engine has given it, with no engine authentication left on the thread.
     */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<FormChoicesFilter> formChoicesFilter(FormChoices choices) {
            FilterRegistrationBean<FormChoicesFilter> registration = new FilterRegistrationBean<>(new FormChoicesFilter(choices));
            registration.setName("tsunagu-form-choices");
            registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
            return registration;
        }
    }
}

package jp.tsunagu.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import jp.tsunagu.web.PageCsrf;

/**
 * Camunda's CSRF filter refuses a web app change without the session's token, and also ends the
 * session: then any other site could log an officer out of Tasklist in the middle of a form by
 * making their browser post to us. This filter, in front of Camunda's, refuses the same requests
 * the same way (403, {@code X-XSRF-TOKEN: Required}) but keeps the session; requests with the
 * right token pass on to Camunda's filter, which checks them again.
 */
class WebappCsrfFilter extends OncePerRequestFilter {

    /** Where Camunda's CsrfPreventionFilter keeps the session's token. */
    static final String SESSION_TOKEN = "CAMUNDA_CSRF_TOKEN";
    static final String HEADER = "X-XSRF-TOKEN";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (!SAFE.contains(request.getMethod()) && session != null && !tokenMatches(session, request.getHeader(HEADER))) {
            response.setHeader(HEADER, "Required");
            JsonRefusal.send(response, HttpServletResponse.SC_FORBIDDEN, "CsrfRefused", PageCsrf.EXPIRED);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean tokenMatches(HttpSession session, String sent) {
        Object expected = session.getAttribute(SESSION_TOKEN);
        return expected instanceof String token && sent != null && !sent.isBlank()
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<WebappCsrfFilter> webappCsrfFilter() {
            FilterRegistrationBean<WebappCsrfFilter> registration = new FilterRegistrationBean<>(new WebappCsrfFilter());
            registration.setName("tsunagu-webapp-csrf");
            registration.addUrlPatterns("/camunda/api/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
            return registration;
        }
    }
}

package jp.tsunagu.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import jp.tsunagu.web.PageCsrf;

/**
 * A browser keeps HTTP Basic credentials once given, and sends them with any request to our
 * host, also one that another site's page makes (a form posting multipart to /engine-rest needs
 * no CORS pre-flight). So a change to the REST API that says it comes from another site
 * ({@code Origin}, {@code Sec-Fetch-Site}, as {@link PageCsrf} checks for our pages) is refused
 * before it is authenticated. Scripts send neither header and are not affected.
 */
class CrossSiteRestFilter extends OncePerRequestFilter {

    static final String MESSAGE = "別のサイトから送られた変更は受け付けません。つなぐの画面から操作してください。";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod()) && PageCsrf.fromAnotherSite(request)) {
            JsonRefusal.send(response, HttpServletResponse.SC_FORBIDDEN, "CrossSiteRequest", MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}

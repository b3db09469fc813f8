package jp.tsunagu.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

import jp.tsunagu.web.ErrorPage;

/**
 * Our own pages (printable plans, case pages, reports) are never anonymous: the user is the one
 * logged in to Tasklist, Cockpit or our login page in this browser, or given by HTTP Basic as for
 * /engine-rest. Without either, a browser is sent to the login page, a script gets 401.
 * The user and their groups become the engine's current authentication for the request, so the
 * same rules ({@link jp.tsunagu.access.CaseAccess}) apply as in the flows.
 */
public class PageAuthenticationFilter extends OncePerRequestFilter {

    static final String ENGINE = "default";

    private final IdentityService identity;

    public PageAuthenticationFilter(IdentityService identity) {
        this.identity = identity;
    }

    record PageUser(String id, List<String> groupIds) {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PageUser> user = fromBasic(request.getHeader("Authorization")).or(() -> fromWebappSession(request));
        if (user.isEmpty() && isBrowserVisit(request)) {
            response.sendRedirect(request.getContextPath() + LoginController.PATH + "?next="
                    + URLEncoder.encode(LoginController.localPathOf(request), StandardCharsets.UTF_8));
            return;
        }
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Tsunagu\", charset=\"UTF-8\"");
            response.setContentType("text/plain;charset=UTF-8");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.getWriter().write("ログインしてください（/login またはタスクリストでログインするか、HTTP Basic 認証）。");
            return;
        }
        identity.setAuthentication(user.get().id(), user.get().groupIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * A person's browser opening a page (a bookmark, a link) goes to our login page and comes
     * back; a script (no text/html first in Accept) or a form sent without a login gets the 401.
     */
    private static boolean isBrowserVisit(HttpServletRequest request) {
        return request.getHeader("Authorization") == null && ErrorPage.wantsHtml(request)
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
    }

    private Optional<PageUser> fromBasic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String userId = decoded.substring(0, colon);
        // checkPassword applies Camunda's login throttling to repeated failures.
        if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
            return Optional.empty();
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return Optional.of(new PageUser(userId, groups));
    }

    private static Optional<PageUser> fromWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        return Optional.of(new PageUser(user.getName(), user.getGroupIds()));
    }
}

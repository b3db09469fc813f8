package jp.tsunagu.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

import jp.tsunagu.identity.RoleGrants;

/**
 * Cockpit's plugin API answers its own queries (counts of running instances and incidents over
 * every flow) to any web app session, also one opened in Tasklist by a municipal officer. Only
 * those who may open Cockpit (the center, the prefecture, administrators: {@link RoleGrants})
 * reach it.
 */
class CockpitApiFilter extends OncePerRequestFilter {

    static final String PATH = "/camunda/api/cockpit/*";
    static final String MESSAGE = "Cockpit は支援センター・県・管理者が使う画面です。";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the plugins' scripts and styles are the page itself, loaded before anyone logs in
        boolean pageResource = request.getRequestURI().contains("/static/");
        if (!pageResource && !mayUseCockpit(request.getSession(false))) {
            JsonRefusal.send(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean mayUseCockpit(HttpSession session) {
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null
                && authentications.getAuthenticationForProcessEngine(PageAuthenticationFilter.ENGINE) instanceof UserAuthentication user
                && user.getAuthorizedApps() != null && user.getAuthorizedApps().contains(RoleGrants.COCKPIT);
    }
}

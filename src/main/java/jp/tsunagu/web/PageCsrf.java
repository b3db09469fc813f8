package jp.tsunagu.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

import jp.tsunagu.common.NotAllowedException;

/**
 * CSRF protection of our own pages' forms (the web apps have Camunda's own filter): a form
 * carries a token kept in the user's session, and a change sent with the session cookie but
 * without it is refused. A machine sends HTTP Basic credentials and no session, as with
 * /engine-rest; a browser that has cached Basic credentials would attach them to another site's
 * form too, so a request that says it comes from another site (Origin, Sec-Fetch-Site) is refused.
 */
@Component
public class PageCsrf {

    /** Why a change without this session's token is refused (our pages and the web apps' API alike). */
    public static final String EXPIRED = "画面の有効期限が切れたか、別の画面からの送信です。ページを開き直してから、もう一度送信してください。";

    public static final String PARAMETER = "_csrf";
    private static final String ATTRIBUTE = PageCsrf.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The token to put in a form of this session; none for a machine's HTTP Basic request. */
    public String token(HttpServletRequest request) {
        if (request.getSession(false) == null && isBasic(request)) {
            return null;
        }
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
        }
        return (String) token;
    }

    /** Refuses (HTTP 403) a change made through a browser session without this session's token. */
    public void check(HttpServletRequest request, String submitted) {
        HttpSession session = request.getSession(false);
        if (session == null && isBasic(request) && !fromAnotherSite(request)) {
            return;
        }
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (expected == null || submitted == null || !MessageDigest.isEqual(
                ((String) expected).getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8))) {
            throw new NotAllowedException(EXPIRED);
        }
    }

    public static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            java.net.URI from = java.net.URI.create(origin);
            String host = request.getHeader("Host");
            String fromHost = from.getPort() < 0 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return host == null || !host.equalsIgnoreCase(fromHost);
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }

    private static boolean isBasic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }
}

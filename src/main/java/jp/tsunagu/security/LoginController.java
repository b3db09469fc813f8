package jp.tsunagu.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import jp.tsunagu.web.PageCsrf;

/**
 * /login: our own Japanese login page, where a logged-out browser is sent from our pages and
 * comes back to the page it asked for. It logs in exactly as Tasklist's login does (Camunda's
 * UserAuthenticationResource: the password checked with Camunda's login throttling, then the web
 * apps' session authentication in a new session), so Tasklist and Cockpit are logged in too.
 * The form carries the session's token ({@link PageCsrf}): another site cannot log a browser in.
 */
@Controller
public class LoginController {

    public static final String PATH = "/login";
    static final String HOME = "/home";
    static final String TEMPLATE = "security/login";

    private final ProcessEngine engine;
    private final IdentityService identity;
    private final PageCsrf csrf;

    public LoginController(ProcessEngine engine, PageCsrf csrf) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
        this.csrf = csrf;
    }

    @GetMapping(PATH)
    public String form(@RequestParam(required = false) String next, HttpServletRequest request, Model model) {
        return page(request, model, safeNext(next), null);
    }

    @PostMapping(PATH)
    public ModelAndView logIn(@RequestParam(required = false) String username, @RequestParam(required = false) String password,
            @RequestParam(required = false) String next, @RequestParam(name = PageCsrf.PARAMETER, required = false) String token,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        csrf.check(request, token);
        String target = safeNext(next);
        identity.clearAuthentication();
        UserAuthentication authentication = username == null || username.isBlank() || password == null
                || !identity.checkPassword(username, password) ? null
                : AuthenticationUtil.createAuthentication(engine, username);
        if (authentication == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return new ModelAndView(page(request, model, target, "ユーザーIDまたはパスワードが違います。"
                    + "続けて間違えると、しばらくログインできなくなります。"));
        }
        AuthenticationUtil.revalidateSession(request, authentication);
        RedirectView back = new RedirectView(target, true);
        // the path is the user's own, taken as it is: braces in it are no template variables
        back.setExpandUriTemplateVariables(false);
        back.setExposeModelAttributes(false);
        return new ModelAndView(back);
    }

    private String page(HttpServletRequest request, Model model, String next, String failure) {
        model.addAttribute("next", next);
        model.addAttribute("csrf", csrf.token(request));
        model.addAttribute("failure", failure);
        return TEMPLATE;
    }

    /**
     * Where to go after the login: a path of this application only ("/dashboard?fiscalYear=2024"),
     * never another site ("//evil.example", "https://evil.example", "/\evil.example"); else home.
     */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith(PATH)
                || next.chars().anyMatch(c -> c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c))) {
            return HOME;
        }
        return next;
    }

    /** The path and query of this request inside the application, as next= of the login page. */
    static String localPathOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}

package jp.tsunagu.web.pages;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.mail.MailSettings;
import jp.tsunagu.mail.MailSwitch;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.web.PageCsrf;

/**
 * /settings/mail: everyone's own switch for mail about their tasks (issue 24), with the address
 * of their staff record. A person changes only their own setting; the change is in the audit log.
 */
@Controller
public class MailSettingsController {

    static final String PATH = "/settings/mail";
    static final String AUDIT_SUBJECT = "メール通知の設定";

    private final CurrentUser currentUser;
    private final MailSettings settings;
    private final MailSwitch mail;
    private final PageCsrf csrf;
    private final AuditLog audit;

    public MailSettingsController(CurrentUser currentUser, MailSettings settings, MailSwitch mail, PageCsrf csrf,
            AuditLog audit) {
        this.currentUser = currentUser;
        this.settings = settings;
        this.mail = mail;
        this.csrf = csrf;
        this.audit = audit;
    }

    @GetMapping(PATH)
    public String show(HttpServletRequest request, Model model) {
        String userId = currentUser.userId().orElseThrow();
        model.addAttribute("userId", userId);
        model.addAttribute("receives", settings.receives(userId));
        model.addAttribute("address", settings.addressOf(userId).orElse(null));
        model.addAttribute("mailOn", mail.on());
        model.addAttribute("csrf", csrf.token(request));
        return "mail/settings";
    }

    @PostMapping(PATH)
    public String change(@RequestParam(required = false) String receive,
            @RequestParam(name = PageCsrf.PARAMETER, required = false) String token, HttpServletRequest request) {
        String userId = currentUser.userId().orElseThrow();
        csrf.check(request, token);
        boolean receives = switch (receive == null ? "" : receive) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new InvalidInputException("メールを受け取るかどうかを選んでください。");
        };
        settings.choose(userId, receives);
        audit.record(AuditAction.OPERATION, null, AUDIT_SUBJECT + " " + userId,
                receives ? "タスクのお知らせメールを受け取る" : "タスクのお知らせメールを止める");
        return "redirect:" + PATH + "?saved";
    }
}

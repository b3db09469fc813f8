package jp.tsunagu.regional;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagu.activity.ActivityKind;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.web.PageCsrf;

/**
 * /regional-activity-kinds: the administrator's page of the kinds of regional activity (勉強会,
 * 研修会 ...): add, rename, stop or resume offering one, delete one no activity uses. Each
 * change needs the page's CSRF token and goes to the audit log ({@link RegionalActivityKinds}).
 */
@Controller
public class RegionalActivityKindsController {

    static final String PATH = "/regional-activity-kinds";

    private final RegionalActivityKinds kinds;
    private final PageCsrf csrf;

    public RegionalActivityKindsController(RegionalActivityKinds kinds, PageCsrf csrf) {
        this.kinds = kinds;
        this.csrf = csrf;
    }

    /** A kind as the page lists it: may it be deleted. */
    public record Row(RegionalActivityKind kind, boolean used) {
    }

    @GetMapping(PATH)
    public String show(HttpServletRequest request, Model model) {
        model.addAttribute("kinds", kinds.all().stream().map(kind -> new Row(kind, kinds.used(kind.getCode()))).toList());
        model.addAttribute("activityKinds", ActivityKind.values());
        model.addAttribute("csrf", csrf.token(request));
        return "regional/kinds";
    }

    @PostMapping(PATH)
    public String add(@RequestParam Map<String, String> form, HttpServletRequest request) {
        csrf.check(request, form.get(PageCsrf.PARAMETER));
        kinds.add(form);
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{code}/label")
    public String rename(@PathVariable String code, @RequestParam Map<String, String> form, HttpServletRequest request) {
        csrf.check(request, form.get(PageCsrf.PARAMETER));
        kinds.rename(code, form);
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{code}/active")
    public String activate(@PathVariable String code, @RequestParam Map<String, String> form, HttpServletRequest request) {
        // who may, then whether the form is this session's, then what was sent (403 before 400)
        kinds.requireEditor();
        csrf.check(request, form.get(PageCsrf.PARAMETER));
        String active = form.get("active");
        if (!"true".equals(active) && !"false".equals(active)) {
            throw new InvalidInputException("「使用中」は true か false で送ってください。");
        }
        kinds.activate(code, Boolean.parseBoolean(active));
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{code}/delete")
    public String delete(@PathVariable String code, @RequestParam Map<String, String> form, HttpServletRequest request) {
        csrf.check(request, form.get(PageCsrf.PARAMETER));
        kinds.delete(code);
        return "redirect:" + PATH;
    }
}

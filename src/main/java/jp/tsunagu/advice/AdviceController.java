package jp.tsunagu.advice;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.MunicipalityRepository;
import jp.tsunagu.process.EngineTime;
import jp.tsunagu.web.PageCsrf;

/**
 * /advice: the consultations (随時相談) the user may read, newest first; /advice/new: the form an
 * adviser or the center records one with; POST /advice stores it (CSRF token as on our other
 * pages; refused input answers 400 with a Japanese sentence, nothing stored).
 */
@Controller
public class AdviceController {

    private final AdviceRecords records;
    private final AdviceAccess access;
    private final MunicipalityRepository municipalities;
    private final PageCsrf csrf;

    public AdviceController(AdviceRecords records, AdviceAccess access, MunicipalityRepository municipalities,
            PageCsrf csrf) {
        this.records = records;
        this.access = access;
        this.municipalities = municipalities;
        this.csrf = csrf;
    }

    @GetMapping("/advice")
    @Transactional(readOnly = true)
    public String list(@RequestParam(required = false) String recorded, Model model) {
        model.addAttribute("entries", records.visible());
        model.addAttribute("mayRecord", access.mayRecord());
        model.addAttribute("recorded", recorded != null && recorded.matches("ADV-\\d{4}-\\d{4,}") ? recorded : null);
        return "advice/list";
    }

    @GetMapping("/advice/new")
    @Transactional(readOnly = true)
    public String form(HttpServletRequest request, Model model) {
        access.requireMayRecord();
        model.addAttribute("channels", AdviceChannel.values());
        model.addAttribute("askerKinds", AskerKind.values());
        model.addAttribute("municipalities", recordableMunicipalities());
        model.addAttribute("today", EngineTime.today().toString());
        model.addAttribute("csrf", csrf.token(request));
        return "advice/new";
    }

    @PostMapping("/advice")
    public String record(@RequestParam Map<String, String> form, HttpServletRequest request) {
        access.requireMayRecord();
        csrf.check(request, form.get(PageCsrf.PARAMETER));
        AdhocAdvice saved = records.record(form);
        return "redirect:/advice?recorded=" + saved.getBusinessKey();
    }

    /** The municipalities of the regions the user covers (the center: all 40), by code. */
    private List<Municipality> recordableMunicipalities() {
        return municipalities.findAll().stream().filter(access::mayRecordFor)
                .sorted(Comparator.comparing(Municipality::getCode)).toList();
    }
}

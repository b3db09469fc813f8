package jp.tsunagu.report;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.common.NotVisibleException;
import jp.tsunagu.report.CollectionTexts.CaseTexts;
import jp.tsunagu.web.PageCsrf;

/**
 * The support center edits the case collection of a period: /reports/case-collection/edit lists
 * every case with activity records in the period per region, whether it is published (掲載する) and
 * where, and each region's 今後の方向性; /reports/case-collection/cases/{businessKey} edits one
 * case's title, 概要, headed points and added voices. Each change needs the page's CSRF token and is
 * written to the audit log, as on the municipalities' page. Nobody else writes (403).
 */
@Controller
public class CaseCollectionEditController {

    private final CaseCollection collection;
    private final CollectionTexts texts;
    private final ActivityQueries activities;
    private final RegionDirectory regions;
    private final ReportYears years;
    private final ReportAccess access;
    private final PageCsrf csrf;
    private final AuditLog audit;
    private final Clock clock;

    public CaseCollectionEditController(CaseCollection collection, CollectionTexts texts, ActivityQueries activities,
            RegionDirectory regions, ReportYears years, ReportAccess access, PageCsrf csrf, AuditLog audit, Clock clock) {
        this.collection = collection;
        this.texts = texts;
        this.activities = activities;
        this.regions = regions;
        this.years = years;
        this.access = access;
        this.csrf = csrf;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/reports/case-collection/edit")
    public String list(@RequestParam(required = false) String fiscalYear, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletRequest request, Model model) {
        access.requireCollectionEditor();
        CollectionPeriod period = period(fiscalYear, from, to);
        model.addAttribute("page", collection.draft(period));
        model.addAttribute("csrf", csrf.token(request));
        return "report/case-collection-edit";
    }

    @GetMapping("/reports/case-collection/cases/{businessKey}")
    public String edit(@PathVariable String businessKey, @RequestParam(required = false) String fiscalYear,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            HttpServletRequest request, Model model) {
        access.requireCollectionEditor();
        CollectionPeriod period = period(fiscalYear, from, to);
        ActivityQueries.CaseRef ref = activities.caseRef(businessKey).orElseThrow(NotVisibleException::new);
        Optional<CaseCollection.CaseEntry> made = collection.draft(period).regions().stream()
                .flatMap(region -> region.cases().stream()).filter(entry -> entry.businessKey().equals(ref.businessKey()))
                .findFirst();
        model.addAttribute("period", period);
        model.addAttribute("texts", texts.of(ref.businessKey()));
        model.addAttribute("entry", made.orElse(null));
        model.addAttribute("businessKey", ref.businessKey());
        model.addAttribute("slots", CaseTextsForm.SLOTS);
        model.addAttribute("numbers", java.util.stream.IntStream.rangeClosed(1, CaseTextsForm.SLOTS)
                .mapToObj(CaseCollection::numbered).toList());
        model.addAttribute("voiceHeadings", CaseCollection.VOICE_HEADINGS);
        model.addAttribute("csrf", csrf.token(request));
        return "report/case-collection-case";
    }

    @PostMapping("/reports/case-collection/cases/{businessKey}")
    public String save(@PathVariable String businessKey, @RequestParam Map<String, String> form, HttpServletRequest request) {
        String editor = access.requireCollectionEditor();
        csrf.check(request, form.get(PageCsrf.PARAMETER));
        CollectionPeriod period = period(form.get("fiscalYear"), form.get("from"), form.get("to"));
        ActivityQueries.CaseRef ref = activities.caseRef(businessKey).orElseThrow(NotVisibleException::new);
        CaseTexts saved = CaseTextsForm.read(ref.businessKey(), form);
        texts.save(saved, editor, clock.instant());
        audit.record(AuditAction.OPERATION, ref.caseId(), "活動事例集 " + ref.businessKey(),
                "活動事例集の編集: " + (saved.published() ? "掲載する" : "掲載しない")
                        + (saved.position() == null ? "" : "（" + saved.position() + "番目）")
                        + "、見出しつきの項目" + saved.points().size() + "件、追加した声" + saved.voices().size() + "件"
                        + (saved.title() == null ? "" : "、題名「" + saved.title() + "」"));
        return "redirect:" + listUrl(period);
    }

    @PostMapping("/reports/case-collection/directions")
    public String saveDirection(@RequestParam Map<String, String> form, HttpServletRequest request) {
        String editor = access.requireCollectionEditor();
        csrf.check(request, form.get(PageCsrf.PARAMETER));
        CollectionPeriod period = period(form.get("fiscalYear"), form.get("from"), form.get("to"));
        RegionDirectory.RegionInfo region = regions.require(Optional.ofNullable(form.get("region")).orElse("").strip());
        String direction = CaseTextsForm.direction(form.get("direction"));
        texts.saveDirection(region.id(), period, direction, editor, clock.instant());
        audit.record(AuditAction.OPERATION, null, "活動事例集 " + region.name() + "圏域",
                "今後の方向性の" + (direction == null ? "削除" : "編集") + "（" + period.label() + "）");
        return "redirect:" + listUrl(period);
    }

    private CollectionPeriod period(String fiscalYear, String from, String to) {
        CollectionPeriod period = ReportController.periodOf(fiscalYear, from, to)
                .orElseGet(() -> CollectionPeriod.of(years.requireWithinData(FiscalYear.parse(fiscalYear))));
        return years.requireWithinData(period);
    }

    private static String listUrl(CollectionPeriod period) {
        return UriComponentsBuilder.fromPath("/reports/case-collection/edit").queryParam("from", period.from())
                .queryParam("to", period.to()).build().toUriString();
    }
}

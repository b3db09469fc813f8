package jp.tsunagu.web.pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagu.access.CaseAccess;
import jp.tsunagu.audit.AuditEntry;
import jp.tsunagu.audit.AuditEntryRepository;
import jp.tsunagu.common.InvalidInputException;

/** /audit: the audit log, newest first (times as 2026年12月10日(木) 09:30:12, DateTexts), for the prefecture and the center; ?caseId= narrows it. */
@Controller
public class AuditPageController {

    static final int PAGE_SIZE = 100;

    private final AuditEntryRepository entries;
    private final CaseAccess access;

    public AuditPageController(AuditEntryRepository entries, CaseAccess access) {
        this.entries = entries;
        this.access = access;
    }

    @GetMapping("/audit")
    @Transactional(readOnly = true)
    public String show(@RequestParam(required = false) String caseId, @RequestParam(defaultValue = "0") int page,
            Model model) {
        access.requireOverview();
        if (page < 0) {
            throw new InvalidInputException("ページ番号は 0 以上で指定してください。");
        }
        PageRequest request = PageRequest.of(page, PAGE_SIZE);
        Page<AuditEntry> shown = caseId == null || caseId.isBlank() ? entries.findAllByOrderByIdDesc(request)
                : entries.findByCaseIdOrderByIdDesc(caseId.strip(), request);
        model.addAttribute("entries", shown);
        model.addAttribute("caseId", caseId);
        return "security/audit";
    }
}

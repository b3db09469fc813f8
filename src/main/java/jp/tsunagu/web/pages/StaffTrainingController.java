package jp.tsunagu.web.pages;

import java.util.List;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.tsunagu.access.CaseAccess;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.organization.StaffMember;
import jp.tsunagu.organization.StaffMembers;
import jp.tsunagu.organization.Training;
import jp.tsunagu.organization.TrainingCourse;
import jp.tsunagu.web.PageCsrf;

/**
 * /staff: the staff records and their training history (養成研修・育成研修, year), which the
 * adviser's coordinator selection weighs (issue 21). The center keeps them, administrators may
 * correct them, the prefecture reads; every change is in the audit log.
 */
@Controller
public class StaffTrainingController {

    static final String PATH = "/staff";

    private final StaffMembers staff;
    private final CaseAccess access;
    private final PageCsrf csrf;
    private final AuditLog audit;

    public StaffTrainingController(StaffMembers staff, CaseAccess access, PageCsrf csrf, AuditLog audit) {
        this.staff = staff;
        this.access = access;
        this.csrf = csrf;
        this.audit = audit;
    }

    @GetMapping(PATH)
    @Transactional(readOnly = true)
    public String show(HttpServletRequest request, Model model) {
        access.requireOverview();
        model.addAttribute("staff", staff.all());
        model.addAttribute("courses", List.of(TrainingCourse.values()));
        boolean editor = access.mayEditStaffRecords();
        model.addAttribute("editor", editor);
        model.addAttribute("csrf", editor ? csrf.token(request) : null);
        return "organization/staff";
    }

    @PostMapping(PATH + "/{id}/trainings")
    @Transactional
    public String add(@PathVariable long id, @RequestParam(required = false) String course,
            @RequestParam(required = false) String year,
            @RequestParam(name = PageCsrf.PARAMETER, required = false) String token, HttpServletRequest request) {
        return change(request, token, id, course, year, "研修歴の追加", staff::addTraining);
    }

    @PostMapping(PATH + "/{id}/trainings/remove")
    @Transactional
    public String remove(@PathVariable long id, @RequestParam(required = false) String course,
            @RequestParam(required = false) String year,
            @RequestParam(name = PageCsrf.PARAMETER, required = false) String token, HttpServletRequest request) {
        return change(request, token, id, course, year, "研修歴の削除", staff::removeTraining);
    }

    /** Who may, then whether the form is this session's, then what was entered (403 before 400); then audited. */
    private String change(HttpServletRequest request, String token, long id, String course, String year,
            String what, BiFunction<Long, Training, StaffMember> operation) {
        access.requireStaffRecordsEditor();
        csrf.check(request, token);
        Training training = Training.of(course, year);
        StaffMember member = operation.apply(id, training);
        audit.record(AuditAction.OPERATION, null, subject(member), what + ": " + training.label());
        return "redirect:" + PATH;
    }

    private static String subject(StaffMember member) {
        return "職員 " + member.getUserId() + " " + member.getDisplayName();
    }
}

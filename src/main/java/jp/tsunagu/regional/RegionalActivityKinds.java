package jp.tsunagu.regional;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.tsunagu.access.CaseAccess;
import jp.tsunagu.activity.ActivityKind;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.Inputs;

/**
 * The kinds of regional activity (table regional_activity_kind) as an administrator keeps them
 * (issue 20): add a kind, rename its label, make it inactive or active again; a kind is deleted
 * only while no activity uses it. Every change is in the audit log.
 */
@Service
public class RegionalActivityKinds {

    static final String LABEL = "label";
    static final String ACTIVITY_KIND = "activityKind";
    static final int MAX_LABEL = 100;
    private static final String SUBJECT = "圏域の活動の種類 ";

    private final RegionalActivityKindRepository kinds;
    private final RegionalActivityRepository activities;
    private final CaseAccess access;
    private final AuditLog audit;

    public RegionalActivityKinds(RegionalActivityKindRepository kinds, RegionalActivityRepository activities,
            CaseAccess access, AuditLog audit) {
        this.kinds = kinds;
        this.activities = activities;
        this.access = access;
        this.audit = audit;
    }

    /** Only administrators keep the kinds (403): asked before anything a caller sent is read. */
    public void requireEditor() {
        access.requireAdministrator();
    }

    @Transactional(readOnly = true)
    public List<RegionalActivityKind> all() {
        access.requireAdministrator();
        return kinds.findAllByOrderBySortOrderAscCodeAsc();
    }

    /** Whether an activity uses the kind (the page offers deletion only for unused kinds). */
    @Transactional(readOnly = true)
    public boolean used(String code) {
        return activities.existsByKindCode(code);
    }

    /** A new kind, last in the list, with a code the application gives (KIND_9). */
    @Transactional
    public RegionalActivityKind add(Map<String, String> form) {
        access.requireAdministrator();
        Inputs inputs = Inputs.ofForm(form);
        String label = newLabel(inputs);
        ActivityKind activityKind = inputs.requiredChoice(ACTIVITY_KIND, "活動記録の種類", ActivityKind.class);
        List<RegionalActivityKind> all = kinds.findAllByOrderBySortOrderAscCodeAsc();
        int number = all.size() + 1;
        while (kinds.existsById("KIND_" + number)) {
            number++;
        }
        int last = all.stream().mapToInt(RegionalActivityKind::getSortOrder).max().orElse(0);
        RegionalActivityKind kind = kinds.save(new RegionalActivityKind("KIND_" + number, label, activityKind, last + 10));
        audit.record(AuditAction.OPERATION, null, SUBJECT + kind.getCode(), "追加: " + label + "（" + activityKind.label() + "）");
        return kind;
    }

    @Transactional
    public void rename(String code, Map<String, String> form) {
        access.requireAdministrator();
        RegionalActivityKind kind = require(code);
        String before = kind.getLabel();
        String label = Inputs.ofForm(form).requiredText(LABEL, "種類の名前", MAX_LABEL);
        if (!label.equals(before)) {
            refuseTaken(label);
            kind.renamed(label);
            audit.record(AuditAction.OPERATION, null, SUBJECT + code, "名前の変更: " + before + " → " + label);
        }
    }

    @Transactional
    public void activate(String code, boolean active) {
        access.requireAdministrator();
        RegionalActivityKind kind = require(code);
        if (kind.isActive() != active) {
            kind.activated(active);
            audit.record(AuditAction.OPERATION, null, SUBJECT + code, (active ? "使用再開: " : "使用停止: ") + kind.getLabel());
        }
    }

    @Transactional
    public void delete(String code) {
        access.requireAdministrator();
        RegionalActivityKind kind = require(code);
        if (used(code)) {
            throw new InvalidInputException("「" + kind.getLabel() + "」は圏域の活動で使われているため削除できません。"
                    + "新しい活動で選べないようにするには「使用停止」にしてください。");
        }
        kinds.delete(kind);
        audit.record(AuditAction.OPERATION, null, SUBJECT + code, "削除: " + kind.getLabel());
    }

    private String newLabel(Inputs inputs) {
        String label = inputs.requiredText(LABEL, "種類の名前", MAX_LABEL);
        refuseTaken(label);
        return label;
    }

    private void refuseTaken(String label) {
        if (kinds.existsByLabel(label)) {
            throw new InvalidInputException("「" + label + "」という種類はすでにあります。別の名前にしてください。");
        }
    }

    private RegionalActivityKind require(String code) {
        return kinds.findById(code == null ? "" : code)
                .orElseThrow(() -> new InvalidInputException("圏域の活動の種類「" + code + "」はありません。"));
    }
}

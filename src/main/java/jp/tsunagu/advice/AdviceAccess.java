package jp.tsunagu.advice;

import java.util.List;

import org.springframework.stereotype.Component;

import jp.tsunagu.access.AccessScope;
import jp.tsunagu.access.CaseAccess;
import jp.tsunagu.common.NotAllowedException;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.routing.GroupIds;

/**
 * Who records and who reads 随時相談 (issue 20), from the user's groups and the row's region and
 * municipality, never from anything the form sends:
 * <ul>
 * <li>record: the center for any municipality; an adviser for a municipality of a region they
 * cover (the region as the administrator has assigned it now);</li>
 * <li>read: the center, the prefecture and administrators all; an adviser the rows of their
 * regions; a municipality the rows about itself. Coordinators record and read none (a
 * consultation is the adviser's record, not the case's).</li>
 * </ul>
 * The reports' SQL applies the same rule with {@link CaseAccess#scope()} (report.AdviceRows).
 */
@Component
public class AdviceAccess {

    static final String MAY_NOT_READ = "随時相談の記録は、圏域アドバイザー、支援センター、県、相談のあった市町村が見られます。";
    static final String MAY_NOT_RECORD = "随時相談を記録できるのは、圏域アドバイザーと支援センターです。";

    private final CurrentUser currentUser;
    private final CaseAccess caseAccess;

    public AdviceAccess(CurrentUser currentUser, CaseAccess caseAccess) {
        this.currentUser = currentUser;
        this.caseAccess = caseAccess;
    }

    /** The center, or an adviser of some region. */
    public boolean mayRecord() {
        List<String> groups = currentUser.groupIds();
        return groups.contains(GroupIds.SUPPORT_CENTER) || groups.stream().anyMatch(GroupIds::isAdviserGroup);
    }

    /** The user reads some consultations: the page /advice opens. */
    public boolean mayRead() {
        AccessScope scope = caseAccess.scope();
        return scope.everything() || !scope.regionIds().isEmpty() || !scope.municipalityCodes().isEmpty();
    }

    void requireMayRead() {
        if (!mayRead()) {
            throw new NotAllowedException(MAY_NOT_READ);
        }
    }

    void requireMayRecord() {
        if (!mayRecord()) {
            throw new NotAllowedException(MAY_NOT_RECORD);
        }
    }

    /** The current user may record a consultation about this municipality (403 otherwise). */
    void requireMayRecordFor(Municipality municipality) {
        requireMayRecord();
        if (!mayRecordFor(municipality)) {
            throw new NotAllowedException("「" + municipality.getName() + "」は" + municipality.getRegion().getName()
                    + "圏域の市町村です。担当する圏域の市町村についての相談を記録してください。");
        }
    }

    boolean mayRecordFor(Municipality municipality) {
        List<String> groups = currentUser.groupIds();
        return groups.contains(GroupIds.SUPPORT_CENTER)
                || groups.contains(GroupIds.advisersOf(municipality.getRegion().getId()));
    }

    AccessScope scope() {
        return caseAccess.scope();
    }
}

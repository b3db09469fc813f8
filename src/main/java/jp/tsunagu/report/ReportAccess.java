package jp.tsunagu.report;

import org.springframework.stereotype.Component;

import jp.tsunagu.access.AccessScope;
import jp.tsunagu.access.CaseAccess;
import jp.tsunagu.common.NotAllowedException;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.routing.GroupIds;

/**
 * Who opens which report page, asked of {@link CaseAccess}: the case collection, CSV and search
 * for anyone who sees some cases (filtered to them); the dashboard only for those who see
 * everything (the prefecture, the center, administrators). The case collection's texts (what is
 * published, titles, 概要, points, voices, 今後の方向性) are the support center's to write; the
 * prefecture and everyone else read.
 */
@Component
public class ReportAccess {

    private final CaseAccess access;
    private final CurrentUser currentUser;

    public ReportAccess(CaseAccess access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The current user's id; 403 unless they are of the support center (the collection's editor). */
    public String requireCollectionEditor() {
        if (!mayEditCollection()) {
            throw new NotAllowedException("活動事例集の編集は小児在宅支援センターの方ができます。");
        }
        return currentUser.userId().orElseThrow(NotAllowedException::new);
    }

    /** Whether the current user writes the case collection's texts (the support center). */
    public boolean mayEditCollection() {
        return currentUser.userId().isPresent() && currentUser.groupIds().contains(GroupIds.SUPPORT_CENTER);
    }

    /** The user's scope; 403 for a user whose role sees no case at all. */
    public AccessScope requireSomeScope() {
        AccessScope scope = access.scope();
        if (!seesSomething(scope)) {
            throw new NotAllowedException();
        }
        return scope;
    }

    public AccessScope requireManager() {
        AccessScope scope = access.scope();
        if (!isManager(scope)) {
            throw new NotAllowedException("ダッシュボードは県障害福祉課と小児在宅支援センターの方が使います。");
        }
        return scope;
    }

    /** The case collection, the CSV and search open for the current user (the home page's links). */
    public boolean mayOpenReports() {
        return seesSomething(access.scope());
    }

    /** The dashboard opens for the current user (the home page's links). */
    public boolean mayOpenDashboard() {
        return isManager(access.scope());
    }

    private static boolean seesSomething(AccessScope scope) {
        return !AccessScope.NOTHING.equals(scope);
    }

    private static boolean isManager(AccessScope scope) {
        return scope.everything();
    }
}

package jp.tsunagu.security;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.organization.MunicipalityCode;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.routing.GroupIds;

/**
 * The one place that says who may see a child's case (DOMAIN.md, "Privacy"): the center, the
 * prefecture and administrators all cases; a municipality the children living in it; an adviser
 * the cases of the regions they cover; a coordinator the cases assigned to them. Our pages ask
 * here; a case a user may not see answers 404, as if it did not exist.
 */
@Service
public class CaseAccess {

    private final CurrentUser currentUser;

    public CaseAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean maySee(ChildCase childCase) {
        Optional<String> user = currentUser.userId();
        if (user.isEmpty()) {
            return false;
        }
        List<String> groups = currentUser.groupIds();
        if (groups.contains(GroupIds.SUPPORT_CENTER) || groups.contains(GroupIds.PREFECTURE)
                || groups.contains(GroupIds.ADMIN)) {
            return true;
        }
        String home = childCase.getHomeMunicipality().getCode();
        if (groups.contains(GroupIds.municipality(MunicipalityCode.of(home)))) {
            return true;
        }
        if (groups.contains(GroupIds.advisersOf(childCase.getHomeMunicipality().getRegion().getId()))) {
            return true;
        }
        return childCase.getCoordinator() != null && user.get().equals(childCase.getCoordinator().getUserId());
    }

    /** The case if the current user may see it; otherwise {@link NotVisibleException} (HTTP 404). */
    public ChildCase requireVisible(ChildCase childCase) {
        if (!maySee(childCase)) {
            throw new NotVisibleException();
        }
        return childCase;
    }
}

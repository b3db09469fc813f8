package jp.tsunagu.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import jp.tsunagu.casework.ChildCase;
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
        String coordinator = childCase.getCoordinator() == null ? null : childCase.getCoordinator().getUserId();
        return scope().covers(childCase.getHomeMunicipality().getCode(),
                childCase.getHomeMunicipality().getRegion().getId(), coordinator);
    }

    /** What the current user may see; {@link AccessScope#NOTHING} when nobody is logged in. */
    public AccessScope scope() {
        Optional<String> user = currentUser.userId();
        if (user.isEmpty()) {
            return AccessScope.NOTHING;
        }
        List<String> groups = currentUser.groupIds();
        if (groups.contains(GroupIds.SUPPORT_CENTER) || groups.contains(GroupIds.PREFECTURE)
                || groups.contains(GroupIds.ADMIN)) {
            return AccessScope.all();
        }
        Set<String> municipalities = groups.stream().filter(GroupIds::isMunicipalityGroup)
                .map(GroupIds::codeOfMunicipalityGroup).collect(Collectors.toUnmodifiableSet());
        Set<String> regions = groups.stream().filter(GroupIds::isAdviserGroup)
                .map(GroupIds::regionOfAdviserGroup).collect(Collectors.toUnmodifiableSet());
        String coordinator = groups.contains(GroupIds.COORDINATOR) ? user.get() : null;
        return new AccessScope(false, municipalities, regions, coordinator);
    }

    /** The case if the current user may see it; otherwise {@link NotVisibleException} (HTTP 404). */
    public ChildCase requireVisible(ChildCase childCase) {
        if (!maySee(childCase)) {
            throw new NotVisibleException();
        }
        return childCase;
    }
}

package jp.tsunagu.process;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The person on whose behalf the engine runs now: set by the REST filter and by the web apps
 * for every request; empty when a timer, job or another flow runs with nobody logged in.
 */
@Component
public class CurrentUser {

    private final IdentityService identity;

    public CurrentUser(IdentityService identity) {
        this.identity = identity;
    }

    public Optional<String> userId() {
        return Optional.ofNullable(identity.getCurrentAuthentication()).map(Authentication::getUserId);
    }

    /** Group ids of the current user; empty when nobody is logged in. */
    public List<String> groupIds() {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication == null) {
            return List.of();
        }
        if (authentication.getGroupIds() != null && !authentication.getGroupIds().isEmpty()) {
            return authentication.getGroupIds();
        }
        // Authenticated by user id only (e.g. setAuthenticatedUserId): look the groups up.
        return identity.createGroupQuery().groupMember(authentication.getUserId()).list().stream()
                .map(group -> group.getId()).toList();
    }
}

package jp.tsunagu.access;

import java.util.Set;

/**
 * What the current user may see, as plain facts a repository query can filter on: everything
 * (center, prefecture, administrators), or the rows of these municipalities, these regions
 * (advisers) and the cases assigned to this coordinator. Report and list queries take it so that
 * filtering happens in the database, and {@link CaseAccess} stays the one place that decides.
 */
public record AccessScope(boolean everything, Set<String> municipalityCodes, Set<String> regionIds,
        String coordinatorUserId) {

    public static final AccessScope NOTHING = new AccessScope(false, Set.of(), Set.of(), null);

    public static AccessScope all() {
        return new AccessScope(true, Set.of(), Set.of(), null);
    }

    /** True when a row of this home municipality, region and coordinator is visible. */
    public boolean covers(String municipalityCode, String regionId, String coordinatorUser) {
        return everything || municipalityCodes.contains(municipalityCode) || regionIds.contains(regionId)
                || (coordinatorUserId != null && coordinatorUserId.equals(coordinatorUser));
    }
}

package jp.tsunagu.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.tsunagu.access.AccessScope;

/**
 * An {@link AccessScope} as a SQL condition, so that reports filter in the database and never
 * load rows the user may not see. The caller names the columns that hold a row's municipality,
 * its regions and its coordinator's user id; the rule itself stays in
 * {@link jp.tsunagu.access.CaseAccess}.
 */
record ScopeCondition(String sql, Map<String, Object> parameters) {

    static final String MUNICIPALITIES = "scopeMunicipalities";
    static final String REGIONS = "scopeRegions";
    static final String COORDINATOR = "scopeCoordinator";

    static ScopeCondition of(AccessScope scope, String municipalityColumn, List<String> regionColumns,
            String coordinatorColumn) {
        return of(scope, municipalityColumn, null, regionColumns, coordinatorColumn);
    }

    /**
     * As above, for rows that may also be for several municipalities: a regional activity is for
     * some of its region's, each of which reads its records. {@code municipalitiesOfRow} is a
     * condition with {@code %s} where the user's municipality codes go, e.g.
     * {@code exists (select 1 from regional_activity_municipality x where x.business_key = a.business_key
     * and x.municipality_code in (%s))}.
     */
    static ScopeCondition of(AccessScope scope, String municipalityColumn, String municipalitiesOfRow,
            List<String> regionColumns, String coordinatorColumn) {
        if (scope.everything()) {
            return new ScopeCondition("1 = 1", Map.of());
        }
        List<String> alternatives = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!scope.municipalityCodes().isEmpty()) {
            alternatives.add(municipalityColumn + " in (:" + MUNICIPALITIES + ")");
            if (municipalitiesOfRow != null) {
                alternatives.add(municipalitiesOfRow.formatted(":" + MUNICIPALITIES));
            }
            parameters.put(MUNICIPALITIES, List.copyOf(scope.municipalityCodes()));
        }
        if (!scope.regionIds().isEmpty()) {
            regionColumns.forEach(column -> alternatives.add(column + " in (:" + REGIONS + ")"));
            parameters.put(REGIONS, List.copyOf(scope.regionIds()));
        }
        if (scope.coordinatorUserId() != null) {
            alternatives.add(coordinatorColumn + " = :" + COORDINATOR);
            parameters.put(COORDINATOR, scope.coordinatorUserId());
        }
        return alternatives.isEmpty() ? new ScopeCondition("1 = 0", Map.of())
                : new ScopeCondition("(" + String.join(" or ", alternatives) + ")", Map.copyOf(parameters));
    }
}

package jp.tsunagu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import jp.tsunagu.access.AccessScope;

class ScopeConditionTest {

    @Test
    void everythingFiltersNothingAndNothingMatchesNoRow() {
        assertThat(ScopeCondition.of(AccessScope.all(), "m", List.of("r"), "c").sql()).isEqualTo("1 = 1");
        assertThat(ScopeCondition.of(AccessScope.NOTHING, "m", List.of("r"), "c").sql()).isEqualTo("1 = 0");
    }

    @Test
    void eachFactOfTheScopeIsOneAlternative() {
        ScopeCondition condition = ScopeCondition.of(new AccessScope(false, Set.of("022080"), Set.of("aomori", "seihokugo"),
                "coord.aomori"), "a.municipality_code", List.of("a.region_id", "a.home_region_id"), "a.coordinator_user_id");
        assertThat(condition.sql()).isEqualTo("(a.municipality_code in (:scopeMunicipalities) or a.region_id in (:scopeRegions)"
                + " or a.home_region_id in (:scopeRegions) or a.coordinator_user_id = :scopeCoordinator)");
        assertThat(condition.parameters()).containsEntry("scopeMunicipalities", List.of("022080"))
                .containsEntry("scopeCoordinator", "coord.aomori");
        assertThat(condition.parameters().get("scopeRegions")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder("aomori", "seihokugo");
    }

    @Test
    void aMunicipalityAloneIsFilteredByItsCodeOnly() {
        ScopeCondition condition = ScopeCondition.of(new AccessScope(false, Set.of("022039"), Set.of(), null),
                "x.municipality_code", List.of("x.home_region_id"), "x.coordinator_user_id");
        assertThat(condition.sql()).isEqualTo("(x.municipality_code in (:scopeMunicipalities))");
        assertThat(condition.parameters()).containsOnlyKeys("scopeMunicipalities");
    }

    @Test
    void aRowForSeveralMunicipalitiesIsSeenByEachOfThemButNotByAnAdviserThroughIt() {
        String forMunicipalities = "exists (select 1 from ram where ram.key = a.key and ram.code in (%s))";
        ScopeCondition municipality = ScopeCondition.of(new AccessScope(false, Set.of("022063"), Set.of(), null),
                "a.municipality_code", forMunicipalities, List.of("a.region_id"), "a.coordinator_user_id");
        assertThat(municipality.sql()).isEqualTo("(a.municipality_code in (:scopeMunicipalities)"
                + " or exists (select 1 from ram where ram.key = a.key and ram.code in (:scopeMunicipalities)))");
        ScopeCondition adviser = ScopeCondition.of(new AccessScope(false, Set.of(), Set.of("kamitosan"), null),
                "a.municipality_code", forMunicipalities, List.of("a.region_id"), "a.coordinator_user_id");
        assertThat(adviser.sql()).isEqualTo("(a.region_id in (:scopeRegions))");
    }
}

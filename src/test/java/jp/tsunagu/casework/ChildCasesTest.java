package jp.tsunagu.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.organization.Region;
import jp.tsunagu.routing.Routing;

/** The child's case and routing, on the real schema (H2). */
@DirtiesContext
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class ChildCasesTest {

    @Autowired
    ChildCases cases;
    @Autowired
    ChildCaseRepository repository;
    @Autowired
    Routing routing;

    @Test
    void opensAPseudonymousCaseWithItsOwnIdAndFindsItAgain() {
        ChildCase opened = cases.open(new NewChildCase("Aさん", YearMonth.of(2019, 4), "022080",
                Set.of(MedicalCareItem.VENTILATOR, MedicalCareItem.SUCTION), 32));
        ChildCase second = cases.open(new NewChildCase("Bさん", YearMonth.of(2021, 12), "022063", Set.of(), null));

        assertThat(opened.getId()).matches("CASE-\\d{4}-\\d{4}");
        assertThat(second.getId()).isNotEqualTo(opened.getId());
        ChildCase found = cases.require(opened.getId());
        assertThat(found.getLabel()).isEqualTo("Aさん");
        assertThat(found.getBirth()).isEqualTo(YearMonth.of(2019, 4));
        assertThat(found.getHomeMunicipality().getName()).isEqualTo("むつ市");
        assertThat(found.getCareItems()).containsExactlyInAnyOrder(MedicalCareItem.VENTILATOR, MedicalCareItem.SUCTION);
        assertThat(found.getPhysicianScore()).isEqualTo(32);
        assertThat(found.getStatus()).isEqualTo(CaseStatus.ACTIVE);
    }

    @Test
    void refusesBadCasesWithJapaneseMessagesAndStoresNothing() {
        long before = repository.count();
        assertThatThrownBy(() -> cases.open(new NewChildCase("Aさん", YearMonth.of(2019, 4), "022081", Set.of(), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("市町村コード");
        assertThatThrownBy(() -> cases.open(new NewChildCase(" ", YearMonth.of(2019, 4), "022080", Set.of(), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("呼び名");
        assertThatThrownBy(() -> cases.open(new NewChildCase("Aさん", YearMonth.now().plusMonths(2), "022080", Set.of(), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("未来");
        assertThatThrownBy(() -> cases.open(new NewChildCase("Aさん", YearMonth.of(2019, 4), "022080", Set.of(), -1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("スコア");
        assertThatThrownBy(() -> cases.require("CASE-1999-0001"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("見つかりません");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void routingAnswersRegionsAndGroupsFromTheData() {
        Region region = routing.regionOf("024121");  // おいらせ町: 八戸 health-care region, not its district
        assertThat(region.getId()).isEqualTo("hachinohe");
        assertThat(routing.regionOf("023817").getId()).isEqualTo("tsugaru");  // 板柳町
        assertThat(routing.municipalityGroup("022080")).isEqualTo("municipality-022080");
        assertThat(routing.advisersOfMunicipality("022063")).isEqualTo("adviser-kamitosan");
        assertThat(routing.advisersOfRegion("shimokita")).isEqualTo("adviser-shimokita");
        assertThat(routing.supportCenter()).isEqualTo("support-center");
        assertThatThrownBy(() -> routing.advisersOfRegion("hokkaido")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> routing.municipalityGroup("011002")).isInstanceOf(InvalidInputException.class);
    }
}

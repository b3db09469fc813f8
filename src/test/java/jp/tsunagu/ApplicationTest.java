package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.organization.Municipalities;
import jp.tsunagu.organization.MunicipalityRepository;
import jp.tsunagu.organization.RegionRepository;
import jp.tsunagu.process.ProcessKeys;

/** The default run (demo profile) on H2: reference data, deployment, REST security, health. */
// The REST API finds its engine in Camunda's static registry: one application context at a time.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ApplicationTest {

    @Autowired
    RegionRepository regions;
    @Autowired
    MunicipalityRepository municipalities;
    @Autowired
    Municipalities municipalityCheck;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate rest;

    @Test
    void referenceDataHasSixRegionsAndFortyMunicipalitiesAsInTheTsv() {
        assertThat(regions.count()).isEqualTo(6);
        assertThat(municipalities.count()).isEqualTo(40);
        Map<String, Long> fromTsv = ReferenceFiles.municipalityCountPerRegion();
        Map<String, Long> stored = new TreeMap<>(municipalities.findAll().stream()
                .collect(Collectors.groupingBy(m -> m.getRegion().getId(), Collectors.counting())));
        assertThat(stored).isEqualTo(fromTsv);
        assertThat(municipalities.findById("022080").orElseThrow().getRegion().getName()).isEqualTo("下北");
    }

    @Test
    void aBadMunicipalityCodeIsRefusedInJapaneseAndChangesNothing() {
        long before = municipalities.count();
        assertThatThrownBy(() -> municipalityCheck.require("022081"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("正しくありません");
        // Well-formed (check digit fits) but not in Aomori: 札幌市 011002.
        assertThatThrownBy(() -> municipalityCheck.require("011002"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("40市町村");
        assertThat(municipalities.count()).isEqualTo(before);
    }

    @Test
    void processesAndFormsAreDeployed() {
        assertThat(repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ProcessKeys.ADVISER_DISPATCH).latestVersion().count()).isEqualTo(1);
        assertThat(repositoryService.createDeploymentQuery().list())
                .anySatisfy(deployment -> assertThat(repositoryService.getDeploymentResourceNames(deployment.getId()))
                        .anyMatch(name -> name.endsWith(".form")));
    }

    @Test
    void restRefusesAnonymousCallsAndAcceptsDemoUsers() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // A wrong password locks the user for a few seconds (Camunda's login throttling), so use another user.
        assertThat(rest.withBasicAuth("coord.hachinohe", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        var answer = rest.withBasicAuth("center", "demo").getForEntity("/engine-rest/task", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).isEqualTo("[]");
    }

    @Test
    void healthReportsTheEngineAndTheDatabase() {
        var health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"status\":\"UP\"", "\"processEngine\"", "\"db\"");
    }

    @Test
    void demoAccountsAndGroupsOfTheContractsExist() {
        assertThat(identityService.checkPassword("center", "demo")).isTrue();
        assertThat(identityService.checkPassword("admin", "admin")).isTrue();
        assertThat(identityService.checkPassword("prefecture", "demo")).isTrue();
        assertThat(identityService.createUserQuery().memberOfGroup("support-center").userId("center").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isEqualTo(1);
        for (String region : new String[] {"aomori", "tsugaru", "hachinohe", "seihokugo", "kamitosan", "shimokita"}) {
            assertThat(identityService.createUserQuery().userId("adviser." + region)
                    .memberOfGroup("adviser-" + region).count()).as(region).isEqualTo(1);
            assertThat(identityService.createUserQuery().userId("coord." + region)
                    .memberOfGroup("coordinator").count()).as(region).isEqualTo(1);
        }
        assertThat(identityService.createUserQuery().userId("adviser.aomori")
                .memberOfGroup("adviser-seihokugo").count()).isEqualTo(1);
        municipalities.findAll().forEach(m -> assertThat(identityService.createUserQuery()
                .userId("muni." + m.getCode()).memberOfGroup("municipality-" + m.getCode()).count())
                .as(m.getName()).isEqualTo(1));
        assertThat(identityService.createUserQuery().count()).isEqualTo(1 + 1 + 1 + 6 + 6 + 40);
    }
}

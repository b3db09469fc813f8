package jp.tsunagu.web;

import static jp.tsunagu.support.RestDriver.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.tsunagu.dispatch.DispatchRequestRepository;
import jp.tsunagu.organization.Gender;
import jp.tsunagu.organization.MunicipalityRepository;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.organization.OrganizationKind;
import jp.tsunagu.organization.OrganizationRepository;
import jp.tsunagu.organization.StaffMember;
import jp.tsunagu.organization.StaffMemberRepository;
import jp.tsunagu.organization.StaffRole;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.security.WebappSession;
import jp.tsunagu.support.RestDriver;

/**
 * Coordinators are chosen from a list, and a municipal officer's start forms come with their own
 * municipality chosen (issue 24): the start forms' JSON as Tasklist (web app session) and a REST
 * client (HTTP Basic) get it, per role; the task form of 「コーディネーターの確保」; and the server
 * still refuses an id that is no coordinator, whatever the list offered. Runs on H2
 * ({@link FormChoicesTest}) and PostgreSQL ({@link FormChoicesPostgresTest}).
 */
abstract class FormChoicesContract {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    static final String MUTSU = "022080";
    static final Set<String> DEMO_COORDINATORS = Set.of("coord.aomori", "coord.tsugaru", "coord.hachinohe",
            "coord.seihokugo", "coord.kamitosan", "coord.shimokita");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    StaffMemberRepository staff;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    MunicipalityRepository municipalities;
    @Autowired
    DispatchRequestRepository requests;

    @Test
    void aMunicipalOfficersStartFormsComeWithTheirMunicipalityAndEveryoneGetsTheCoordinators() throws Exception {
        RestDriver driver = new RestDriver(rest);
        for (String key : List.of(ProcessKeys.ADVISER_DISPATCH, ProcessKeys.DISCHARGE_TRANSITION, ProcessKeys.EVACUATION_PLAN)) {
            JsonNode mutsu = startForm(driver, "muni." + MUTSU, key);
            assertThat(component(mutsu, "municipalityCode").path("defaultValue").asText()).as(key).isEqualTo(MUTSU);
            JsonNode hirosaki = startForm(driver, "muni.022021", key);
            assertThat(component(hirosaki, "municipalityCode").path("defaultValue").asText()).as(key).isEqualTo("022021");
            for (String other : List.of("center", "adviser.shimokita")) {
                JsonNode form = startForm(driver, other, key);
                assertThat(component(form, "municipalityCode").has("defaultValue")).as(other + " " + key).isFalse();
                assertThat(component(form, "municipalityCode").path("values")).as("all 40 still offered").hasSize(40);
            }
        }
        JsonNode coordinators = component(startForm(driver, "coord.shimokita", ProcessKeys.ADVISER_DISPATCH), "municipalityCode");
        assertThat(coordinators.has("defaultValue")).as("a coordinator has no municipality of their own").isFalse();

        // the dispatch request's coordinator: a list of the staff records, name and office's place
        for (String user : List.of("muni." + MUTSU, "center", "coord.shimokita")) {
            JsonNode select = component(startForm(driver, user, ProcessKeys.ADVISER_DISPATCH), "coordinatorUserId");
            assertThat(select.path("type").asText()).isEqualTo("select");
            assertThat(select.has("valuesKey")).isFalse();
            Map<String, String> options = options(select);
            assertThat(options.keySet()).as(user).containsAll(DEMO_COORDINATORS);
            assertThat(options).as(user).containsEntry("coord.shimokita", "下北圏域コーディネーター（むつ市）")
                    .containsEntry("coord.tsugaru", "津軽圏域コーディネーター（弘前市）");
            assertThat(options.keySet()).as("only coordinators").noneMatch(id -> id.startsWith("adviser.") || id.startsWith("muni."));
        }
    }

    @Test
    void tasklistGetsTheSameThroughItsSessionAndNobodyElsesDefault() throws Exception {
        RestDriver driver = new RestDriver(rest);
        String definitionId = JSON.readTree(driver.get("center", "/engine-rest/process-definition/key/"
                + ProcessKeys.ADVISER_DISPATCH).getBody()).path("id").asText();
        String path = "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/deployed-start-form";

        WebappSession mutsu = WebappSession.logIn(rest, "muni." + MUTSU, "demo");
        ResponseEntity<String> form = mutsu.get(path);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode schema = JSON.readTree(form.getBody());
        assertThat(component(schema, "municipalityCode").path("defaultValue").asText()).isEqualTo(MUTSU);
        assertThat(options(component(schema, "coordinatorUserId")).keySet()).containsAll(DEMO_COORDINATORS);
        // a URL parameter is no way in: the default follows the session's groups only
        JsonNode withParameter = JSON.readTree(mutsu.get(path + "?municipalityCode=022021&userId=muni.022021").getBody());
        assertThat(component(withParameter, "municipalityCode").path("defaultValue").asText()).isEqualTo(MUTSU);

        WebappSession center = WebappSession.logIn(rest, "center", "demo");
        assertThat(component(JSON.readTree(center.get(path).getBody()), "municipalityCode").has("defaultValue")).isFalse();

        // by id on /engine-rest too; a wrong password gets no form, and nothing of anyone else's
        JsonNode byId = JSON.readTree(driver.get("muni.022039", "/engine-rest/process-definition/" + definitionId
                + "/deployed-start-form").getBody());
        assertThat(component(byId, "municipalityCode").path("defaultValue").asText()).isEqualTo("022039");
        // (佐井村's account: a failed login slows that account down, LoginThrottle)
        ResponseEntity<String> wrong = rest.withBasicAuth("muni.024261", "wrong").getForEntity(
                "/engine-rest/process-definition/" + definitionId + "/deployed-start-form", String.class);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(String.valueOf(wrong.getBody())).doesNotContain("024261").doesNotContain("coord.shimokita");
        // a form that asks for nothing passes as deployed
        JsonNode regional = startForm(driver, "adviser.shimokita", ProcessKeys.REGIONAL_ACTIVITY);
        assertThat(component(regional, "region").has("defaultValue")).isFalse();
    }

    /** The list is read from the staff records each time: a coordinator added today is offered. */
    @Test
    void aCoordinatorAddedToTheStaffRecordsIsOfferedByNameAndPlace() throws Exception {
        transaction.executeWithoutResult(status -> {
            Organization office = organizations.save(new Organization(OrganizationKind.CONSULTATION_OFFICE,
                    "相談支援事業所 むつ（テスト）", municipalities.findById(MUTSU).orElseThrow()));
            staff.save(new StaffMember("coord.yamada", "山田 花子", StaffRole.COORDINATOR, Gender.FEMALE, office, Set.of()));
            staff.save(new StaffMember("adviser.yamada", "山田 太郎", StaffRole.ADVISER, Gender.MALE, office, Set.of()));
        });
        Map<String, String> options = options(component(startForm(new RestDriver(rest), "center", ProcessKeys.ADVISER_DISPATCH),
                "coordinatorUserId"));
        assertThat(options).containsEntry("coord.yamada", "山田 花子（むつ市）").doesNotContainKey("adviser.yamada");
    }

    /** 「コーディネーターの確保」 (the center, where the area has none) chooses from the same list. */
    @Test
    void theFindCoordinatorTaskFormListsTheCoordinatorsAndTheServerRefusesAnyOtherId() throws Exception {
        RestDriver driver = new RestDriver(rest);
        String id = (String) driver.start("center", ProcessKeys.DISCHARGE_TRANSITION, variables(
                "municipalityCode", MUTSU, "caseLabel", "Kさん", "caseBirthMonth", "2025-10",
                "care_SUCTION", true, "hospitalName", "むつ総合病院", "wardContact", "小児病棟 0175-00-0000",
                "hospitalRegion", "shimokita", "expectedDischargeDate", TODAY.plusDays(60).toString(),
                "continuingCare", "吸引", "destination", "HOME"), HttpStatus.OK).get("id");
        driver.complete("muni." + MUTSU, driver.task("muni." + MUTSU, id, "UserTask_ConfirmMunicipality"),
                variables("residenceConfirmed", true, "municipalContact", "むつ市 保健師"));
        driver.complete("adviser.shimokita", driver.task("adviser.shimokita", id, "UserTask_AdviserSelectsCoordinator"),
                variables("selectionOutcome", "NONE_AVAILABLE", "municipalityConsulted", "むつ市 保健師",
                        "coordinatorAdvice", "圏域にコーディネーターがいないため、アドバイザーと支援センターで対応する。"));
        driver.complete("muni." + MUTSU, driver.task("muni." + MUTSU, id, "UserTask_MunicipalityAgreesSelection"),
                variables("municipalAgreement", "AGREED"));
        Map<String, Object> find = driver.task("center", id, "UserTask_FindCoordinator");

        ResponseEntity<String> form = driver.get("center", "/engine-rest/task/" + find.get("id") + "/deployed-form");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode select = component(JSON.readTree(form.getBody()), "foundCoordinatorUserId");
        assertThat(select.path("type").asText()).isEqualTo("select");
        assertThat(select.path("validate").path("required").asBoolean()).isTrue();
        assertThat(options(select)).containsEntry("coord.shimokita", "下北圏域コーディネーター（むつ市）")
                .containsKeys(DEMO_COORDINATORS.toArray(String[]::new));
        // and in Tasklist, through the session
        WebappSession center = WebappSession.logIn(rest, "center", "demo");
        JsonNode inTasklist = JSON.readTree(center.get("/camunda/api/engine/engine/default/task/" + find.get("id")
                + "/deployed-form").getBody());
        assertThat(options(component(inTasklist, "foundCoordinatorUserId"))).containsKey("coord.shimokita");
        // someone who may not see the task gets no form at all
        assertThat(driver.get("muni.022021", "/engine-rest/task/" + find.get("id") + "/deployed-form").getStatusCode().is4xxClientError())
                .isTrue();

        for (String crafted : List.of("adviser.shimokita", "muni.022080", "nobody")) {
            ResponseEntity<Map<String, Object>> refused = driver.send("center", HttpMethod.POST,
                    "/engine-rest/task/" + find.get("id") + "/complete",
                    Map.of("variables", variables("foundCoordinatorUserId", crafted)));
            assertThat(refused.getStatusCode()).as(crafted).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) refused.getBody().get("message")).as(crafted)
                    .isEqualTo("「" + crafted + "」は登録されているコーディネーターではありません。");
        }
        assertThat(driver.task("center", id, "UserTask_FindCoordinator")).as("still open").isNotNull();
        driver.complete("center", find, variables("foundCoordinatorUserId", "coord.shimokita"));
        assertThat(driver.tasks("center", id).stream().map(task -> task.get("taskDefinitionKey")))
                .doesNotContain("UserTask_FindCoordinator");
    }

    /** A crafted dispatch request naming someone who is no coordinator starts nothing. */
    @Test
    void aDispatchRequestNamingNoCoordinatorIsRefusedInJapanese() {
        RestDriver driver = new RestDriver(rest);
        long before = requests.count();
        for (String crafted : List.of("adviser.shimokita", "center", "coord.nobody")) {
            ResponseEntity<Map<String, Object>> refused = driver.send("muni." + MUTSU, HttpMethod.POST,
                    "/engine-rest/process-definition/key/" + ProcessKeys.ADVISER_DISPATCH + "/start",
                    Map.of("variables", variables("municipalityCode", MUTSU, "requestKind", "ACCOMPANY",
                            "requestDetail", "初めて医療的ケア児を担当するコーディネーターに同行してほしい。",
                            "wishedDate", TODAY.plusDays(7).toString(), "coordinatorUserId", crafted)));
            assertThat(refused.getStatusCode()).as(crafted).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) refused.getBody().get("message")).as(crafted)
                    .isEqualTo("「" + crafted + "」は登録されているコーディネーターではありません。");
        }
        assertThat(requests.count()).as("nothing started").isEqualTo(before);
        Map<String, Object> started = driver.start("muni." + MUTSU, ProcessKeys.ADVISER_DISPATCH, variables(
                "municipalityCode", MUTSU, "requestKind", "ACCOMPANY", "requestDetail", "同行してほしい。",
                "wishedDate", TODAY.plusDays(7).toString(), "coordinatorUserId", "coord.shimokita"), HttpStatus.OK);
        String named = transaction.execute(status -> requests.require((String) started.get("businessKey")).getCoordinator().getUserId());
        assertThat(named).isEqualTo("coord.shimokita");
    }

    /**
     * A coordinator who is one, but not the child's: naming them would let them read the request
     * and through it the case, so the request is refused (RegisterDispatchRequest), list or not.
     */
    @Test
    void aDispatchRequestForAChildNamingAnotherCoordinatorIsRefused() {
        RestDriver driver = new RestDriver(rest);
        ResponseEntity<String> registered = driver.postForm("muni." + MUTSU, "/cases", "caseLabel", "Lさん",
                "caseBirthMonth", "2024-03", "municipalityCode", MUTSU, "coordinatorUserId", "coord.shimokita");
        assertThat(registered.getStatusCode().isError()).as(String.valueOf(registered.getBody())).isFalse();
        // the redirect to the case page, or the page itself where the client followed it
        java.util.regex.Matcher caseId = java.util.regex.Pattern.compile("CASE-\\d{4}-\\d{4,}").matcher(
                registered.getHeaders().getLocation() != null ? registered.getHeaders().getLocation().toString() : registered.getBody());
        assertThat(caseId.find()).isTrue();
        long before = requests.count();
        ResponseEntity<Map<String, Object>> refused = driver.send("muni." + MUTSU, HttpMethod.POST,
                "/engine-rest/process-definition/key/" + ProcessKeys.ADVISER_DISPATCH + "/start",
                Map.of("variables", variables("municipalityCode", MUTSU, "requestKind", "ACCOMPANY",
                        "requestDetail", "同行してほしい。", "wishedDate", TODAY.plusDays(7).toString(),
                        "caseId", caseId.group(), "coordinatorUserId", "coord.tsugaru")));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message"))
                .isEqualTo("「担当コーディネーター」には、このケースの担当コーディネーターを指定するか、空欄にしてください。");
        assertThat(requests.count()).as("nothing started").isEqualTo(before);
        driver.start("muni." + MUTSU, ProcessKeys.ADVISER_DISPATCH, variables("municipalityCode", MUTSU,
                "requestKind", "ACCOMPANY", "requestDetail", "同行してほしい。", "wishedDate", TODAY.plusDays(7).toString(),
                "caseId", caseId.group(), "coordinatorUserId", "coord.shimokita"), HttpStatus.OK);
    }

    static JsonNode startForm(RestDriver driver, String user, String key) throws Exception {
        ResponseEntity<String> answer = driver.get(user, "/engine-rest/process-definition/key/" + key + "/deployed-start-form");
        assertThat(answer.getStatusCode()).as(user + " " + key).isEqualTo(HttpStatus.OK);
        return JSON.readTree(answer.getBody());
    }

    static JsonNode component(JsonNode form, String key) {
        List<JsonNode> found = new ArrayList<>();
        collect(form, key, found);
        assertThat(found).as(key).hasSize(1);
        return found.get(0);
    }

    private static void collect(JsonNode parent, String key, List<JsonNode> found) {
        for (JsonNode component : parent.path("components")) {
            if (key.equals(component.path("key").asText())) {
                found.add(component);
            }
            collect(component, key, found);
        }
    }

    static Map<String, String> options(JsonNode select) {
        Map<String, String> options = new LinkedHashMap<>();
        select.path("values").forEach(option -> options.put(option.path("value").asText(), option.path("label").asText()));
        return options;
    }
}

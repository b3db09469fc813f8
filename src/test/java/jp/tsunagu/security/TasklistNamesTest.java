package jp.tsunagu.security;

import static jp.tsunagu.support.RestDriver.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.tsunagu.identity.Names;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.RestDriver;

/**
 * Tasklist's task header as a municipal officer gets it (issue 24): the REST calls Tasklist makes
 * with its session, read as Tasklist reads them. The candidate group is named (むつ市, not
 * municipality-022080: everybody reads groups), the colleague who holds the task is named (not their
 * id) while their mail address and profile stay closed (TasklistPeopleNames).
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class TasklistNamesTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    static final String ENGINE = "/camunda/api/engine/engine/default";
    static final String HAL = "application/hal+json, application/json; q=0.5";
    static final String COLLEAGUE = "muni.022080.kato";
    static final String COLLEAGUE_MAIL = "kato.hanako@example.jp";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;

    @Autowired
    Names names;

    @AfterEach
    void removeColleague() {
        if (identity.createUserQuery().userId(COLLEAGUE).count() > 0) {
            identity.deleteUser(COLLEAGUE);
        }
        if (identity.createGroupQuery().groupId("study-team").count() > 0) {
            identity.deleteGroup("study-team");
        }
    }

    /** The one lookup all of this uses: our tables first, then Camunda's identity, never a blank. */
    @Test
    void namesComeFromTheStaffRecordsThenTheEnginesUsersAndGroupsFromOurRegionsAndMunicipalities() {
        assertThat(names.person("adviser.shimokita")).as("the staff record's name").isEqualTo("下北圏域アドバイザー");
        assertThat(names.person("center")).isEqualTo("支援センター 担当者");
        assertThat(names.person("admin")).as("no staff record: Camunda's user, family name first").isEqualTo("システム 管理者");
        User colleague = identity.newUser(COLLEAGUE);
        colleague.setFirstName("花子");
        colleague.setLastName("加藤");
        identity.saveUser(colleague);
        assertThat(names.person(COLLEAGUE)).isEqualTo("加藤 花子");
        assertThat(names.person("nobody.here")).as("unknown: the id, so that nobody disappears from a log")
                .isEqualTo("nobody.here");
        assertThat(names.person(null)).isEqualTo(Names.NOBODY);

        assertThat(names.group("municipality-022080")).isEqualTo("むつ市");
        assertThat(names.group("adviser-shimokita")).isEqualTo("下北圏域アドバイザー");
        assertThat(names.groups(List.of("adviser-tsugaru", "support-center"))).isEqualTo("津軽圏域アドバイザー、小児在宅支援センター");
        var team = identity.newGroup("study-team");
        team.setName("勉強会事務局");
        identity.saveGroup(team);
        assertThat(names.group("study-team")).as("a group an administrator made: the engine's name").isEqualTo("勉強会事務局");
        assertThat(names.group("no-such-group")).isEqualTo("no-such-group");
    }

    @Test
    void aMunicipalOfficerSeesTheGroupAndTheColleagueWhoHoldsTheTaskByName() throws Exception {
        RestDriver driver = new RestDriver(rest);
        String instance = (String) driver.start("center", ProcessKeys.DISCHARGE_TRANSITION, variables(
                "municipalityCode", "022080", "caseLabel", "Nさん", "caseBirthMonth", "2025-10",
                "care_SUCTION", true, "hospitalName", "むつ総合病院", "wardContact", "小児科 0175-00-0000", "hospitalRegion", "shimokita",
                "expectedDischargeDate", TODAY.plusDays(60).toString(), "continuingCare", "吸引"), HttpStatus.OK).get("id");
        String taskId = (String) driver.task("muni.022080", instance, "UserTask_ConfirmMunicipality").get("id");

        User colleague = identity.newUser(COLLEAGUE);
        colleague.setFirstName("花子");
        colleague.setLastName("加藤");
        colleague.setEmail(COLLEAGUE_MAIL);
        colleague.setPassword("not-used-here");
        identity.saveUser(colleague);
        identity.createMembership(COLLEAGUE, "municipality-022080");
        tasks.claim(taskId, COLLEAGUE);

        WebappSession tasklist = WebappSession.logIn(rest, "muni.022080", "demo");
        ResponseEntity<String> task = tasklist.get(ENGINE + "/task/" + taskId, HAL);
        assertThat(task.getStatusCode()).as(task.getBody()).isEqualTo(HttpStatus.OK);
        Header header = Header.of(JSON.readTree(task.getBody()));
        List<String> groups = header.candidateGroups();
        List<JsonNode> assignees = header.assignees();
        assertThat(groups).as("the candidate group as Tasklist's header shows it").containsExactly("むつ市");
        assertThat(assignees).as("the colleague who holds it, as the header shows them").singleElement().satisfies(user -> {
            assertThat(user.path("id").asText()).isEqualTo(COLLEAGUE);
            assertThat((user.path("firstName").asText() + " " + user.path("lastName").asText()).strip())
                    .isEqualTo("加藤 花子");
            assertThat(user.path("email").isNull() || user.path("email").isMissingNode()).as("no mail address").isTrue();
        });
        assertThat(task.getBody()).doesNotContain(COLLEAGUE_MAIL);

        // the list Tasklist shows beside the header names the assignee too
        ResponseEntity<String> list = tasklist.get(ENGINE + "/task?processInstanceId=" + instance, HAL);
        assertThat(JSON.readTree(list.getBody()).at("/_embedded/assignee/0/firstName").asText()).isEqualTo("加藤 花子");
        assertThat(list.getBody()).doesNotContain(COLLEAGUE_MAIL);

        // groups are open to everybody; people are not: the profile and the user list stay as Camunda guards them
        ResponseEntity<String> center = tasklist.get(ENGINE + "/group?id=support-center", "application/json");
        assertThat(center.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(center.getBody()).at("/0/name").asText()).isEqualTo("小児在宅支援センター");
        ResponseEntity<String> profile = tasklist.get(ENGINE + "/user/" + COLLEAGUE + "/profile", "application/json");
        assertThat(profile.getStatusCode().is2xxSuccessful()).as(profile.getBody()).isFalse();
        assertThat(profile.getBody()).doesNotContain(COLLEAGUE_MAIL);
        ResponseEntity<String> users = tasklist.get(ENGINE + "/user?memberOfGroup=municipality-022080", "application/json");
        assertThat(users.getBody()).doesNotContain(COLLEAGUE_MAIL, "加藤");
    }

    @Test
    void theCenterSeesAnAdvisersTaskWithTheRegionsAdvisersNamedAndTheAdviserWhoTookIt() throws Exception {
        RestDriver driver = new RestDriver(rest);
        String instance = (String) driver.start("muni.022080", ProcessKeys.ADVISER_DISPATCH, variables(
                "municipalityCode", "022080", "requestKind", "CASE_MEETING", "requestDetail", "ケース会議に同席してほしい。",
                "wishedDate", TODAY.plusDays(7).toString()), HttpStatus.OK).get("id");
        driver.complete("center", driver.task("center", instance, "UserTask_Triage"), variables("triageDecision", "ADVISER"));
        String acceptance = (String) driver.task("adviser.shimokita", instance, "UserTask_AdviserAcceptance").get("id");
        tasks.claim(acceptance, "adviser.shimokita");

        WebappSession tasklist = WebappSession.logIn(rest, "center", "demo");
        String body = tasklist.get(ENGINE + "/task/" + acceptance, HAL).getBody();
        Header header = Header.of(JSON.readTree(body));
        assertThat(header.candidateGroups()).as(body).containsExactly("下北圏域アドバイザー");
        assertThat(header.assignees()).as(body).singleElement()
                .satisfies(user -> assertThat(user.path("firstName").asText()).isEqualTo("下北圏域アドバイザー"));
        assertThat(JSON.readTree(body).at("/assignee").asText()).isEqualTo("adviser.shimokita");
    }

    /**
     * The task header as Tasklist puts it together from the HAL task: each identity link with the
     * group or person embedded beside it (by id); a link whose group or person is not embedded
     * shows its bare id, which is what issue 24 is about.
     */
    record Header(List<String> candidateGroups, List<JsonNode> assignees) {

        static Header of(JsonNode task) {
            Map<String, JsonNode> groups = byId(task.at("/_embedded/group"));
            Map<String, JsonNode> users = byId(task.at("/_embedded/user"));
            List<String> candidateGroups = new ArrayList<>();
            List<JsonNode> assignees = new ArrayList<>();
            for (JsonNode link : task.at("/_embedded/identityLink")) {
                if ("candidate".equals(link.path("type").asText()) && link.hasNonNull("groupId")) {
                    JsonNode group = groups.get(link.path("groupId").asText());
                    candidateGroups.add(group == null ? link.path("groupId").asText() : group.path("name").asText());
                }
                if ("assignee".equals(link.path("type").asText())) {
                    JsonNode user = users.get(link.path("userId").asText());
                    assignees.add(user == null ? JSON.createObjectNode().put("firstName", link.path("userId").asText()) : user);
                }
            }
            return new Header(candidateGroups, assignees);
        }

        private static Map<String, JsonNode> byId(JsonNode embedded) {
            Map<String, JsonNode> byId = new LinkedHashMap<>();
            embedded.forEach(node -> byId.put(node.path("id").asText(), node));
            return byId;
        }
    }
}

package jp.tsunagu.identity;

import static jp.tsunagu.support.RestDriver.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.RestDriver;

/**
 * 「自分とグループのタスク」 (issue 24): one filter that holds the tasks of the user's groups,
 * claimed ones included, and the tasks assigned to the user; Tasklist opens on it. Seen through
 * the filter's REST list as the user, as Tasklist asks it.
 */
abstract class TasklistFiltersContract {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

    @Test
    void aMunicipalitySeesItsGroupTasksAndTheOneItClaimedThroughOneFilterAndNoOtherMunicipalitys() {
        RestDriver driver = new RestDriver(rest);
        String claimed = confirmationTask(driver, "022080", "Aさん");
        String open = confirmationTask(driver, "022080", "Bさん");
        String hirosakis = confirmationTask(driver, "022021", "Cさん");
        driver.post("muni.022080", "/engine-rest/task/" + claimed + "/claim", Map.of("userId", "muni.022080"),
                HttpStatus.NO_CONTENT);

        assertThat(driver.taskIdsThroughFilter("muni.022080", TasklistFilters.MINE_AND_GROUPS))
                .contains(claimed, open).doesNotContain(hirosakis);
        assertThat(driver.taskIdsThroughFilter("muni.022080", TasklistFilters.GROUPS))
                .as("why the filter is there: a claimed task leaves グループのタスク").contains(open).doesNotContain(claimed);
        assertThat(driver.taskIdsThroughFilter("muni.022021", TasklistFilters.MINE_AND_GROUPS))
                .contains(hirosakis).doesNotContain(claimed, open);

        // claimed by a colleague of the group (here the center, which may take over any task): still in sight
        driver.post("center", "/engine-rest/task/" + open + "/claim", Map.of("userId", "center"), HttpStatus.NO_CONTENT);
        assertThat(driver.taskIdsThroughFilter("muni.022080", TasklistFilters.MINE_AND_GROUPS)).contains(claimed, open);
        assertThat(driver.taskIdsThroughFilter("center", TasklistFilters.MINE_AND_GROUPS)).contains(open);
    }

    @Test
    void aTaskGivenToOnePersonOutsideItsGroupsIsInThatPersonsFilterTooAndLeavesWithAFamilysMove() {
        RestDriver driver = new RestDriver(rest);
        String given = confirmationTask(driver, "022080", "Dさん");
        // the center hands the task to one person who is in none of its groups, as a flow does
        // when it routes a task to a coordinator or to the adviser who accepted
        driver.post("center", "/engine-rest/task/" + given + "/assignee", Map.of("userId", "coord.shimokita"),
                HttpStatus.NO_CONTENT);
        assertThat(driver.taskIdsThroughFilter("coord.shimokita", TasklistFilters.MINE_AND_GROUPS)).contains(given);
        assertThat(candidateUsers(given)).containsExactly("coord.shimokita");
        assertThat(driver.taskIdsThroughFilter("muni.022080", TasklistFilters.MINE_AND_GROUPS)).contains(given);

        // claimed by むつ市's officer, then the family moves to 弘前市: the officer's claim and their
        // place among the task's candidates go with むつ市's group; 弘前市 has the task
        String claimed = confirmationTask(driver, "022080", "Eさん");
        driver.post("muni.022080", "/engine-rest/task/" + claimed + "/claim", Map.of("userId", "muni.022080"),
                HttpStatus.NO_CONTENT);
        assertThat(candidateUsers(claimed)).containsExactly("muni.022080");
        String businessKey = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(engine.getTaskService().createTaskQuery().taskId(claimed).singleResult().getProcessInstanceId())
                .singleResult().getBusinessKey();
        driver.post("center", "/engine-rest/message", Map.of("messageName", "DischargeCaseMoved", "businessKey", businessKey,
                "processVariables", variables("newMunicipalityCode", "022021")), HttpStatus.NO_CONTENT);
        assertThat(candidateUsers(claimed)).as("the old town's officer is no candidate any more").isEmpty();
        assertThat(driver.taskIdsThroughFilter("muni.022080", TasklistFilters.MINE_AND_GROUPS)).doesNotContain(claimed);
        assertThat(driver.statusOf("muni.022080", org.springframework.http.HttpMethod.GET, "/engine-rest/task/" + claimed, null)
                .value()).as("nor reads it").isIn(403, 404);
        assertThat(driver.taskIdsThroughFilter("muni.022021", TasklistFilters.MINE_AND_GROUPS)).contains(claimed);
    }

    private List<String> candidateUsers(String taskId) {
        return engine.getTaskService().getIdentityLinksForTask(taskId).stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getUserId() != null)
                .map(link -> link.getUserId()).toList();
    }

    @Test
    void tasklistOpensOnItForEveryRoleAndTheOtherFiltersStay() {
        RestDriver driver = new RestDriver(rest);
        for (String user : List.of("muni.022080", "adviser.shimokita", "coord.shimokita", "center", "prefecture")) {
            List<Map<String, Object>> filters = driver.list(user, "/engine-rest/filter?resourceType=Task");
            assertThat(filters).extracting(filter -> filter.get("name")).as(user)
                    .contains(TasklistFilters.MINE_AND_GROUPS, "グループのタスク", "自分のタスク", "期限切れ");
            assertThat(filters.stream().min(Comparator.comparingInt(TasklistFiltersContract::priority)).orElseThrow().get("name"))
                    .as(user + ": Tasklist opens on the filter of the lowest priority").isEqualTo(TasklistFilters.MINE_AND_GROUPS);
        }
    }

    @Test
    void anInstallationOfAnEarlierVersionGetsTheFilterAndTheGrantAtItsNextStart() {
        var filters = engine.getFilterService();
        var authorizations = engine.getAuthorizationService();
        Filter before = filters.createFilterQuery().filterName(TasklistFilters.MINE_AND_GROUPS).singleResult();
        String groupsFilter = filters.createFilterQuery().filterName(TasklistFilters.GROUPS).singleResult().getId();
        // as an earlier version left the database: the other filters and their grants, not this one
        authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(before.getId()).list()
                .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
        filters.deleteFilter(before.getId());

        new TasklistFilters().postProcessEngineBuild(engine);

        Filter after = filters.createFilterQuery().filterName(TasklistFilters.MINE_AND_GROUPS).singleResult();
        assertThat(after).isNotNull();
        assertThat(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.FILTER).resourceId(after.getId()).hasPermission(Permissions.READ).count())
                .as("read by everybody").isOne();
        assertThat(filters.createFilterQuery().filterName(TasklistFilters.GROUPS).singleResult().getId())
                .as("an existing filter is kept as it is").isEqualTo(groupsFilter);
        assertThat(filters.createFilterQuery().filterName(TasklistFilters.MINE_AND_GROUPS).count()).isOne();
    }

    private static int priority(Map<String, Object> filter) {
        Object properties = filter.get("properties");
        Object priority = properties instanceof Map<?, ?> map ? map.get("priority") : null;
        return priority instanceof Number number ? number.intValue() : Integer.MAX_VALUE;
    }

    /** A discharge of a child of this municipality: its first task is the municipality's group task. */
    private static String confirmationTask(RestDriver driver, String municipalityCode, String label) {
        Map<String, Object> started = driver.start("center", ProcessKeys.DISCHARGE_TRANSITION, variables(
                "municipalityCode", municipalityCode, "caseLabel", label, "caseBirthMonth", "2025-10",
                "care_SUCTION", true, "hospitalName", "弘前大学医学部附属病院", "wardContact", "NICU 0172-00-0000",
                "hospitalRegion", "tsugaru", "expectedDischargeDate", TODAY.plusDays(60).toString(),
                "continuingCare", "吸引"), HttpStatus.OK);
        Map<String, Object> task = driver.task("center", (String) started.get("id"), "UserTask_ConfirmMunicipality");
        assertThat(driver.candidateGroups("center", task)).containsExactly("municipality-" + municipalityCode);
        return (String) task.get("id");
    }
}

package jp.tsunagu.web;

import static jp.tsunagu.support.RestDriver.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagu.dispatch.DispatchRequest;
import jp.tsunagu.dispatch.DispatchRequestRepository;
import jp.tsunagu.dispatch.DispatchStatus;
import jp.tsunagu.routing.GroupIds;
import jp.tsunagu.support.RestDriver;

/**
 * Two people on the same task: one wins, the other is told in Japanese (409) and nothing of the
 * winner is overwritten. The center has two staff here: {@code center} and {@code center.second},
 * added for this test (administrators do not work on case tasks).
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class ConcurrentChangeRestTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DispatchRequestRepository requests;
    @Autowired
    HistoryService history;
    @Autowired
    InvalidInputRestMapping mapping;

    @Autowired
    IdentityService identity;

    RestDriver driver;

    static final String SECOND = "center.second";

    @BeforeEach
    void secondCenterStaff() {
        if (identity.createUserQuery().userId(SECOND).count() == 0) {
            User user = identity.newUser(SECOND);
            user.setFirstName("支援センター");
            user.setLastName("職員2");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(SECOND, GroupIds.SUPPORT_CENTER);
        }
    }

    String startRequest(String detail) {
        driver = new RestDriver(rest);
        return (String) driver.start("muni.022080", "adviser-dispatch", variables("municipalityCode", "022080",
                "requestKind", "CASE_MEETING", "requestDetail", detail,
                "wishedDate", TODAY.plusDays(10).toString()), HttpStatus.OK).get("id");
    }

    @Test
    void theSecondToCompleteATaskIsToldItIsDoneAndTheFirstDecisionStands() {
        String instance = startRequest("就学前のケース会議");
        Map<String, Object> triage = driver.task("center", instance, "UserTask_Triage");
        Map<String, Object> sameTaskSeenByAdmin = driver.task(SECOND, instance, "UserTask_Triage");

        driver.complete("center", triage, variables("triageDecision", "ADVISER"));
        ResponseEntity<Map<String, Object>> late = driver.send(SECOND, HttpMethod.POST,
                "/engine-rest/task/" + sameTaskSeenByAdmin.get("id") + "/complete",
                Map.of("variables", variables("triageDecision", "DECLINED", "declineReason", "対象外")));

        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().get("message")).asString().contains("すでにほかの方が完了");
        DispatchRequest request = requests.findAll().stream()
                .filter(r -> instance.equals(r.getProcessInstanceId())).findFirst().orElseThrow();
        assertThat(request.getStatus()).isNotEqualTo(DispatchStatus.DECLINED);
        assertThat(request.getDeclineReason()).isNull();
        assertThat(driver.task("adviser.shimokita", instance, "UserTask_AdviserAcceptance")).isNotNull();
    }

    /** Races lose in several ways (task gone, optimistic lock, grants gone, execution moved on). */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 4, 5})
    void sixCompletionsAtTheSameMomentMakeOneWinnerAndFiveClearConflicts(int round) throws Exception {
        String instance = startRequest("同時に完了されるケース会議 " + round);
        Map<String, Object> triage = driver.task("center", instance, "UserTask_Triage");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ResponseEntity<Map<String, Object>>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                String user = i % 2 == 0 ? "center" : SECOND;
                String decision = i % 2 == 0 ? "ADVISER" : "CENTER";
                answers.add(pool.submit(() -> {
                    go.await();
                    return driver.send(user, HttpMethod.POST, "/engine-rest/task/" + triage.get("id") + "/complete",
                            Map.of("variables", variables("triageDecision", decision)));
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<ResponseEntity<Map<String, Object>>> answer : answers) {
                ResponseEntity<Map<String, Object>> response = answer.get();
                if (response.getStatusCode() == HttpStatus.NO_CONTENT) {
                    won++;
                } else {
                    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(response.getBody().get("message")).asString().containsAnyOf("同時に", "すでにほかの方が");
                }
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        // Exactly one triage happened: one completed task instance, one outgoing step.
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId("ServiceTask_RecordTriage").count()).isEqualTo(1);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance)
                .taskDefinitionKey("UserTask_Triage").finished().count()).isEqualTo(1);
    }

    @Test
    void aTaskClaimedByOneIsNotTakenByAnother() {
        String instance = startRequest("担当の取り合い");
        Map<String, Object> triage = driver.task("center", instance, "UserTask_Triage");
        assertThat(driver.send("center", HttpMethod.POST, "/engine-rest/task/" + triage.get("id") + "/claim",
                Map.of("userId", "center")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<Map<String, Object>> second = driver.send(SECOND, HttpMethod.POST,
                "/engine-rest/task/" + triage.get("id") + "/claim", Map.of("userId", SECOND));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("message")).isEqualTo("このタスクはすでに「center」さんが担当しています。");
        assertThat(driver.task("center", instance, "UserTask_Triage").get("assignee")).isEqualTo("center");
    }

    @Test
    void aStaleEntityVersionIsAConflictInJapanese() {
        var answer = mapping.answer(new ObjectOptimisticLockingFailureException(DispatchRequest.class, "DSP-2026-0001"));
        assertThat(answer).hasValueSatisfying(response -> {
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(response.getEntity()).asString().contains("ほかの方が同時にこの内容を更新した");
        });
    }
}

package jp.tsunagu.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagu.activity.ActivityKind;
import jp.tsunagu.activity.ActivityRecords;
import jp.tsunagu.support.RestDriver;

/**
 * One request end to end through the REST API as the demo users: muni.022080 (むつ市) asks,
 * center triages, adviser.shimokita accepts and records the visit, muni.022080 gives feedback.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class AdviserDispatchRestTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DispatchRequestRepository requests;
    @Autowired
    ActivityRecords activities;

    @Test
    void aRequestFromMutsuRunsThroughTriageTheShimokitaAdviserAndFeedback() {
        Map<String, Object> started = post("muni.022080", "/engine-rest/process-definition/key/adviser-dispatch/start",
                Map.of("variables", variables(
                        "municipalityCode", "022080",
                        "requestKind", "ACCOMPANY",
                        "requestDetail", "初めて医療的ケア児を担当するコーディネーターに同行してほしい。",
                        "wishedDate", TODAY.plusDays(7).toString())), HttpStatus.OK);
        String instanceId = (String) started.get("id");
        String businessKey = (String) started.get("businessKey");
        assertThat(businessKey).matches("DSP-\\d{4}-\\d{4}");

        Map<String, Object> triage = onlyTask("center", instanceId);
        assertThat(triage.get("taskDefinitionKey")).isEqualTo("UserTask_Triage");
        assertThat((String) triage.get("name")).contains(businessKey, "むつ市");
        assertThat(candidateGroups("center", triage)).containsExactly("support-center");
        assertThat(tasksVisibleTo("muni.022012", instanceId)).as("青森市 sees nothing of むつ市").isEmpty();
        assertThat(taskIdsThroughFilter("center", "グループのタスク")).contains(triage.get("id"));
        assertThat(taskIdsThroughFilter("muni.022012", "グループのタスク")).doesNotContain(triage.get("id"));
        complete("center", triage, variables("triageDecision", "ADVISER"));

        Map<String, Object> acceptance = onlyTask("adviser.shimokita", instanceId);
        assertThat(acceptance.get("taskDefinitionKey")).isEqualTo("UserTask_AdviserAcceptance");
        assertThat(candidateGroups("adviser.shimokita", acceptance)).containsExactly("adviser-shimokita");
        assertThat(tasksVisibleTo("adviser.tsugaru", instanceId)).isEmpty();
        complete("adviser.shimokita", acceptance, variables("acceptDecision", "ACCEPT",
                "scheduledDate", TODAY.plusDays(3).toString()));

        Map<String, Object> record = onlyTask("adviser.shimokita", instanceId);
        assertThat(record.get("taskDefinitionKey")).isEqualTo("UserTask_RecordActivity");
        assertThat(record.get("assignee")).isEqualTo("adviser.shimokita");
        assertThat(candidateGroups("adviser.shimokita", record)).as("the region's other advisers may step in")
                .containsExactly("adviser-shimokita");
        complete("adviser.shimokita", record, variables(
                "activityDate", TODAY.toString(),
                "activityKind", "ACCOMPANIED_VISIT",
                "participantRoles", "本人、母、祖母、コーディネーター、圏域アドバイザー",
                "participants_OTHER", 5,
                "activityContent", "新規のコーディネーターとご家族との初顔合わせ",
                "adviserNotes", "コーディネーターが主に話せるよう、補足に徹した。",
                "moreVisits", false));

        Map<String, Object> feedback = onlyTask("muni.022080", instanceId);
        assertThat(feedback.get("taskDefinitionKey")).isEqualTo("UserTask_Feedback");
        assertThat(feedback.get("assignee")).isEqualTo("muni.022080");
        assertThat(candidateGroups("muni.022080", feedback)).containsExactly("municipality-022080");
        complete("muni.022080", feedback, variables("feedbackRating", 5,
                "feedbackComment", "一緒に訪問してもらい、コーディネーターが安心して面談できた。"));

        assertThat(tasksVisibleTo("center", instanceId)).isEmpty();
        DispatchRequest stored = requests.require(businessKey);
        assertThat(stored.getStatus()).isEqualTo(DispatchStatus.CLOSED);
        assertThat(stored.getRequesterUserId()).isEqualTo("muni.022080");
        assertThat(stored.getRequesterRole()).isEqualTo(RequesterRole.MUNICIPALITY);
        assertThat(stored.getAcceptedBy()).isEqualTo("adviser.shimokita");
        assertThat(activities.of(businessKey)).singleElement().satisfies(activity -> {
            assertThat(activity.getKind()).isEqualTo(ActivityKind.ACCOMPANIED_VISIT);
            assertThat(activity.getParticipantCount()).isEqualTo(5);
            assertThat(activity.getRegionId()).isEqualTo("shimokita");
            assertThat(activity.getRecordedBy()).isEqualTo("adviser.shimokita");
            assertThat(activity.getActivityDate()).isEqualTo(TODAY);
        });
    }

    @Test
    void aBadStartGets400WithAJapaneseMessageAndStartsNothing() {
        long before = requests.count();
        Map<String, Object> answer = post("muni.022080", "/engine-rest/process-definition/key/adviser-dispatch/start",
                Map.of("variables", variables("municipalityCode", "022081", "requestKind", "OTHER",
                        "requestDetail", "テスト", "wishedDate", TODAY.plusDays(1).toString())), HttpStatus.BAD_REQUEST);
        assertThat((String) answer.get("message")).contains("市町村コード");

        Map<String, Object> otherTown = post("muni.022012", "/engine-rest/process-definition/key/adviser-dispatch/start",
                Map.of("variables", variables("municipalityCode", "022080", "requestKind", "OTHER",
                        "requestDetail", "テスト", "wishedDate", TODAY.plusDays(1).toString())), HttpStatus.FORBIDDEN);
        assertThat((String) otherTown.get("message")).as("another town's residents: a refusal, 403")
                .contains("「むつ市」についての手続きは開始できません");
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void theApplicationGivesTheBusinessKeyEvenWhenTheCallerSendsOne() {
        Map<String, Object> started = post("center", "/engine-rest/process-definition/key/adviser-dispatch/start",
                Map.of("businessKey", "MINE-1", "variables", variables("municipalityCode", "022012",
                        "requestKind", "STUDY_GROUP", "requestDetail", "圏域の勉強会の企画",
                        "wishedDate", TODAY.plusDays(30).toString())), HttpStatus.OK);
        assertThat((String) started.get("businessKey")).matches("DSP-\\d{4}-\\d{4}");
    }

    // --- helpers ---------------------------------------------------------------------------

    static Map<String, Object> variables(Object... nameValuePairs) {
        return RestDriver.variables(nameValuePairs);
    }

    Map<String, Object> post(String user, String path, Object body, HttpStatus expected) {
        return driver().post(user, path, body, expected);
    }

    void complete(String user, Map<String, Object> task, Map<String, Object> variables) {
        driver().complete(user, task, variables);
    }

    List<Map<String, Object>> tasksVisibleTo(String user, String instanceId) {
        return driver().tasks(user, instanceId);
    }

    Map<String, Object> onlyTask(String user, String instanceId) {
        List<Map<String, Object>> visible = tasksVisibleTo(user, instanceId);
        assertThat(visible).as("tasks visible to " + user).hasSize(1);
        return visible.get(0);
    }

    List<Object> taskIdsThroughFilter(String user, String filterName) {
        return driver().taskIdsThroughFilter(user, filterName);
    }

    List<Object> candidateGroups(String user, Map<String, Object> task) {
        return driver().candidateGroups(user, task);
    }

    RestDriver driver() {
        return new RestDriver(rest);
    }
}

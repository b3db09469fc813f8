package jp.tsunagu.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import jp.tsunagu.activity.ActivityKind;
import jp.tsunagu.activity.ActivityRecord;
import jp.tsunagu.activity.ActivityRecords;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.FlowTest;
import jp.tsunagu.support.Participants;

/**
 * Every path of adviser-dispatch, on the real beans and an in-memory H2 engine with
 * authorization checks on: each step runs as the demo user who would do it.
 */
@TestPropertySource(properties = FlowTest.PROCESS_UNDER_TEST + "=" + ProcessKeys.ADVISER_DISPATCH)
class AdviserDispatchProcessTest extends FlowTest {

    static final String MUTSU = "022080";
    static final String MUTSU_OFFICER = "muni.022080";

    @Autowired
    IdentityService identity;
    @Autowired
    DispatchRequestRepository requests;
    @Autowired
    ActivityRecords activities;

    // --- triage ---------------------------------------------------------------------------

    @Test
    void declinedRequestShowsTheReasonToTheRequesterAndEnds() {
        ProcessInstance instance = start(MUTSU_OFFICER, request(MUTSU, "CASE_MEETING"));
        assertThat(instance).isWaitingAt("UserTask_Triage");
        assertThat(task()).hasCandidateGroup("support-center");
        assertThat(task().getName()).isEqualTo("派遣依頼の受付確認 " + instance.getBusinessKey() + " むつ市");
        assertThat(instance.getBusinessKey()).matches("DSP-\\d{4}-\\d{4}");

        complete("center", task(), Map.of("triageDecision", "DECLINED", "declineReason", "今回は支援センターの電話相談で足ります。"));

        assertThat(instance).isWaitingAt("UserTask_AcknowledgeDecline");
        assertThat(task()).isAssignedTo(MUTSU_OFFICER);
        assertThat(candidateGroups(task())).containsExactly("municipality-022080");
        assertThat(tasks.getVariable(task().getId(), "declineReason")).isEqualTo("今回は支援センターの電話相談で足ります。");
        complete(MUTSU_OFFICER, task(), Map.of());

        assertThat(instance).isEnded().hasPassed("ServiceTask_CloseRequest");
        DispatchRequest stored = requests.require(instance.getBusinessKey());
        assertThat(stored.getStatus()).isEqualTo(DispatchStatus.DECLINED);
        assertThat(stored.getOutcome()).isEqualTo(DispatchOutcome.DECLINED);
        assertThat(stored.getDeclineReason()).contains("電話相談");
        assertThat(stored.getClosedAt()).isNotNull();
    }

    @Test
    void aDeclineWithoutReasonIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = start(MUTSU_OFFICER, request(MUTSU, "OTHER"));
        Task triage = task();
        assertThatThrownBy(() -> complete("center", triage, Map.of("triageDecision", "DECLINED")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("お断りの理由");
        assertThatThrownBy(() -> complete("center", triage, Map.of("triageDecision", "MAYBE")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("受付結果");
        assertThat(instance).isWaitingAt("UserTask_Triage");
        assertThat(requests.require(instance.getBusinessKey()).getStatus()).isEqualTo(DispatchStatus.TRIAGE);
    }

    @Test
    void centerAnswersItselfRecordsWhatItDidAndTheRequesterGivesFeedback() {
        ProcessInstance instance = start(MUTSU_OFFICER, request(MUTSU, "OTHER"));
        complete("center", task(), Map.of("triageDecision", "CENTER"));

        assertThat(instance).isWaitingAt("UserTask_CenterResponse");
        assertThat(task()).hasCandidateGroup("support-center");
        complete("center", task(), activity("CONSULTATION", "保健師、小児在宅支援センター", 2, "電話で制度の説明を行った。"));

        assertThat(instance).isWaitingAt("UserTask_Feedback");
        assertThat(task()).isAssignedTo(MUTSU_OFFICER);
        assertThat(candidateGroups(task())).containsExactly("municipality-022080");
        complete(MUTSU_OFFICER, task(), Map.of("feedbackRating", 4, "feedbackComment", "すぐに答えてもらえて助かりました。"));

        assertThat(instance).isEnded();
        List<ActivityRecord> records = activities.of(instance.getBusinessKey());
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getRecordedBy()).isEqualTo("center");
            assertThat(record.getKind()).isEqualTo(ActivityKind.CONSULTATION);
            assertThat(record.getRegionId()).isEqualTo("shimokita");
        });
        DispatchRequest stored = requests.require(instance.getBusinessKey());
        assertThat(stored.getStatus()).isEqualTo(DispatchStatus.CLOSED);
        assertThat(stored.getOutcome()).isEqualTo(DispatchOutcome.ANSWERED_BY_CENTER);
        assertThat(stored.getVisitCount()).as("the center's answer is no adviser visit").isZero();
        assertThat(stored.getFeedbackRating()).isEqualTo(4);
    }

    // --- adviser ---------------------------------------------------------------------------

    @Test
    void theHomeRegionsAdviserAcceptsRecordsOneVisitAndTheRequestCloses() {
        ProcessInstance instance = start(MUTSU_OFFICER, request(MUTSU, "CASE_MEETING"));
        complete("center", task(), Map.of("triageDecision", "ADVISER"));

        assertThat(instance).isWaitingAt("UserTask_AdviserAcceptance");
        Task acceptance = task();
        assertThat(acceptance).hasCandidateGroup("adviser-shimokita");
        assertThat(candidateGroups(acceptance)).containsExactly("adviser-shimokita");
        assertThat(acceptance.getDueDate()).isEqualTo(Date.from(NOW.plusDays(3).toInstant()));
        assertThat(job().getDuedate()).isEqualTo(acceptance.getDueDate());
        complete("adviser.shimokita", acceptance, Map.of("acceptDecision", "ACCEPT", "scheduledDate", "2026-12-04"));

        assertThat(instance).isWaitingAt("UserTask_RecordActivity");
        assertThat(task()).isAssignedTo("adviser.shimokita");
        Map<String, Object> visit = activity("CASE_MEETING", "本人、母、教育委員会、コーディネーター、圏域アドバイザー", 9, "就学に向けたケース会議");
        visit.put("moreVisits", false);
        complete("adviser.shimokita", task(), visit);

        assertThat(instance).isWaitingAt("UserTask_Feedback");
        complete(MUTSU_OFFICER, task(), Map.of("feedbackRating", 5));
        assertThat(instance).isEnded();

        DispatchRequest stored = requests.require(instance.getBusinessKey());
        assertThat(stored.getAcceptedBy()).isEqualTo("adviser.shimokita");
        assertThat(stored.getScheduledDate()).hasToString("2026-12-04");
        assertThat(stored.getVisitCount()).isEqualTo(1);
        assertThat(stored.getOutcome()).isEqualTo(DispatchOutcome.ADVISER_DISPATCHED);
        assertThat(activities.of(instance.getBusinessKey())).singleElement().satisfies(record -> {
            assertThat(record.getParticipantCount()).isEqualTo(9);
            assertThat(record.getRecordedBy()).isEqualTo("adviser.shimokita");
        });
    }

    @Test
    void anAdviserHandsTheRequestToAnotherRegionAndTheRecordKeepsBoth() {
        ProcessInstance instance = start(MUTSU_OFFICER, request(MUTSU, "DISCHARGE"));
        complete("center", task(), Map.of("triageDecision", "ADVISER"));
        complete("adviser.shimokita", task(), Map.of("acceptDecision", "HAND_OVER", "targetRegion", "tsugaru"));

        assertThat(instance).hasPassed("ServiceTask_HandOverRegion").isWaitingAt("UserTask_AdviserAcceptance");
        assertThat(candidateGroups(task())).containsExactly("adviser-tsugaru");
        assertThat(requests.require(instance.getBusinessKey()).getRegionsInvolved()).containsExactly("shimokita", "tsugaru");
    }

    @Test
    void aHandOverToTheSameOrAnUnknownRegionIsRefused() {
        start(MUTSU_OFFICER, request(MUTSU, "DISCHARGE"));
        complete("center", task(), Map.of("triageDecision", "ADVISER"));
        Task acceptance = task();
        assertThatThrownBy(() -> complete("adviser.shimokita", acceptance, Map.of("acceptDecision", "HAND_OVER")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("引継ぎ先");
        assertThatThrownBy(() -> complete("adviser.shimokita", acceptance,
                Map.of("acceptDecision", "HAND_OVER", "targetRegion", "shimokita")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("別の圏域");
        assertThatThrownBy(() -> complete("adviser.shimokita", acceptance,
                Map.of("acceptDecision", "HAND_OVER", "targetRegion", "hokkaido")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("圏域");
        assertThat(task().getId()).isEqualTo(acceptance.getId());
    }

    @Test
    void nobodyAcceptsInTimeSoTheCenterReassignsToAnotherRegion() {
        ProcessInstance instance = start(MUTSU_OFFICER, request(MUTSU, "CASE_MEETING"));
        complete("center", task(), Map.of("triageDecision", "ADVISER"));
        execute(job());

        assertThat(instance).hasPassed("Timer_AcceptanceOverdue").isWaitingAt("UserTask_Escalation");
        assertThat(task()).hasCandidateGroup("support-center");
        complete("center", task(), Map.of("escalationDecision", "REASSIGN", "targetRegion", "aomori"));

        assertThat(instance).isWaitingAt("UserTask_AdviserAcceptance");
        assertThat(candidateGroups(task())).containsExactly("adviser-aomori");
        assertThat(requests.require(instance.getBusinessKey()).getRegionsInvolved()).containsExactly("shimokita", "aomori");
    }

    @Test
    void nobodyAcceptsInTimeSoTheCenterTakesItOver() {
        ProcessInstance instance = start(MUTSU_OFFICER, request(MUTSU, "CASE_MEETING"));
        complete("center", task(), Map.of("triageDecision", "ADVISER"));
        execute(job());
        assertThatThrownBy(() -> complete("center", task(), Map.of("escalationDecision", "REASSIGN")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("依頼先の圏域");
        complete("center", task(), Map.of("escalationDecision", "CENTER"));

        assertThat(instance).isWaitingAt("UserTask_CenterResponse");
    }

    @Test
    void anAdviserCoveringTwoRegionsSeesBothRegionsRequests() {
        start("muni.022055", request("022055", "STUDY_GROUP"));  // 五所川原市, 西北五
        complete("center", task(), Map.of("triageDecision", "ADVISER"));
        assertThat(candidateGroups(task())).containsExactly("adviser-seihokugo");
        assertThat(visibleTaskCount("adviser.aomori")).isEqualTo(1);
        assertThat(visibleTaskCount("adviser.seihokugo")).isEqualTo(1);
        assertThat(visibleTaskCount("adviser.tsugaru")).isZero();
    }

    // --- accompaniment loop ---------------------------------------------------------------

    @Test
    void accompanimentRemindsFromTheThirdVisitAndAsksWhyAnotherIsNeeded() {
        ProcessInstance instance = start("coord.shimokita", request(MUTSU, "ACCOMPANY"));
        complete("center", task(), Map.of("triageDecision", "ADVISER"));
        complete("adviser.shimokita", task(), Map.of("acceptDecision", "ACCEPT", "scheduledDate", "2026-12-01"));

        complete("adviser.shimokita", task(), visit("新規のコーディネーターとご家族との初顔合わせ", true, null));
        assertThat(instance).isWaitingAt("UserTask_RecordActivity");
        assertThat(runtime.getVariable(instance.getId(), "accompanimentReminder")).isEqualTo(false);
        assertThat(runtime.getVariable(instance.getId(), "activityContent")).as("form fields cleared").isNull();

        complete("adviser.shimokita", task(), visit("アセスメントの実施", true, null));
        assertThat(runtime.getVariable(instance.getId(), "accompanimentReminder"))
                .as("the third visit's task reminds").isEqualTo(true);
        assertThat(runtime.getVariable(instance.getId(), "visitCount")).isEqualTo(2);

        Task third = task();
        assertThatThrownBy(() -> complete("adviser.shimokita", third, visit("担当者会議", true, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("4回目");
        assertThat(activities.of(instance.getBusinessKey())).as("refused visit is not recorded").hasSize(2);
        complete("adviser.shimokita", third, visit("担当者会議", true, "計画作成を一緒に確認するため"));
        assertThat(runtime.getVariable(instance.getId(), "accompanimentReminder")).isEqualTo(true);
        complete("adviser.shimokita", task(), visit("モニタリング", false, null));

        assertThat(instance).isWaitingAt("UserTask_Feedback");
        assertThat(task()).isAssignedTo("coord.shimokita");
        assertThat(activities.of(instance.getBusinessKey())).hasSize(4);
        assertThat(requests.require(instance.getBusinessKey()).getVisitCount()).isEqualTo(4);
    }

    // --- feedback timeout -----------------------------------------------------------------

    @Test
    void feedbackCanBeSkippedAfterTheTimeoutSoTheRequestCloses() {
        ProcessInstance instance = start(MUTSU_OFFICER, request(MUTSU, "OTHER"));
        complete("center", task(), Map.of("triageDecision", "CENTER"));
        complete("center", task(), activity("CONSULTATION", "支援センター", 1, "資料を送付した。"));
        assertThat(instance).isWaitingAt("UserTask_Feedback");
        assertThat(task().getDueDate()).isEqualTo(Date.from(NOW.plusDays(14).toInstant()));

        execute(job());

        assertThat(instance).hasPassed("Timer_FeedbackTimeout").isEnded();
        DispatchRequest stored = requests.require(instance.getBusinessKey());
        assertThat(stored.getStatus()).isEqualTo(DispatchStatus.CLOSED);
        assertThat(stored.getFeedbackRating()).isNull();
    }

    // --- bad input at the start -----------------------------------------------------------

    @Test
    void badStartsAreRefusedInJapaneseAndLeaveNothingBehind() {
        long instancesBefore = runtime.createProcessInstanceQuery().count();
        long requestsBefore = requests.count();

        assertRefused(MUTSU_OFFICER, with(request(MUTSU, "OTHER"), "municipalityCode", "022081"), "市町村コード");
        assertRefused(MUTSU_OFFICER, with(request(MUTSU, "OTHER"), "requestKind", null), "依頼の種類");
        assertRefused(MUTSU_OFFICER, with(request(MUTSU, "OTHER"), "requestKind", "VISIT"), "依頼の種類");
        assertRefused(MUTSU_OFFICER, with(request(MUTSU, "OTHER"), "requestDetail", "  "), "依頼内容");
        assertRefused(MUTSU_OFFICER, with(request(MUTSU, "OTHER"), "wishedDate", "2026-11-29"), "過去の日付");
        assertRefused(MUTSU_OFFICER, with(request(MUTSU, "OTHER"), "wishedDate", "来週"), "日付");
        assertRefused(MUTSU_OFFICER, with(request(MUTSU, "OTHER"), "coordinatorUserId", "muni.022012"), "コーディネーター");
        assertThatThrownBy(() -> start(MUTSU_OFFICER, with(request(MUTSU, "OTHER"), "caseId", "CASE-2026-9999")))
                .as("an unknown case answers as another's would").isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("見つからないか");
        assertThatThrownBy(() -> start("muni.022012", request(MUTSU, "OTHER")))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("開始できません");

        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(requests.count()).isEqualTo(requestsBefore);
    }

    @Test
    void theCenterAndCoordinatorsMayAskForAnyMunicipality() {
        ProcessInstance byCenter = start("center", request("022012", "STUDY_GROUP"));
        assertThat(requests.require(byCenter.getBusinessKey()).getRequesterRole()).isEqualTo(RequesterRole.CENTER);
        ProcessInstance byCoordinator = start("coord.tsugaru", with(request("022021", "ACCOMPANY"),
                "coordinatorUserId", "coord.tsugaru"));
        DispatchRequest stored = requests.require(byCoordinator.getBusinessKey());
        assertThat(stored.getRequesterRole()).isEqualTo(RequesterRole.COORDINATOR);
        assertThat(stored.getHomeRegionId()).isEqualTo("tsugaru");
    }

    @Test
    void theCoordinatorARequesterNamesMayFollowTheRequest() {
        ProcessInstance instance = start(MUTSU_OFFICER, with(request(MUTSU, "ACCOMPANY"),
                "coordinatorUserId", "coord.shimokita"));
        assertThat(driver.as("coord.shimokita", () -> runtime.createProcessInstanceQuery()
                .processInstanceId(instance.getId()).count())).isEqualTo(1);
        assertThat(driver.as("coord.tsugaru", () -> runtime.createProcessInstanceQuery()
                .processInstanceId(instance.getId()).count())).as("a coordinator not named").isZero();
    }

    // --- helpers ---------------------------------------------------------------------------

    static Map<String, Object> request(String municipalityCode, String kind) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("municipalityCode", municipalityCode);
        variables.put("requestKind", kind);
        variables.put("requestDetail", "初めて医療的ケア児を担当するコーディネーターへの助言をお願いしたい。");
        variables.put("wishedDate", "2026-12-10");
        return variables;
    }

    static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
        variables.put(name, value);
        return variables;
    }

    static Map<String, Object> activity(String kind, String roles, int count, String content) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("activityDate", "2026-11-27");
        variables.put("activityKind", kind);
        variables.put("participantRoles", roles);
        variables.putAll(Participants.counted(count));
        variables.put("activityContent", content);
        variables.put("adviserNotes", "家族の不安に寄り添い、次回の見通しを伝えた。");
        return variables;
    }

    static Map<String, Object> visit(String content, boolean more, String reason) {
        Map<String, Object> variables = activity("ACCOMPANIED_VISIT", "本人、母、コーディネーター、圏域アドバイザー", 4, content);
        variables.put("moreVisits", more);
        if (reason != null) {
            variables.put("moreVisitsReason", reason);
        }
        return variables;
    }

    ProcessInstance start(String user, Map<String, Object> variables) {
        current = as(user, () -> runtime.startProcessInstanceByKey(ProcessKeys.ADVISER_DISPATCH, variables));
        return current;
    }

    /** The one open task of the instance started last. */
    Task task() {
        return BpmnAwareTests.task(current);
    }

    void complete(String user, Task task, Map<String, Object> variables) {
        driver.complete(user, task, variables);
    }

    void assertRefused(String user, Map<String, Object> variables, String messagePart) {
        assertThatThrownBy(() -> start(user, variables))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(messagePart);
    }

    long visibleTaskCount(String user) {
        return as(user, () -> tasks.createTaskQuery().processInstanceId(current.getId()).count());
    }

    List<String> candidateGroups(Task task) {
        return driver.candidateGroups(task);
    }

    <T> T as(String user, Supplier<T> work) {
        return driver.as(user, work);
    }
}

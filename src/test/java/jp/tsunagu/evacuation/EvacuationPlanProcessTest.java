package jp.tsunagu.evacuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.activity.ActivityRecords;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.casework.MedicalCareItem;
import jp.tsunagu.casework.NewChildCase;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.FlowTest;
import jp.tsunagu.support.Participants;

/** Every path of evacuation-plan, as the demo users, with authorization checks on. */
@TestPropertySource(properties = FlowTest.PROCESS_UNDER_TEST + "=" + ProcessKeys.EVACUATION_PLAN)
public class EvacuationPlanProcessTest extends FlowTest {

    static final String HIROSAKI = "022021";
    static final String HIROSAKI_OFFICER = "muni.022021";
    static final String COORDINATOR = "coord.tsugaru";

    @Autowired
    ChildCases cases;
    @Autowired
    EvacuationPlanRepository plans;
    @Autowired
    EvacuationPlanVersionRepository versions;
    @Autowired
    ActivityRecords activities;
    @Autowired
    TransactionTemplate transaction;

    // --- the seed's 津軽 path: three meetings, destination hospital, consent, approval, yearly review ---

    @Test
    void planIsMadeApprovedAndAYearLaterReviewedIntoVersionTwo() {
        String caseId = childWithCoordinator();
        start(HIROSAKI_OFFICER, caseId);
        assertThat(current.getBusinessKey()).matches("EVP-\\d{4}-\\d{4}");
        assertThat(current).isWaitingAt("UserTask_FirstMeeting");
        assertThat(task()).isAssignedTo(COORDINATOR);
        completeFirstMeeting();

        assertThat(current).isWaitingAt("UserTask_RegionalInformation", "UserTask_DraftPlan");
        Task regional = taskAt("UserTask_RegionalInformation");
        assertThat(driver.candidateGroups(regional)).containsExactly("adviser-tsugaru");
        driver.complete("adviser.tsugaru", regional, Map.of("regionalInformation",
                "つがる市では発電機を日常生活用具として給付している。"));
        assertThat(plans.require(current.getBusinessKey()).getRegionalInformation()).contains("発電機");

        Task draft = taskAt("UserTask_DraftPlan");
        assertThat(draft).isAssignedTo(COORDINATOR);
        assertThat(driver.candidateGroups(draft)).containsExactly("municipality-022021");
        assertThat(runtime.getVariable(current.getId(), "device1Name")).as("form opens with the first meeting's devices")
                .isEqualTo("人工呼吸器");
        driver.complete(COORDINATOR, draft, draft(45, "2.0"));
        assertThat(runtime.getVariable(current.getId(), "batteryShortfall")).isEqualTo(false);
        assertThat(runtime.getVariable(current.getId(), "personName")).as("form fields removed after saving").isNull();

        driver.complete(COORDINATOR, task(), meeting("CASE_MEETING", 9, "課題を整理した。", false));
        driver.complete(COORDINATOR, task(), meeting("MEETING", 6, "病院で受入れ方法を確認した。", null));
        assertThat(current).isWaitingAt("UserTask_FamilyConsent");
        driver.complete(COORDINATOR, task(), Map.of("consentGiven", true, "sharedWith", "民生委員、消防本部"));

        assertThat(current).isWaitingAt("UserTask_Approve");
        assertThat(driver.candidateGroups(task())).containsExactly("municipality-022021");
        driver.complete(HIROSAKI_OFFICER, task(), Map.of("approvalDecision", "APPROVE"));

        assertThat(current).isWaitingAt("Gateway_WaitForReview");
        EvacuationPlan plan = plans.require(current.getBusinessKey());
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.getCurrentVersion()).isEqualTo(1);
        EvacuationPlanVersion first = versions.latest(current.getBusinessKey());
        assertThat(first.getStatus()).isEqualTo(VersionStatus.APPROVED);
        assertThat(first.getApprovedBy()).isEqualTo(HIROSAKI_OFFICER);
        assertThat(first.getSupporters()).extracting(Supporter::name).containsExactly("祖父", "民生委員A");
        assertThat(first.getDevices()).extracting(Device::name).containsExactly("人工呼吸器", "吸引器");
        assertThat(first.getSharedWith()).isEqualTo("民生委員、消防本部");
        assertThat(activities.of(current.getBusinessKey())).hasSize(3);

        // a year later
        assertThat(job().getDuedate()).isEqualTo(Date.from(NOW.plusYears(1).toInstant()));
        execute(job());
        assertThat(current).hasPassed("Timer_YearlyReview").isWaitingAt("UserTask_Review");
        driver.complete(COORDINATOR, task(), Map.of("reviewDecision", "REOPEN"));

        assertThat(current).isWaitingAt("UserTask_DraftPlan");
        assertThat(versions.latest(current.getBusinessKey()).getNumber()).isEqualTo(2);
        assertThat(runtime.getVariable(current.getId(), "destination")).isEqualTo("弘前大学医学部附属病院");
        Map<String, Object> revised = draft(45, "2.0");
        revised.put("device3Name", "酸素濃縮器");
        revised.put("device3Watts", 120);
        revised.put("device3BatteryHours", 0.5);
        driver.complete(COORDINATOR, task(), revised);
        assertThat(runtime.getVariable(current.getId(), "batteryShortfall"))
                .as("the oxygen concentrator lasts 30 minutes, the way takes 45").isEqualTo(true);
        approveAfterMeetings(true);

        List<EvacuationPlanVersion> all = versions.findByBusinessKeyOrderByNumber(current.getBusinessKey());
        assertThat(all).extracting(EvacuationPlanVersion::getStatus)
                .containsExactly(VersionStatus.SUPERSEDED, VersionStatus.APPROVED);
        assertThat(all.get(0).getDevices()).hasSize(2);
        assertThat(all.get(1).getDevices()).hasSize(3);
        assertThat(plans.require(current.getBusinessKey()).getCurrentVersion()).isEqualTo(2);
    }

    @Test
    void theSecondMeetingSendsThePlanBackAndABatteryShortfallIsFlagged() {
        start(HIROSAKI_OFFICER, childWithCoordinator());
        completeFirstMeeting();
        driver.complete(COORDINATOR, taskAt("UserTask_DraftPlan"), draft(180, "2.0"));
        assertThat(runtime.getVariable(current.getId(), "batteryShortfall")).isEqualTo(true);
        assertThat(versions.latest(current.getBusinessKey()).isBatteryShortfall()).isTrue();

        driver.complete(COORDINATOR, task(), meeting("CASE_MEETING", 10, "電源の確保が課題。", true));
        assertThat(current).isWaitingAt("UserTask_DraftPlan");
        assertThat(runtime.getVariable(current.getId(), "travelMinutes")).isEqualTo(180);
    }

    @Test
    void withoutConsentThePlanIsKeptNotSharedAndTheMunicipalityIsTold() {
        start("center", childWithCoordinator());
        completeFirstMeeting();
        driver.complete(COORDINATOR, taskAt("UserTask_DraftPlan"), draft(30, "8.0"));
        driver.complete(COORDINATOR, task(), meeting("CASE_MEETING", 9, "課題なし", false));
        driver.complete(COORDINATOR, task(), meeting("MEETING", 5, "顔合わせ", null));
        driver.complete(COORDINATOR, task(), Map.of("consentGiven", false));

        assertThat(current).isWaitingAt("UserTask_NoConsentNotice");
        assertThat(driver.candidateGroups(task())).containsExactly("municipality-022021");
        driver.complete(HIROSAKI_OFFICER, task(), Map.of());
        assertThat(current).isWaitingAt("UserTask_Approve");
        EvacuationPlanVersion latest = versions.latest(current.getBusinessKey());
        assertThat(latest.getConsentGiven()).isFalse();
        assertThat(latest.getSharedWith()).isNull();
    }

    @Test
    void theMunicipalitySendsThePlanBackAndRefusesToApproveAPlanWithoutDestination() {
        start(HIROSAKI_OFFICER, childWithCoordinator());
        completeFirstMeeting();
        Map<String, Object> noDestination = draft(30, "8.0");
        noDestination.remove("destination");
        driver.complete(COORDINATOR, taskAt("UserTask_DraftPlan"), noDestination);
        driver.complete(COORDINATOR, task(), meeting("CASE_MEETING", 9, "課題なし", false));
        driver.complete(COORDINATOR, task(), meeting("MEETING", 5, "顔合わせ", null));
        driver.complete(COORDINATOR, task(), Map.of("consentGiven", true, "sharedWith", "民生委員"));

        Task approval = task();
        assertThatThrownBy(() -> driver.complete(HIROSAKI_OFFICER, approval, Map.of("approvalDecision", "APPROVE")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("避難先");
        assertThatThrownBy(() -> driver.complete(HIROSAKI_OFFICER, approval, Map.of("approvalDecision", "YES")))
                .isInstanceOf(InvalidInputException.class);
        driver.complete(HIROSAKI_OFFICER, approval, Map.of("approvalDecision", "SEND_BACK"));
        assertThat(current).isWaitingAt("UserTask_DraftPlan");
    }

    @Test
    void aChangeTriggersAReviewThatKeepsThePlanAndLaterEndsIt() {
        start(HIROSAKI_OFFICER, childWithCoordinator());
        completeFirstMeeting();
        driver.complete(COORDINATOR, taskAt("UserTask_DraftPlan"), draft(30, "8.0"));
        approveAfterMeetings(true);

        runtime.createMessageCorrelation(EvacuationVariables.REVIEW_MESSAGE)
                .processInstanceBusinessKey(current.getBusinessKey())
                .setVariable("reviewReason", "在宅酸素療法が始まった")
                .correlate();
        assertThat(current).hasPassed("Message_ReviewOnChange").isWaitingAt("UserTask_Review");
        assertThatThrownBy(() -> driver.complete(HIROSAKI_OFFICER, task(), Map.of("reviewDecision", "LATER")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("見直しの結果");
        driver.complete(HIROSAKI_OFFICER, task(), Map.of("reviewDecision", "UNCHANGED"));
        assertThat(current).isWaitingAt("Gateway_WaitForReview");

        execute(job());
        driver.complete(HIROSAKI_OFFICER, task(), Map.of("reviewDecision", "END"));
        assertThat(current).isEnded();
        EvacuationPlan plan = plans.require(current.getBusinessKey());
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.CLOSED);
        assertThat(versions.latest(plan.getBusinessKey()).getStatus()).as("still readable").isEqualTo(VersionStatus.APPROVED);
    }

    @Test
    void whereTheAreaHasNoCoordinatorTheCenterHoldsTheMeetings() {
        ChildCase child = cases.open(new NewChildCase("Cさん", YearMonth.of(2020, 6), "022080", Set.of(MedicalCareItem.OXYGEN), 10));
        start("muni.022080", child.getId());
        assertThat(task().getAssignee()).isNull();
        assertThat(driver.candidateGroups(task())).containsExactly("support-center");
    }

    // --- refusals ---------------------------------------------------------------------------

    @Test
    void aSecondActivePlanForTheSameChildIsRefusedAndNamesTheFirst() {
        String caseId = childWithCoordinator();
        start(HIROSAKI_OFFICER, caseId);
        String first = current.getBusinessKey();
        long instances = runtime.createProcessInstanceQuery().count();
        assertThatThrownBy(() -> start("center", caseId))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(first);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void twoStartsAtTheSameMomentForOneChildMakeOnePlan() throws Exception {
        String caseId = childWithCoordinator();
        long before = plans.count();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<String>> starts = new java.util.ArrayList<>();
        for (String user : List.of(HIROSAKI_OFFICER, "center")) {
            starts.add(pool.submit(() -> {
                together.await();
                return driver.as(user, () -> runtime.startProcessInstanceByKey(ProcessKeys.EVACUATION_PLAN,
                        Map.of("caseId", caseId))).getBusinessKey();
            }));
        }
        pool.shutdown();
        List<String> started = new java.util.ArrayList<>();
        List<Throwable> refused = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> start : starts) {
            try {
                started.add(start.get(30, java.util.concurrent.TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException e) {
                refused.add(e.getCause());
            }
        }
        assertThat(started).hasSize(1);
        assertThat(refused).singleElement().isInstanceOf(InvalidInputException.class)
                .extracting(Throwable::getMessage).asString().contains(started.get(0));
        assertThat(plans.count()).isEqualTo(before + 1);
    }

    @Test
    void badStartsAreRefused() {
        String caseId = childWithCoordinator();
        long before = plans.count();
        // an unknown case and another's answer alike: a start is no way to learn where a child lives
        String unknown = catchThrowable(() -> start(HIROSAKI_OFFICER, "CASE-2026-9999")).getMessage();
        assertThat(unknown).contains("見つからないか");
        assertThatThrownBy(() -> start("muni.022012", caseId)).as("another municipality's child")
                .isInstanceOf(AuthorizationException.class).hasMessage(unknown.replace("CASE-2026-9999", caseId));
        assertThatThrownBy(() -> start("coord.aomori", caseId)).as("not this case's coordinator")
                .isInstanceOf(AuthorizationException.class).hasMessage(unknown.replace("CASE-2026-9999", caseId));
        assertThatThrownBy(() -> driver.as("center", () -> runtime.startProcessInstanceByKey(ProcessKeys.EVACUATION_PLAN,
                Map.of("caseId", caseId, "municipalityCode", "022012"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("弘前市");
        assertThat(plans.count()).isEqualTo(before);
    }

    @Test
    void absurdDevicesAndSupportersWithoutContactAreRefusedAndNothingIsHalfWritten() {
        start(HIROSAKI_OFFICER, childWithCoordinator());
        completeFirstMeeting();
        Task draft = taskAt("UserTask_DraftPlan");
        long revision = versions.latest(current.getBusinessKey()).getVersion();

        assertRefused(draft, with(draft(30, "8.0"), "device1Watts", -5), "消費電力");
        assertRefused(draft, with(draft(30, "8.0"), "device1Watts", 99999), "消費電力");
        assertRefused(draft, with(draft(30, "8.0"), "device1BatteryHours", 1000), "バッテリー駆動時間");
        assertRefused(draft, with(draft(30, "8.0"), "device1BatteryHours", "たくさん"), "バッテリー駆動時間");
        assertRefused(draft, with(draft(30, "8.0"), "supporter2Phone", null), "連絡先");
        assertRefused(draft, with(draft(30, "8.0"), "travelMinutes", 0), "所要時間");

        assertThat(versions.latest(current.getBusinessKey()).getVersion()).isEqualTo(revision);
        assertThat(versions.latest(current.getBusinessKey()).getPersonName()).isNull();
        assertThat(taskAt("UserTask_DraftPlan").getId()).isEqualTo(draft.getId());
    }

    @Test
    void aDraftChangedByAnotherUserSinceTheFormOpenedIsNotOverwritten() {
        start(HIROSAKI_OFFICER, childWithCoordinator());
        completeFirstMeeting();
        Task draft = taskAt("UserTask_DraftPlan");
        // Someone else saves the same version while this form is open (e.g. a second window).
        transaction.executeWithoutResult(status -> {
            EvacuationPlanVersion latest = versions.latest(current.getBusinessKey());
            latest.consent(false, null);
        });
        assertRefused(draft, draft(30, "8.0"), "他の方が更新しました");
    }

    // --- helpers ----------------------------------------------------------------------------

    String childWithCoordinator() {
        return transaction.execute(status -> {
            ChildCase child = cases.open(new NewChildCase("Dさん", YearMonth.of(2018, 9), HIROSAKI,
                    Set.of(MedicalCareItem.VENTILATOR, MedicalCareItem.TRACHEOSTOMY, MedicalCareItem.SUCTION), 40));
            cases.assignCoordinator(child.getId(), COORDINATOR);
            return child.getId();
        });
    }

    void start(String user, String caseId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", caseId);
        current = driver.as(user, () -> runtime.startProcessInstanceByKey(ProcessKeys.EVACUATION_PLAN, variables));
    }

    /** The one open task on the plan's main line (the adviser's information runs beside it). */
    Task task() {
        List<Task> open = tasks.createTaskQuery().processInstanceId(current.getId()).list().stream()
                .filter(task -> !"UserTask_RegionalInformation".equals(task.getTaskDefinitionKey())).toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    Task taskAt(String activityId) {
        return tasks.createTaskQuery().processInstanceId(current.getId()).taskDefinitionKey(activityId).singleResult();
    }

    void completeFirstMeeting() {
        Map<String, Object> variables = meeting("CASE_MEETING", 13, "日常生活と機器を共有した。", null);
        variables.put("dailyLife", "日中は自宅で過ごし、母が主に介護。夜間は人工呼吸器を使用。");
        variables.put("device1Name", "人工呼吸器");
        variables.put("device1Watts", 80);
        variables.put("device1BatteryHours", 2);
        variables.put("device2Name", "吸引器");
        variables.put("device2Watts", 60);
        variables.put("device2BatteryHours", 1.5);
        variables.put("powerPlan", "内部バッテリー → 外部バッテリー → 車からの給電");
        variables.put("candidateDestinations", "弘前大学医学部附属病院");
        driver.complete(COORDINATOR, task(), variables);
    }

    void approveAfterMeetings(boolean consent) {
        driver.complete(COORDINATOR, task(), meeting("CASE_MEETING", 9, "課題なし", false));
        driver.complete(COORDINATOR, task(), meeting("MEETING", 5, "顔合わせ", null));
        driver.complete(COORDINATOR, task(), Map.of("consentGiven", consent, "sharedWith", "民生委員"));
        driver.complete(HIROSAKI_OFFICER, task(), Map.of("approvalDecision", "APPROVE"));
    }

    void assertRefused(Task task, Map<String, Object> variables, String messagePart) {
        assertThatThrownBy(() -> driver.complete(COORDINATOR, task, variables))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(messagePart);
    }

    static Map<String, Object> meeting(String kind, int count, String content, Boolean sendBack) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("activityDate", "2026-11-27");
        variables.put("activityKind", kind);
        variables.put("participantRoles", "本人、母、市町村、コーディネーター、支援センター、圏域アドバイザー");
        variables.putAll(Participants.counted(count));
        variables.put("activityContent", content);
        if (sendBack != null) {
            variables.put("sendBackToDraft", sendBack);
        }
        return variables;
    }

    /** A complete plan draft as the coordinator enters it (also the report tests' fixture). */
    public static Map<String, Object> draft(int travelMinutes, String ventilatorBatteryHours) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("personName", "津軽 花子");
        variables.put("personBirthDate", "2018-09-01");
        variables.put("personAddress", "弘前市○○町1-2-3");
        variables.put("personPhone", "0172-00-0000");
        variables.put("needsHelpReason", "人工呼吸器を使用しており、自力で避難できない。");
        variables.put("supporter1Name", "祖父");
        variables.put("supporter1Relation", "家族");
        variables.put("supporter1Phone", "090-0000-0001");
        variables.put("supporter2Name", "民生委員A");
        variables.put("supporter2Relation", "民生委員");
        variables.put("supporter2Phone", "090-0000-0002");
        variables.put("destination", "弘前大学医学部附属病院");
        variables.put("route", "自宅から県道を経由して病院へ");
        variables.put("travelMinutes", travelMinutes);
        variables.put("transport", "自家用車（福祉車両）");
        variables.put("warningMethod", "市の防災メール、民生委員からの電話");
        variables.put("receivingHospital", "弘前大学医学部附属病院");
        variables.put("device1Name", "人工呼吸器");
        variables.put("device1Watts", 80);
        variables.put("device1BatteryHours", ventilatorBatteryHours);
        variables.put("device2Name", "吸引器");
        variables.put("device2Watts", 60);
        variables.put("device2BatteryHours", 1.5);
        variables.put("powerPlan", "内部バッテリー → 外部バッテリー → 車からの給電 → 発電機（日常生活用具）");
        variables.put("medicinesAndSupplies", "吸引カテーテル、気管カニューレ予備、薬3日分");
        variables.put("safetyConfirmation", "コーディネーターが電話で確認");
        return variables;
    }

    static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
        variables.put(name, value);
        return variables;
    }
}

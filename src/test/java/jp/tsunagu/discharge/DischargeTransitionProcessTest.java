package jp.tsunagu.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.activity.ActivityKind;
import jp.tsunagu.activity.ActivityRecords;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCaseRepository;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.casework.MedicalCareItem;
import jp.tsunagu.casework.NewChildCase;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.evacuation.EvacuationPlans;
import jp.tsunagu.organization.Gender;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.MunicipalityCode;
import jp.tsunagu.organization.Organization;
import jp.tsunagu.organization.OrganizationKind;
import jp.tsunagu.organization.Region;
import jp.tsunagu.organization.StaffMember;
import jp.tsunagu.organization.StaffRole;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.FlowTest;
import jp.tsunagu.support.Participants;

/** Every path of discharge-transition, as the demo users, with authorization checks on. */
@AutoConfigureMockMvc
@TestPropertySource(properties = FlowTest.PROCESS_UNDER_TEST + "=" + ProcessKeys.DISCHARGE_TRANSITION)
class DischargeTransitionProcessTest extends FlowTest {

    static final LocalDate DISCHARGE = LocalDate.of(2027, 1, 29);
    static final String TOWADA = "022063";
    static final String TOWADA_OFFICER = "muni.022063";
    static final String COORDINATOR = "coord.kamitosan";

    @Autowired
    MockMvc web;
    @Autowired
    ManagementService management;
    @Autowired
    DischargeRepository discharges;
    @Autowired
    ArrangedServiceRepository services;
    @Autowired
    ActivityRecords activities;
    @Autowired
    ChildCaseRepository caseRepository;
    @Autowired
    ChildCases cases;
    /** A spy so that one test can make the other flow's start fail like an outage would. */
    @MockitoSpyBean
    EvacuationPlans evacuationPlans;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    jp.tsunagu.evacuation.EvacuationPlanRepository planRepository;
    @Autowired
    jp.tsunagu.process.OpenIncidents openIncidents;

    // --- the done-when path: 十和田市, hospital in 弘前市, coordinator selected, plan started -------

    @Test
    void childFromTowadaGoesHomeWithServicesAndTheEvacuationPlanStarts() {
        start("center", newChild(TOWADA));
        String caseId = (String) runtime.getVariable(current.getId(), "caseId");
        assertThat(caseId).matches("CASE-\\d{4}-\\d{4}");
        assertThat(current.getBusinessKey()).matches("DIS-\\d{4}-\\d{4}");
        assertThat(caseRepository.findById(caseId).orElseThrow().getCareItems())
                .containsExactlyInAnyOrder(MedicalCareItem.VENTILATOR, MedicalCareItem.TUBE_FEEDING);

        confirmAndSelect(TOWADA_OFFICER, "adviser.kamitosan", COORDINATOR, null);
        Discharge discharge = discharges.require(current.getBusinessKey());
        assertThat(discharge.getMunicipalContact()).contains("保健師");
        assertThat(discharge.getSelectionReasons()).isEqualTo("NEAR_HOME,EXPERIENCE");
        String assigned = transaction.execute(status -> caseRepository.findById(caseId).orElseThrow().getCoordinator().getUserId());
        assertThat(assigned).isEqualTo(COORDINATOR);

        assertThat(current).isWaitingAt("UserTask_ScheduleConference");
        assertThat(taskAt("UserTask_ScheduleConference")).isAssignedTo(COORDINATOR);
        Job conferenceTimer = timer("Timer_ConferenceDue");
        assertThat(conferenceTimer.getDuedate()).isEqualTo(morning(DISCHARGE.minusDays(14)));
        assertThatThrownBy(() -> driver.complete(COORDINATOR, taskAt("UserTask_ScheduleConference"),
                conferencePlan(DISCHARGE.plusDays(1)))).isInstanceOf(InvalidInputException.class).hasMessageContaining("退院予定日");
        scheduleConference(COORDINATOR);
        Discharge planned = discharges.require(current.getBusinessKey());
        assertThat(planned.getConferencePlannedDate()).isEqualTo(DISCHARGE.minusDays(20));
        assertThat(planned.getConferencePlace()).isEqualTo("病院 会議室");
        assertThat(current).isWaitingAt("UserTask_DischargeConference");
        assertThat(taskAt("UserTask_DischargeConference")).isAssignedTo(COORDINATOR);
        assertThat(timer("Timer_ConferenceDue").getId()).as("one deadline for scheduling and holding it")
                .isEqualTo(conferenceTimer.getId());
        driver.complete(COORDINATOR, taskAt("UserTask_DischargeConference"),
                activity("DISCHARGE_CONFERENCE", 15, "退院時カンファレンス"));
        assertThat(timer("Timer_ConferenceDue")).as("the escalation timer goes with the conference").isNull();

        Map<String, Object> visit = visitAfterDischarge("ACCOMPANIED_VISIT", 5, "初回訪問（アドバイザー同行）");
        visit.put("service_HOME_NURSING", true);
        visit.put("service_CHILD_DEVELOPMENT", true);
        int recorded = activities.of(current.getBusinessKey()).size();
        Map<String, Object> sixWeeksEarly = with(new HashMap<>(visit), "activityDate", DISCHARGE.minusWeeks(6).toString());
        assertThatThrownBy(() -> driver.complete(COORDINATOR, taskAt("UserTask_FirstHomeVisit"), sixWeeksEarly))
                .as("a first home visit six weeks before the discharge is a typing mistake")
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("「実施日」（2026年12月18日(金)）が退院日（2027年1月29日(金)）より前になっています。退院日以降の日付を入力してください。");
        assertThat(activities.of(current.getBusinessKey())).as("nothing recorded").hasSize(recorded);
        driver.complete(COORDINATOR, taskAt("UserTask_FirstHomeVisit"), visit);

        List<Task> serviceTasks = tasks.createTaskQuery().processInstanceId(current.getId())
                .taskDefinitionKey("UserTask_ArrangeService").list();
        assertThat(serviceTasks).hasSize(2).allSatisfy(task -> assertThat(task.getAssignee()).isEqualTo(COORDINATOR));
        for (Task task : serviceTasks) {
            driver.complete(COORDINATOR, task, Map.of("provider", "訪問看護ステーション" + task.getId().substring(0, 4),
                    "serviceStartDate", "2027-02-01", "providerVisited", true));
        }
        assertThat(services.findByCaseIdOrderById(caseId)).extracting(ArrangedService::getKind)
                .containsExactlyInAnyOrder(ServiceKind.HOME_NURSING, ServiceKind.CHILD_DEVELOPMENT);

        endAccompaniment("adviser.kamitosan");
        assertThat(current).isWaitingAt("Timer_FollowUpDue");
        assertThat(timer("Timer_FollowUpDue").getDuedate()).isEqualTo(morning(DISCHARGE.plusMonths(1)));
        management.executeJob(timer("Timer_FollowUpDue").getId());
        driver.complete(COORDINATOR, taskAt("UserTask_FollowUp"), Map.of("familySituation", "落ち着いて過ごしている。"));

        assertThat(current).isWaitingAt("UserTask_EvacuationPlanDecision");
        assertThat(driver.candidateGroups(taskAt("UserTask_EvacuationPlanDecision"))).containsExactly("municipality-022063");
        driver.complete(TOWADA_OFFICER, taskAt("UserTask_EvacuationPlanDecision"), Map.of("evacuationPlanDecision", "START"));

        // The decision is committed before the other flow starts: that step is a job of its own.
        assertThat(current).isWaitingAt("ServiceTask_StartEvacuationPlan");
        assertThat(runtime.getVariable(current.getId(), "evacuationPlanDecision")).isEqualTo("START");
        Job startPlan = management.createJobQuery().processInstanceId(current.getId())
                .activityId("ServiceTask_StartEvacuationPlan").singleResult();
        assertThat(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) startPlan).isExclusive()).isTrue();
        management.executeJob(startPlan.getId());

        assertThat(current).isEnded();
        discharge = discharges.require(current.getBusinessKey());
        assertThat(discharge.getStatus()).isEqualTo(DischargeStatus.CLOSED);
        assertThat(discharge.getEvacuationPlanKey()).matches("EVP-\\d{4}-\\d{4}");
        assertThat(evacuationPlans.activePlanOf(caseId)).contains(discharge.getEvacuationPlanKey());
        assertThat(activities.of(current.getBusinessKey())).extracting(a -> a.getKind())
                .containsExactly(ActivityKind.DISCHARGE_CONFERENCE, ActivityKind.ACCOMPANIED_VISIT);
    }

    // --- the seed's 下北 path: no coordinator in the area ---------------------------------------

    @Test
    void whereNoCoordinatorExistsTheAdviserAndCenterCoverAndTheCenterIsRemindedUntilOneIsFound() {
        start("muni.022080", newChild("022080"));
        driver.complete("muni.022080", taskAt("UserTask_ConfirmMunicipality"),
                Map.of("residenceConfirmed", true, "municipalContact", "むつ市 保健師"));
        assertThat(driver.candidateGroups(taskAt(SELECT))).containsExactlyInAnyOrder("adviser-shimokita", "support-center");
        select("adviser.shimokita", Map.of("selectionOutcome", "NONE_AVAILABLE",
                "coordinatorAdvice", "下北圏域にコーディネーターがいないため、当面アドバイザーと支援センターで対応。"));
        agree("muni.022080");

        assertThat(current).isWaitingAt("UserTask_ScheduleConference", "UserTask_FindCoordinator");
        Task scheduling = taskAt("UserTask_ScheduleConference");
        assertThat(scheduling.getAssignee()).isNull();
        assertThat(driver.candidateGroups(scheduling)).containsExactlyInAnyOrder("adviser-shimokita", "support-center");
        scheduleConference("adviser.shimokita");
        Task conference = taskAt("UserTask_DischargeConference");
        assertThat(driver.candidateGroups(conference)).containsExactlyInAnyOrder("adviser-shimokita", "support-center");
        assertThat(discharges.require(current.getBusinessKey()).isNoCoordinator()).isTrue();

        management.executeJob(timer("Timer_CoordinatorReminder").getId());
        assertThat(driver.candidateGroups(taskAt("UserTask_CoordinatorReminder"))).containsExactly("support-center");
        driver.complete("center", taskAt("UserTask_CoordinatorReminder"), Map.of());
        assertThat(timer("Timer_CoordinatorReminder")).as("the reminder recurs").isNotNull();

        driver.complete("adviser.shimokita", conference, activity("DISCHARGE_CONFERENCE", 18, "退院時カンファレンス（津軽の病院）"));
        driver.complete("center", taskAt("UserTask_FindCoordinator"), Map.of("foundCoordinatorUserId", "coord.shimokita"));
        assertThat(timer("Timer_CoordinatorReminder")).as("reminders stop once found").isNull();
        assertThat(taskAt("UserTask_FirstHomeVisit").getAssignee()).as("created before the coordinator was found")
                .isNull();
        driver.complete("adviser.shimokita", taskAt("UserTask_FirstHomeVisit"), visitAfterDischarge("ACCOMPANIED_VISIT", 4, "初回訪問"));
        assertThat(current).as("no services chosen: straight to the visits").isWaitingAt("UserTask_AfterDischargeVisit");
        endAccompaniment("adviser.shimokita");
        management.executeJob(timer("Timer_FollowUpDue").getId());
        assertThat(taskAt("UserTask_FollowUp")).isAssignedTo("coord.shimokita");
    }

    @Test
    void aPreviousCoordinatorHandsOverToTheNewOne() {
        start("center", newChild(TOWADA));
        confirmAndSelect(TOWADA_OFFICER, "adviser.kamitosan", COORDINATOR, "coord.aomori");
        List<Task> handOvers = tasks.createTaskQuery().processInstanceId(current.getId()).taskDefinitionKey("UserTask_HandOver").list();
        assertThat(handOvers).extracting(Task::getAssignee).containsExactlyInAnyOrder("coord.aomori", COORDINATOR);
        driver.complete("coord.aomori", handOvers.stream().filter(t -> t.getAssignee().equals("coord.aomori")).findFirst().orElseThrow(),
                Map.of("handOverNote", "これまでの経過を引き継いだ。"));
        assertThat(current).isWaitingAt("UserTask_HandOver");
        driver.complete(COORDINATOR, taskAt("UserTask_HandOver"), Map.of());
        assertThat(current).isWaitingAt("UserTask_ScheduleConference");
        String previous = transaction.execute(status -> discharges.require(current.getBusinessKey()).getPreviousCoordinator().getUserId());
        assertThat(previous).isEqualTo("coord.aomori");
    }

    // --- the coordinator is chosen from the staff records ------------------------------------

    @Test
    void theCenterChoosesFromTheStaffRecordsWithTheHomeRegionsCoordinatorsFirst() {
        start("center", newChild(TOWADA));
        confirmAndAdvise(TOWADA_OFFICER, "adviser.kamitosan");
        Task selection = taskAt(SELECT);
        ObjectValue stored = tasks.getVariableLocalTyped(selection.getId(), DischargeVariables.COORDINATOR_CANDIDATES, false);
        assertThat(stored.getSerializationDataFormat()).as("Tasklist hands only JSON to form-js as a list")
                .isEqualTo("application/json");
        List<Map<String, String>> towada = candidates(selection);
        assertThat(towada).allSatisfy(candidate -> assertThat(candidate).containsOnlyKeys("label", "value"));
        assertThat(towada).extracting(candidate -> candidate.get("value")).as("上十三's coordinator first, then every other")
                .startsWith(COORDINATOR)
                .contains("coord.aomori", "coord.tsugaru", "coord.hachinohe", "coord.seihokugo", "coord.shimokita");
        String label = labelOf(towada, COORDINATOR);
        assertThat(label).startsWith("上十三圏域コーディネーター — ").doesNotContain(COORDINATOR)
                .contains("（十和田市）", "上十三圏域", "支援中のケース");
        long caseLoad = caseLoadIn(label);

        driver.complete("center", selection, Map.of("selectionOutcome", "SELECTED", "coordinatorUserId", COORDINATOR,
                "reason_NEAR_HOME", true, "reason_OFFICE_NEARBY", true, "municipalityConsulted", "十和田市 保健師"));
        assertThat(runtime.getVariable(current.getId(), DischargeVariables.COORDINATOR_CANDIDATES))
                .as("the list ends with the decision").isNull();

        start("center", newChild("022080"));
        driver.complete("muni.022080", taskAt("UserTask_ConfirmMunicipality"),
                Map.of("residenceConfirmed", true, "municipalContact", "むつ市 保健師"));
        List<Map<String, String>> mutsu = candidates(taskAt(SELECT));
        assertThat(mutsu).extracting(candidate -> candidate.get("value")).as("for a むつ市 child, 下北's first")
                .startsWith("coord.shimokita").contains(COORDINATOR);
        assertThat(caseLoadIn(labelOf(mutsu, COORDINATOR))).as("the case just given to 上十三's coordinator counts")
                .isEqualTo(caseLoad + 1);
    }

    @Test
    void aCandidatesLabelSaysWhatTheSeedsReasonsWeigh() {
        Region kamitosan = new Region("kamitosan", "上十三", null);
        Region hachinohe = new Region("hachinohe", "八戸", null);
        Municipality towada = new Municipality(MunicipalityCode.of(TOWADA), "十和田市", kamitosan);
        StaffMember woman = new StaffMember("coord.demo", "デモ 花子", StaffRole.COORDINATOR, Gender.FEMALE,
                new Organization(OrganizationKind.CONSULTATION_OFFICE, "相談支援事業所デモ", towada), Set.of(kamitosan, hachinohe));
        assertThat(ListCoordinatorCandidates.label(woman, 3))
                .isEqualTo("デモ 花子 — 相談支援事業所デモ（十和田市） ／ 八戸・上十三圏域 ／ 支援中のケース3件 ／ 医ケア児の担当あり ／ 研修の記録なし ／ 女性");
        StaffMember unrecorded = new StaffMember("coord.new", "デモ 太郎", StaffRole.COORDINATOR, Gender.UNSPECIFIED,
                null, Set.of());
        assertThat(ListCoordinatorCandidates.label(unrecorded, 0)).as("no gender shown when none is recorded")
                .isEqualTo("デモ 太郎 — 事業所の登録なし ／ 支援中のケース0件 ／ 医ケア児の担当なし ／ 研修の記録なし");
    }

    // --- things that happen at any time ----------------------------------------------------------

    @Test
    void aMoveToAnotherMunicipalityInformsBothAndRoutingFollowsTheNewHome() {
        start("center", newChild(TOWADA));
        String caseId = (String) runtime.getVariable(current.getId(), "caseId");
        assertThat(driver.candidateGroups(taskAt("UserTask_ConfirmMunicipality"))).containsExactly("municipality-022063");

        moveTo("022071");  // 三沢市

        assertThat(driver.candidateGroups(taskAt("UserTask_ConfirmMunicipality")))
                .as("the open task of the old municipality goes to the new one").containsExactly("municipality-022071");
        assertThat(driver.candidateGroups(taskAt("UserTask_NotifyPreviousMunicipality"))).containsExactly("municipality-022063");
        assertThat(driver.candidateGroups(taskAt("UserTask_WelcomeFamily"))).containsExactly("municipality-022071");
        assertThat(caseRepository.findById(caseId).orElseThrow().getHomeMunicipality().getCode()).isEqualTo("022071");
        assertThat(discharges.require(current.getBusinessKey()).getMunicipalitiesInvolved()).containsExactlyInAnyOrder("022063", "022071");
        assertThatThrownBy(() -> driver.complete(TOWADA_OFFICER, taskAt("UserTask_ConfirmMunicipality"),
                Map.of("residenceConfirmed", true, "municipalContact", "十和田市 保健師")))
                .as("十和田市 can no longer complete the work for a child who left")
                .isInstanceOf(AuthorizationException.class);
        driver.complete("muni.022071", taskAt("UserTask_ConfirmMunicipality"),
                Map.of("residenceConfirmed", true, "municipalContact", "三沢市 保健師"));
        driver.complete(TOWADA_OFFICER, taskAt("UserTask_NotifyPreviousMunicipality"), Map.of());
        driver.complete("muni.022071", taskAt("UserTask_WelcomeFamily"), Map.of());
        assertThat(current).isWaitingAt(SELECT);
        assertThat(discharges.require(current.getBusinessKey()).getMunicipalContact()).isEqualTo("三沢市 保健師");
        assertThatThrownBy(() -> moveTo("022071")).isInstanceOf(InvalidInputException.class).hasMessageContaining("同じ");
    }

    @Test
    void aMoveIsAcknowledgedEvenWhileTheChildIsReadmittedAndTheWorkStillWaits() {
        start("center", newChild(TOWADA));
        readmit();
        moveTo("022071");  // 三沢市
        driver.complete(TOWADA_OFFICER, taskAt("UserTask_NotifyPreviousMunicipality"), Map.of());
        driver.complete("muni.022071", taskAt("UserTask_WelcomeFamily"), Map.of());
        assertPaused("muni.022071", taskAt("UserTask_ConfirmMunicipality"),
                Map.of("residenceConfirmed", true, "municipalContact", "三沢市 保健師"));
    }

    @Test
    void aMoveToAnotherRegionTakesTheAdviserTasksAndTheChildsOtherRunningFlowsAlong() {
        start("center", newChild(TOWADA));
        String caseId = (String) runtime.getVariable(current.getId(), "caseId");
        driver.complete(TOWADA_OFFICER, taskAt("UserTask_ConfirmMunicipality"),
                Map.of("residenceConfirmed", true, "municipalContact", "十和田市 保健師"));
        assertThat(driver.candidateGroups(taskAt(SELECT))).containsExactlyInAnyOrder("adviser-kamitosan", "support-center");
        String planKey = driver.as("center", () -> evacuationPlans.start(caseId, TOWADA));
        String planInstance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(planKey).singleResult().getId();

        moveTo("022012");  // 青森市, 東青 (aomori) region

        assertThat(driver.candidateGroups(taskAt(SELECT)))
                .as("the home region's adviser task goes to the new region").containsExactlyInAnyOrder("adviser-aomori", "support-center");
        assertThatThrownBy(() -> driver.complete("adviser.kamitosan", taskAt(SELECT),
                Map.of("selectionOutcome", "NONE_AVAILABLE"))).isInstanceOf(AuthorizationException.class);
        assertThat(driver.as("adviser.kamitosan", () -> runtime.createProcessInstanceQuery()
                .processInstanceId(current.getId()).count())).as("上十三 keeps only the history").isZero();
        assertThat(runtime.getVariables(planInstance, List.of("municipalityCode", "region")))
                .as("the child's evacuation plan follows too")
                .containsEntry("municipalityCode", "022012").containsEntry("region", "aomori");
        assertThat(planRepository.findById(planKey).orElseThrow().getMunicipalityCode())
                .as("and is 青森市's plan in the records (search, dashboard)").isEqualTo("022012");
        assertThat(driver.as("muni.022063", () -> runtime.createProcessInstanceQuery()
                .processInstanceId(planInstance).count())).isZero();
        assertThat(driver.as("muni.022012", () -> runtime.createProcessInstanceQuery()
                .processInstanceId(planInstance).count())).isEqualTo(1);
        select("adviser.aomori", Map.of("selectionOutcome", "NONE_AVAILABLE"));
        assertThat(current).isWaitingAt("UserTask_MunicipalityAgreesSelection");
        assertThat(driver.candidateGroups(taskAt("UserTask_MunicipalityAgreesSelection"))).containsExactly("municipality-022012");
    }

    @Test
    void aNewDischargeDateMovesTheTimersAndAReadmissionPausesThemUntilANewDateIsSet() {
        start("center", newChild(TOWADA));
        confirmAndSelect(TOWADA_OFFICER, "adviser.kamitosan", COORDINATOR, null);
        LocalDate later = DISCHARGE.plusDays(21);
        runtime.createMessageCorrelation(DischargeVariables.DATE_CHANGED_MESSAGE).processInstanceBusinessKey(current.getBusinessKey())
                .setVariable("newDischargeDate", later.toString()).correlate();
        assertThat(timer("Timer_ConferenceDue").getDuedate()).isEqualTo(morning(later.minusDays(14)));
        assertThat(discharges.require(current.getBusinessKey()).getExpectedDate()).isEqualTo(later);

        readmit();
        assertThat(timer("Timer_ConferenceDue").isSuspended()).isTrue();
        assertThatThrownBy(this::readmit).as("one pause at a time").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("すでに再入院中");
        assertThat(tasks.createTaskQuery().processInstanceId(current.getId()).taskDefinitionKey("UserTask_NewDischargeDate")
                .count()).isOne();
        assertThat(discharges.require(current.getBusinessKey()).getStatus()).isEqualTo(DischargeStatus.READMITTED);
        assertThatThrownBy(() -> runtime.createMessageCorrelation(DischargeVariables.DATE_CHANGED_MESSAGE)
                .processInstanceBusinessKey(current.getBusinessKey()).setVariable("newDischargeDate", "2027-03-01").correlate())
                .as("while readmitted the pause ends with the center's new date only")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("再入院中").hasMessageContaining("新しい退院予定日の入力");
        assertThat(timer("Timer_ConferenceDue").isSuspended()).as("the refused message resumed nothing").isTrue();
        assertThat(discharges.require(current.getBusinessKey()).getExpectedDate()).isEqualTo(later);
        assertPaused(COORDINATOR, taskAt("UserTask_ScheduleConference"), conferencePlan(later.minusDays(20)));
        Task newDate = taskAt("UserTask_NewDischargeDate");
        assertThat(driver.candidateGroups(newDate)).containsExactly("support-center");
        assertThatThrownBy(() -> driver.complete("center", newDate, Map.of("newDischargeDate", "2026-11-01")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("過去の日付");
        driver.complete("center", newDate, Map.of("newDischargeDate", "2027-04-01"));

        Job timer = timer("Timer_ConferenceDue");
        assertThat(timer.isSuspended()).isFalse();
        assertThat(timer.getDuedate()).isEqualTo(morning(LocalDate.of(2027, 3, 18)));
        assertThat(discharges.require(current.getBusinessKey()).getStatus()).isEqualTo(DischargeStatus.PREPARING);
        scheduleConference(COORDINATOR);
        driver.complete(COORDINATOR, taskAt("UserTask_DischargeConference"), activity("DISCHARGE_CONFERENCE", 15, "カンファレンス"));
        assertThat(current).as("the work goes on").isWaitingAt("UserTask_FirstHomeVisit");
    }

    @Test
    void aReadmissionPausesTheServicesAndTheFollowUpUntilTheCenterEntersANewDate() {
        start("center", newChild(TOWADA));
        confirmAndSelect(TOWADA_OFFICER, "adviser.kamitosan", COORDINATOR, null);
        scheduleConference(COORDINATOR);
        driver.complete(COORDINATOR, taskAt("UserTask_DischargeConference"), activity("DISCHARGE_CONFERENCE", 15, "カンファレンス"));
        Map<String, Object> visit = visitAfterDischarge("ACCOMPANIED_VISIT", 5, "初回訪問");
        visit.put("service_HOME_NURSING", true);
        driver.complete(COORDINATOR, taskAt("UserTask_FirstHomeVisit"), visit);
        Task service = taskAt("UserTask_ArrangeService");
        Map<String, Object> arranged = Map.of("provider", "十和田訪問看護ステーション", "providerVisited", true);

        readmit();
        assertPaused(COORDINATOR, service, arranged);
        assertThat(services.findByCaseIdOrderById((String) runtime.getVariable(current.getId(), "caseId")))
                .as("nothing of the refused completion is kept").isEmpty();
        driver.complete("center", taskAt("UserTask_NewDischargeDate"), Map.of("newDischargeDate", "2027-03-01"));
        driver.complete(COORDINATOR, service, arranged);
        endAccompaniment("adviser.kamitosan");

        assertThat(current).isWaitingAt("Timer_FollowUpDue");
        assertThat(timer("Timer_FollowUpDue").getDuedate()).isEqualTo(morning(LocalDate.of(2027, 4, 1)));
        management.executeJob(timer("Timer_FollowUpDue").getId());
        Task followUp = taskAt("UserTask_FollowUp");
        readmit();
        assertPaused(COORDINATOR, followUp, Map.of("familySituation", "安定"));
        driver.complete("center", taskAt("UserTask_NewDischargeDate"), Map.of("newDischargeDate", "2027-03-15"));
        driver.complete(COORDINATOR, followUp, Map.of("familySituation", "安定"));
        assertThat(current).isWaitingAt("UserTask_EvacuationPlanDecision");
    }

    @Test
    void noConferenceTwoWeeksBeforeTheDateEscalatesToTheCenter() {
        start("center", newChild(TOWADA));
        confirmAndSelect(TOWADA_OFFICER, "adviser.kamitosan", COORDINATOR, null);
        management.executeJob(timer("Timer_ConferenceDue").getId());
        assertThat(current).isWaitingAt("UserTask_ScheduleConference", "UserTask_ConferenceEscalation");
        assertThat(driver.candidateGroups(taskAt("UserTask_ConferenceEscalation"))).containsExactly("support-center");
        driver.complete("center", taskAt("UserTask_ConferenceEscalation"), Map.of());
        assertThat(current).as("the work itself goes on").isWaitingAt("UserTask_ScheduleConference");
        scheduleConference(COORDINATOR);
        assertThat(current).isWaitingAt("UserTask_DischargeConference");
    }

    @Test
    void theMunicipalitySaysWhyNoPlanNowOrTheFlowSeesThePlanThatExists() {
        ProcessInstance withoutPlan = runToFollowUp(newChild(TOWADA));
        Task decision = taskAt("UserTask_EvacuationPlanDecision");
        assertThatThrownBy(() -> driver.complete(TOWADA_OFFICER, decision, Map.of("evacuationPlanDecision", "NOT_NOW")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("理由");
        driver.complete(TOWADA_OFFICER, decision, Map.of("evacuationPlanDecision", "NOT_NOW", "noPlanReason", "ご家族の希望で来月に検討"));
        assertThat(withoutPlan).isEnded();
        assertThat(discharges.require(withoutPlan.getBusinessKey()).getNoEvacuationPlanReason()).contains("来月");

        String caseWithPlan = transaction.execute(status -> {
            ChildCase child = cases.open(new NewChildCase("Fさん", YearMonth.of(2022, 1), TOWADA, Set.of(MedicalCareItem.OXYGEN), 8));
            return child.getId();
        });
        driver.as("center", () -> evacuationPlans.start(caseWithPlan, TOWADA));
        Map<String, Object> existing = newChild(TOWADA);
        existing.put("caseId", caseWithPlan);
        ProcessInstance withPlan = runToFollowUp(existing);
        assertThat(withPlan).isEnded();
        assertThat(discharges.require(withPlan.getBusinessKey()).getEvacuationPlanKey()).isNull();
    }

    // --- a step that keeps failing: an incident, never a lost decision ------------------------

    @Test
    void whenThePlanCannotBeStartedTheDecisionIsKeptAndTheCenterSeesAnIncident() throws Exception {
        runToFollowUp(newChild(TOWADA));
        Task decision = taskAt("UserTask_EvacuationPlanDecision");
        org.mockito.Mockito.doThrow(new IllegalStateException("evacuation plan flow unavailable"))
                .when(evacuationPlans).start(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.anyString());
        try {
            driver.complete(TOWADA_OFFICER, decision, Map.of("evacuationPlanDecision", "START"));
            assertThat(runtime.getVariable(current.getId(), "evacuationPlanDecision")).as("committed").isEqualTo("START");

            Job job = management.createJobQuery().processInstanceId(current.getId()).singleResult();
            for (int attempt = 1; attempt <= 3; attempt++) {
                String jobId = job.getId();
                assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("unavailable");
                job = management.createJobQuery().jobId(jobId).singleResult();
                assertThat(job.getRetries()).isEqualTo(3 - attempt);
                if (attempt == 1) {
                    // R3/PT5M from configuration: the next try comes five minutes later.
                    assertThat(job.getDuedate()).isEqualTo(Date.from(
                            org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant().plusSeconds(5 * 60)));
                }
            }
            assertThat(current).isWaitingAt("ServiceTask_StartEvacuationPlan");
            org.camunda.bpm.engine.runtime.Incident incident = driver.as("center",
                    () -> runtime.createIncidentQuery().processInstanceId(current.getId()).singleResult());
            assertThat(incident.getActivityId()).isEqualTo("ServiceTask_StartEvacuationPlan");
            assertThat(incident.getIncidentMessage()).contains("unavailable");
            assertThat(driver.as("center", () -> openIncidents.oldest(10))).singleElement().satisfies(open -> {
                assertThat(open.businessKey()).isEqualTo(current.getBusinessKey());
                assertThat(open.flow()).isEqualTo("退院から在宅への移行");
                assertThat(open.step()).isEqualTo("個別避難計画の開始");
                assertThat(open.jobId()).isEqualTo(incident.getConfiguration());
            });
            String dashboard = web.perform(MockMvcRequestBuilders.get("/dashboard").header("Authorization",
                    "Basic " + java.util.Base64.getEncoder().encodeToString("prefecture:demo".getBytes())))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(dashboard).as("the managers see the stopped step").contains("未解決のインシデント（古い順）",
                    current.getBusinessKey(), "個別避難計画の開始", "Cockpit で対応");
            assertThat(dashboard).as("and where: 上十三's discharges, in red")
                    .containsPattern("data-region=\"kamitosan\" data-flow=\"DISCHARGE\"(?s:(?!</tr>).)*"
                            + "class=\"n incidents overdue\">1<");

            // Once the cause is gone, the center (or an operator) retries from Cockpit and the flow goes on.
            org.mockito.Mockito.reset(evacuationPlans);
            management.setJobRetries(job.getId(), 1);
            management.executeJob(job.getId());
            assertThat(current).isEnded();
            assertThat(discharges.require(current.getBusinessKey()).getEvacuationPlanKey()).matches("EVP-\\d{4}-\\d{4}");
        } finally {
            org.mockito.Mockito.reset(evacuationPlans);
        }
    }

    // --- bad input ------------------------------------------------------------------------------

    @Test
    void badAnnouncementsAreRefusedInJapaneseAndNothingIsHalfCreated() {
        long discharged = discharges.count();
        long caseCount = caseRepository.count();
        assertRefused("center", with(newChild(TOWADA), "municipalityCode", "022064"), "市町村コード");
        assertRefused("center", with(newChild(TOWADA), "expectedDischargeDate", "2026-11-29"), "過去の日付");
        assertRefused("center", with(newChild(TOWADA), "caseId", "CASE-2026-9999"), "見つかりません");
        assertRefused("center", with(newChild(TOWADA), "hospitalRegion", "hokkaido"), "圏域");
        assertRefused("center", with(newChild(TOWADA), "caseBirthMonth", "令和6年"), "生年月");
        assertThatThrownBy(() -> start("muni.022012", newChild(TOWADA))).as("青森市 announces no 十和田市 child")
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("十和田市");
        assertThatThrownBy(() -> start("adviser.kamitosan", newChild(TOWADA))).as("advisers do not announce discharges")
                .isInstanceOf(AuthorizationException.class);
        assertThat(discharges.count()).isEqualTo(discharged);
        assertThat(caseRepository.count()).as("no case opened by a refused start").isEqualTo(caseCount);
    }

    @Test
    void aCoordinatorWhoIsNotACoordinatorIsRefused() {
        start("center", newChild(TOWADA));
        driver.complete(TOWADA_OFFICER, taskAt("UserTask_ConfirmMunicipality"),
                Map.of("residenceConfirmed", true, "municipalContact", "保健師"));
        Task selection = taskAt(SELECT);
        assertThatThrownBy(() -> driver.complete("center", selection, Map.of("selectionOutcome", "SELECTED",
                "coordinatorUserId", "adviser.kamitosan", "reason_NEAR_HOME", true, "municipalityConsulted", "保健師")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("コーディネーターではありません");
        assertThatThrownBy(() -> driver.complete("center", selection, Map.of("selectionOutcome", "SELECTED",
                "coordinatorUserId", COORDINATOR, "municipalityConsulted", "保健師")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("理由");
        assertThatThrownBy(() -> driver.complete("adviser.kamitosan", selection, Map.of("selectionOutcome", "NONE_AVAILABLE")))
                .as("the municipality the adviser selected with is named").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("協議した市町村");
        assertThatThrownBy(() -> driver.complete(TOWADA_OFFICER, selection, Map.of("selectionOutcome", "NONE_AVAILABLE",
                "municipalityConsulted", "保健師")))
                .as("the adviser selects (or the center); the municipality agrees afterwards").isInstanceOf(AuthorizationException.class);
        assertThat(current).isWaitingAt(SELECT);
    }

    // --- the seed's discharge cases, played through the flow (R4.x/R5.x as dates) ---------------

    /** 津軽 (case 3): 前任・新任 hand over, the adviser goes along twice, 放課後等デイサービス resumes (再開). */
    @Test
    void seedCase3TsugaruHandOverTwoVisitsAndTheAfterSchoolServiceResumes() {
        at(LocalDate.of(2022, 11, 25));
        start("center", seedChild("023621", "Kさん", "2006-05", LocalDate.of(2022, 12, 26), "tsugaru"));  // 大鰐町
        assertThat(tasks.createTaskQuery().processInstanceId(current.getId()).taskDefinitionKey("UserTask_InformRegion").count())
                .as("hospital in the home region: no other region to inform").isZero();
        driver.complete("muni.023621", taskAt("UserTask_ConfirmMunicipality"),
                Map.of("residenceConfirmed", true, "municipalContact", "大鰐町 福祉担当"));
        select("adviser.tsugaru", Map.of("selectionOutcome", "SELECTED", "coordinatorUserId", "coord.tsugaru",
                "previousCoordinatorUserId", "coord.aomori", "reason_SAME_GENDER", true, "reason_EXPERIENCE", true,
                "reason_NEAR_HOME", true, "municipalityConsulted", "大鰐町 福祉担当",
                "coordinatorAdvice", "成人に近い年齢で卒業後も見据え、同性で成人の身体介護や相談の経験が長い相談支援専門員。住所地に事業所がなく、緊急時にすぐ訪問できる自宅に近い事業所。"));
        agree("muni.023621");
        Discharge selected = discharges.require(current.getBusinessKey());
        assertThat(selected.getSelectedBy()).isEqualTo("adviser.tsugaru");
        assertThat(selected.getMunicipalityConsulted()).isEqualTo("大鰐町 福祉担当");
        assertThat(selected.getMunicipalityAgreedBy()).isEqualTo("muni.023621");
        assertThat(selected.getSelectionReasons()).isEqualTo("NEAR_HOME,EXPERIENCE,SAME_GENDER");
        for (Task handOver : tasks.createTaskQuery().processInstanceId(current.getId()).taskDefinitionKey("UserTask_HandOver").list()) {
            driver.complete(handOver.getAssignee(), handOver, Map.of());
        }
        scheduleConferenceOn("coord.tsugaru", LocalDate.of(2022, 12, 15), "病院 会議室");
        at(LocalDate.of(2022, 12, 15));
        driver.complete("coord.tsugaru", taskAt("UserTask_DischargeConference"), seedActivity("2022-12-15", "CASE_MEETING",
                "本人、家族、コーディネーター、圏域アドバイザー等", 9, "在宅移行に伴う地域資源の活用及び相談支援事業所の変更"));
        at(LocalDate.of(2023, 1, 31));
        driver.complete("coord.tsugaru", taskAt("UserTask_FirstHomeVisit"), with(seedActivity("2023-01-10", "INTERVIEW",
                "本人、母、コーディネーター（前任・新任）、圏域アドバイザー", 5, "児童福祉サービスの利用意向の確認"),
                "service_AFTER_SCHOOL", true));
        driver.complete("coord.tsugaru", taskAt("UserTask_ArrangeService"), Map.of("provider", "放課後等デイサービス事業所",
                "serviceStartDate", "2023-01-25", "providerVisited", true, "serviceNote", "入院を機に中断していた利用の再開"));
        driver.complete("adviser.tsugaru", taskAt("UserTask_AfterDischargeVisit"), visit("SERVICE_RESTART", "END", "2023-01-25",
                "本人、母、コーディネーター、圏域アドバイザー、放課後等デイサービス事業所職員、支援センター等", 8,
                "入院を機に中断していた放課後等デイサービス利用再開のための、環境面や手技の確認"));

        assertThat(current).isWaitingAt("Timer_FollowUpDue");
        Discharge done = discharges.require(current.getBusinessKey());
        assertThat(done.getAccompaniedVisits()).as("同行訪問は２～３回のみ").isEqualTo(2);
        assertThat(done.getAccompanimentEndedBy()).isEqualTo("adviser.tsugaru");
        assertThat(activities.of(current.getBusinessKey())).extracting(r -> r.getActivityDate().toString(), r -> r.getKind(),
                r -> r.getParticipantCount()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2022-12-15", ActivityKind.CASE_MEETING, 9),
                        org.assertj.core.groups.Tuple.tuple("2023-01-10", ActivityKind.INTERVIEW, 5),
                        org.assertj.core.groups.Tuple.tuple("2023-01-25", ActivityKind.ACCOMPANIED_VISIT, 8));
        assertThat(activities.of(current.getBusinessKey()).get(2).getContent()).startsWith("【サービスの利用再開】入院を機に");
    }

    /**
     * 上十三 (case 8): at the discharge conference the adviser, in talks with the municipality,
     * selects a trained coordinator with no medical-care case yet; the family may move, so both
     * municipalities prepare (保育所の選定); three visits, then the coordinator goes on alone.
     */
    @Test
    void seedCase8KamitosanSelectionAtTheConferenceAndAPlannedMoveBothMunicipalitiesPrepare() {
        at(LocalDate.of(2023, 6, 20));
        start("center", seedChild(TOWADA, "Lさん", "2022-09", LocalDate.of(2023, 7, 31), "kamitosan"));
        driver.complete(TOWADA_OFFICER, taskAt("UserTask_ConfirmMunicipality"), Map.of("residenceConfirmed", true,
                "municipalContact", "十和田市 医療的ケア児支援担当", "municipalityPlacesCoordinator", true));
        String label = labelOf(candidates(taskAt(SELECT)), COORDINATOR);
        assertThat(label).as("the seed's criteria on the list").contains("養成研修 2023年修了")
                .containsPattern(caseLoadIn(label) == 0 ? "医ケア児の担当なし" : "医ケア児の担当あり");
        select("adviser.kamitosan", Map.of("selectionOutcome", "SELECTED", "coordinatorUserId", COORDINATOR,
                "reason_SPREAD_EXPERIENCE", true, "reason_MUNICIPAL_COORDINATOR", true, "selectedAtConference", true,
                "municipalityConsulted", "十和田市 医療的ケア児支援担当",
                "coordinatorAdvice", "自治体との協議によりコーディネーターの選定から関わった。"));
        agree(TOWADA_OFFICER);
        assertThat(discharges.require(current.getBusinessKey()).getSelectedAtConference()).isTrue();
        scheduleConferenceOn(COORDINATOR, LocalDate.of(2023, 7, 10), "病院 会議室");
        at(LocalDate.of(2023, 7, 10));
        driver.complete(COORDINATOR, taskAt("UserTask_DischargeConference"), seedActivity("2023-07-10", "DISCHARGE_CONFERENCE",
                "本人、家族、医療機関、市町村、支援センター、圏域アドバイザー等", 15,
                "医療機関からの情報を参加者と共有し、市町村コーディネーターの選定に助言"));

        // the family may move to 六戸町: both municipalities are informed and prepare before it
        driver.as("center", () -> runtime.createMessageCorrelation(DischargeVariables.MOVE_PLANNED_MESSAGE)
                .processInstanceBusinessKey(current.getBusinessKey()).setVariable("plannedMunicipalityCode", "024058")
                .setVariable("plannedMoveDate", "2023-11-01").correlateWithResult());
        assertThat(driver.candidateGroups(taskAt("UserTask_PrepareMoveCurrent"))).containsExactly("municipality-022063");
        assertThat(driver.candidateGroups(taskAt("UserTask_PrepareMoveFuture"))).containsExactly("municipality-024058");
        assertThat(driver.as("muni.024058", () -> runtime.createProcessInstanceQuery().processInstanceId(current.getId()).count()))
                .as("the future municipality reads the discharge (from the row)").isEqualTo(1);
        assertThat(driver.as("muni.022071", () -> runtime.createProcessInstanceQuery().processInstanceId(current.getId()).count()))
                .as("another municipality does not").isZero();
        assertThatThrownBy(() -> driver.complete("muni.022071", taskAt("UserTask_PrepareMoveFuture"),
                Map.of("preparationNote", "x"))).isInstanceOf(AuthorizationException.class);
        driver.complete(TOWADA_OFFICER, taskAt("UserTask_PrepareMoveCurrent"), Map.of("preparationNote", "転居予定先へ情報提供"));
        driver.complete("muni.024058", taskAt("UserTask_PrepareMoveFuture"),
                Map.of("preparationNote", "保育所の選定、児童発達支援事業所の受入れ体制の確認"));
        Discharge planned = discharges.require(current.getBusinessKey());
        assertThat(planned.getPlannedMunicipalityCode()).isEqualTo("024058");
        assertThat(planned.getPlannedMoveDate()).isEqualTo(LocalDate.of(2023, 11, 1));
        assertThat(planned.getMovePreparationFuture()).contains("保育所の選定");
        assertThat(planned.getMovePreparationCurrent()).contains("情報提供");
        assertThatThrownBy(() -> driver.as("center", () -> runtime.createMessageCorrelation(DischargeVariables.MOVE_PLANNED_MESSAGE)
                .processInstanceBusinessKey(current.getBusinessKey()).setVariable("plannedMunicipalityCode", TOWADA)
                .setVariable("plannedMoveDate", "2023-11-01").correlateWithResult()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("同じ");
        // a second plan elsewhere is refused: the first planned town would keep reading a child who is not coming
        assertThatThrownBy(() -> driver.as("center", () -> runtime.createMessageCorrelation(DischargeVariables.MOVE_PLANNED_MESSAGE)
                .processInstanceBusinessKey(current.getBusinessKey()).setVariable("plannedMunicipalityCode", "022071")
                .setVariable("plannedMoveDate", "2023-12-01").correlateWithResult()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("既に連絡されています");
        assertThat(driver.as("muni.022071", () -> runtime.createProcessInstanceQuery().processInstanceId(current.getId()).count()))
                .as("the refused plan's town reads nothing").isZero();
        assertThat(discharges.require(current.getBusinessKey()).getPlannedMunicipalityCode()).isEqualTo("024058");

        at(LocalDate.of(2023, 10, 31));
        driver.complete(COORDINATOR, taskAt("UserTask_FirstHomeVisit"), with(seedActivity("2023-07-31", "ACCOMPANIED_VISIT",
                "本人、母親、祖父母、市町村コーディネーター、圏域アドバイザー等", 7,
                "コーディネーターの初回自宅訪問に同行、生活状況と今後の意向確認"), "service_CHILD_DEVELOPMENT", true));
        driver.complete(COORDINATOR, taskAt("UserTask_ArrangeService"), Map.of("provider", "児童発達支援事業所", "providerVisited", true));
        driver.complete("adviser.kamitosan", taskAt("UserTask_AfterDischargeVisit"), visit("HOME_VISIT", "CONTINUE", "2023-09-15",
                "市町村コーディネーター、圏域アドバイザー等", 5, "現況確認及び利用サービス等について情報提供"));
        driver.complete("adviser.kamitosan", taskAt("UserTask_AfterDischargeVisit"), visit("PROVIDER_VISIT", "END", "2023-10-15",
                "市町村コーディネーター、圏域アドバイザー等", 7, "児童発達支援事業所及び保育園等訪問：サービス提供事業所等の資源状況等の確認"));
        assertThat(current).isWaitingAt("Timer_FollowUpDue");
        assertThat(discharges.require(current.getBusinessKey()).getAccompaniedVisits()).isEqualTo(3);
        assertThat(activities.of(current.getBusinessKey())).extracting(r -> r.getActivityDate().toString())
                .containsExactly("2023-07-10", "2023-07-31", "2023-09-15", "2023-10-15");
    }

    /**
     * 下北 (case 10): in hospital in 津軽, entering a facility in 八戸, aiming at 一時帰宅; no
     * coordinator in the area; 津軽 and 八戸 are informed; the meeting before the transfer online.
     */
    @Test
    void seedCase10ShimokitaHospitalInTsugaruFacilityInHachinoheBothRegionsInformed() {
        at(LocalDate.of(2023, 7, 1));
        Map<String, Object> child = seedChild("022080", "Mさん", "2019-02", LocalDate.of(2023, 8, 31), "tsugaru");
        child.put("destination", "FACILITY");
        child.put("facilityName", "医療型障害児入所施設（八戸市）");
        child.put("facilityMunicipalityCode", "022039");
        child.put("temporaryStayGoal", true);
        start("center", child);
        Discharge discharge = discharges.require(current.getBusinessKey());
        assertThat(discharge.getDestination()).isEqualTo(Destination.FACILITY);
        assertThat(discharge.getFacilityRegionId()).isEqualTo("hachinohe");
        assertThat(discharge.getTemporaryStayGoal()).isTrue();
        assertThat(discharge.getRegionsInformed()).containsExactly("hachinohe", "tsugaru");

        driver.complete("muni.022080", taskAt("UserTask_ConfirmMunicipality"),
                Map.of("residenceConfirmed", true, "municipalContact", "むつ市 保健師（家族の身近な相談相手）"));
        List<Task> informed = tasks.createTaskQuery().processInstanceId(current.getId()).taskDefinitionKey("UserTask_InformRegion").list();
        assertThat(informed).extracting(task -> driver.candidateGroups(task).get(0))
                .containsExactlyInAnyOrder("adviser-tsugaru", "adviser-hachinohe");
        assertThat(driver.as("adviser.hachinohe", () -> runtime.createProcessInstanceQuery().processInstanceId(current.getId()).count()))
                .as("the facility's region reads the discharge").isEqualTo(1);
        assertThat(driver.as("adviser.kamitosan", () -> runtime.createProcessInstanceQuery().processInstanceId(current.getId()).count()))
                .as("a region it does not concern does not").isZero();
        for (Task task : informed) {
            driver.complete("adviser." + driver.candidateGroups(task).get(0).substring("adviser-".length()), task, Map.of());
        }

        at(LocalDate.of(2023, 7, 20));
        select("adviser.shimokita", with(seedActivity("2023-07-10", "MEETING", "市町村、支援センター、圏域アドバイザー", 5,
                "退院後の対応及び役割分担の整理"), "selectionOutcome", "NONE_AVAILABLE"));
        agree("muni.022080");
        assertThat(current).isWaitingAt("UserTask_ScheduleConference", "UserTask_FindCoordinator");
        scheduleConferenceOn("adviser.shimokita", LocalDate.of(2023, 8, 10), "オンライン");
        at(LocalDate.of(2023, 8, 10));
        driver.complete("adviser.shimokita", taskAt("UserTask_DischargeConference"), with(seedActivity("2023-08-10",
                "DISCHARGE_CONFERENCE", "市町村、入院中病院、入所予定施設、支援センター、退院後通院予定病院、圏域アドバイザー", 18,
                "入院中児童の転院前カンファレンス"), "activityOnline", true));
        // The seed names no date for this: 居住地の地域病院・消防署との情報共有 (③), before 一時帰宅.
        at(LocalDate.of(2023, 9, 30));
        driver.complete("adviser.shimokita", taskAt("UserTask_FirstHomeVisit"), seedActivity("2023-09-29", "MEETING",
                "むつ市保健師、地域病院、消防署、圏域アドバイザー", 4, "一時帰宅に向けた居住地の地域病院・消防署との情報共有"));
        endAccompaniment("adviser.shimokita");
        assertThat(current).isWaitingAt("Timer_FollowUpDue", "UserTask_FindCoordinator");
        assertThat(activities.of(current.getBusinessKey())).extracting(r -> r.getActivityDate().toString(), r -> r.getParticipantCount())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2023-07-10", 5), org.assertj.core.groups.Tuple.tuple("2023-08-10", 18),
                        org.assertj.core.groups.Tuple.tuple("2023-09-29", 4));
        assertThat(activities.of(current.getBusinessKey())).extracting(r -> r.isOnline())
                .as("「入所前にはオンラインで関係者会議を実施」: the conference is recorded as online")
                .containsExactly(false, true, false);
    }

    @Test
    void theMunicipalityMayAskTheAdviserToChooseAgainAndAFourthVisitAsksWhy() {
        start("center", newChild(TOWADA));
        confirmAndAdvise(TOWADA_OFFICER, "adviser.kamitosan");
        select("adviser.kamitosan", Map.of("selectionOutcome", "SELECTED", "coordinatorUserId", COORDINATOR, "reason_NEAR_HOME", true));
        assertThatThrownBy(() -> driver.complete(TOWADA_OFFICER, taskAt("UserTask_MunicipalityAgreesSelection"),
                Map.of("municipalAgreement", "RECONSIDER"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("理由");
        driver.complete(TOWADA_OFFICER, taskAt("UserTask_MunicipalityAgreesSelection"),
                Map.of("municipalAgreement", "RECONSIDER", "municipalAgreementNote", "市の配置するコーディネーターを選んでほしい"));
        assertThat(current).isWaitingAt(SELECT);
        assertThat(runtime.getVariable(current.getId(), "municipalAgreementNote")).as("the adviser reads why")
                .isEqualTo("市の配置するコーディネーターを選んでほしい");
        select("adviser.kamitosan", Map.of("selectionOutcome", "SELECTED", "coordinatorUserId", COORDINATOR,
                "reason_MUNICIPAL_COORDINATOR", true));
        agree(TOWADA_OFFICER);
        scheduleConference(COORDINATOR);
        driver.complete(COORDINATOR, taskAt("UserTask_DischargeConference"), activity("DISCHARGE_CONFERENCE", 15, "カンファレンス"));
        driver.complete(COORDINATOR, taskAt("UserTask_FirstHomeVisit"), visitAfterDischarge("ACCOMPANIED_VISIT", 5, "初回訪問"));
        driver.complete("adviser.kamitosan", taskAt("UserTask_AfterDischargeVisit"),
                visit("HOME_VISIT", "CONTINUE", DISCHARGE.plusDays(4).toString(), "母、コーディネーター、圏域アドバイザー", 3, "2回目"));
        Map<String, Object> beforeDischarge = visit("HOME_VISIT", "CONTINUE", DISCHARGE.minusDays(1).toString(),
                "母、コーディネーター、圏域アドバイザー", 3, "日付の誤り");
        assertThatThrownBy(() -> driver.complete("adviser.kamitosan", taskAt("UserTask_AfterDischargeVisit"), beforeDischarge))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("退院日（2027年1月29日(金)）より前");
        Map<String, Object> third = visit("HOME_VISIT", "CONTINUE", DISCHARGE.plusDays(5).toString(), "母、コーディネーター、圏域アドバイザー", 3, "3回目");
        assertThatThrownBy(() -> driver.complete("adviser.kamitosan", taskAt("UserTask_AfterDischargeVisit"), third))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("4回目");
        driver.complete("adviser.kamitosan", taskAt("UserTask_AfterDischargeVisit"),
                with(third, "moreVisitsReason", "医療機器の変更があり、もう一度同行する"));
        assertThat(activities.of(current.getBusinessKey()).get(3).getNotes()).contains("医療機器の変更");
        driver.complete("adviser.kamitosan", taskAt("UserTask_AfterDischargeVisit"),
                visit("SERVICE_START", "END", DISCHARGE.plusDays(6).toString(), "母、コーディネーター、訪問看護、圏域アドバイザー", 4, "訪問看護の利用開始"));
        assertThat(discharges.require(current.getBusinessKey()).getAccompaniedVisits()).isEqualTo(4);
        assertThat(current).isWaitingAt("Timer_FollowUpDue");
    }

    static void at(LocalDate day) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(JAPAN).toInstant()));
    }

    void scheduleConferenceOn(String user, LocalDate date, String place) {
        driver.complete(user, taskAt("UserTask_ScheduleConference"), Map.of("conferencePlannedDate", date.toString(),
                "conferencePlace", place, "conferenceInvited", "本人、家族、病院、市町村、支援センター、圏域アドバイザー"));
    }

    static Map<String, Object> seedChild(String municipalityCode, String label, String birthMonth, LocalDate discharge,
            String hospitalRegion) {
        Map<String, Object> variables = newChild(municipalityCode);
        variables.put("caseLabel", label);
        variables.put("caseBirthMonth", birthMonth);
        variables.put("hospitalName", hospitalRegion.equals("tsugaru") ? "津軽圏域の病院" : "上十三圏域の病院");
        variables.put("hospitalRegion", hospitalRegion);
        variables.put("expectedDischargeDate", discharge.toString());
        return variables;
    }

    static Map<String, Object> seedActivity(String date, String kind, String participants, int count, String content) {
        Map<String, Object> variables = activity(kind, count, content);
        variables.put("activityDate", date);
        variables.put("participantRoles", participants);
        return variables;
    }

    static Map<String, Object> visit(String kind, String step, String date, String participants, int count, String content) {
        Map<String, Object> variables = seedActivity(date, "OTHER", participants, count, content);
        variables.remove("activityKind");
        variables.put("visitKind", kind);
        variables.put("accompanimentStep", step);
        return variables;
    }

    // --- helpers --------------------------------------------------------------------------------

    ProcessInstance runToFollowUp(Map<String, Object> startVariables) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Date.from(NOW.toInstant())); // before the discharge again
        start("center", startVariables);
        confirmAndSelect(TOWADA_OFFICER, "adviser.kamitosan", COORDINATOR, null);
        scheduleConference(COORDINATOR);
        driver.complete(COORDINATOR, taskAt("UserTask_DischargeConference"), activity("DISCHARGE_CONFERENCE", 15, "カンファレンス"));
        driver.complete(COORDINATOR, taskAt("UserTask_FirstHomeVisit"), visitAfterDischarge("ACCOMPANIED_VISIT", 5, "初回訪問"));
        endAccompaniment("adviser.kamitosan");
        management.executeJob(timer("Timer_FollowUpDue").getId());
        driver.complete(COORDINATOR, taskAt("UserTask_FollowUp"), Map.of("familySituation", "安定"));
        return current;
    }

    void scheduleConference(String user) {
        driver.complete(user, taskAt("UserTask_ScheduleConference"), conferencePlan(DISCHARGE.minusDays(20)));
    }

    static Map<String, Object> conferencePlan(LocalDate date) {
        return Map.of("conferencePlannedDate", date.toString(), "conferencePlace", "病院 会議室",
                "conferenceInvited", "本人、母、主治医、病棟看護師、MSW、市保健師、コーディネーター、圏域アドバイザー");
    }

    static final String SELECT = "UserTask_AdviserSelectsCoordinator";

    /** The adviser selects with the municipality, and the municipality agrees. */
    void confirmAndSelect(String officer, String adviser, String coordinator, String previous) {
        confirmAndAdvise(officer, adviser);
        Map<String, Object> selection = new HashMap<>(Map.of("selectionOutcome", "SELECTED", "coordinatorUserId", coordinator,
                "reason_NEAR_HOME", true, "reason_EXPERIENCE", true,
                "coordinatorAdvice", "自宅に近く、経験のある相談支援専門員が適任。"));
        if (previous != null) {
            selection.put("previousCoordinatorUserId", previous);
        }
        select(adviser, selection);
        agree(officer);
    }

    void confirmAndAdvise(String officer, String adviser) {
        driver.complete(officer, taskAt("UserTask_ConfirmMunicipality"), Map.of("residenceConfirmed", true,
                "municipalContact", "保健師（母子保健係）", "municipalityPlacesCoordinator", false));
        assertThat(driver.candidateGroups(taskAt(SELECT)))
                .containsExactlyInAnyOrder("adviser-" + adviser.substring("adviser.".length()), "support-center");
        // the hospital (津軽) is in another region: its advisers are informed and read
        Task informed = taskAt("UserTask_InformRegion");
        assertThat(driver.candidateGroups(informed)).containsExactly("adviser-tsugaru");
        driver.complete("adviser.tsugaru", informed, Map.of());
    }

    /** UserTask_AdviserSelectsCoordinator, with the municipal officer the adviser talked to. */
    void select(String user, Map<String, Object> selection) {
        Map<String, Object> variables = new HashMap<>(selection);
        variables.putIfAbsent("municipalityConsulted", "市町村 障害福祉課 保健師");
        driver.complete(user, taskAt(SELECT), variables);
    }

    void agree(String officer) {
        driver.complete(officer, taskAt("UserTask_MunicipalityAgreesSelection"), Map.of("municipalAgreement", "AGREED"));
    }

    /** The adviser ends the accompaniment without another visit (the first home visit was enough). */
    void endAccompaniment(String adviser) {
        driver.complete(adviser, taskAt("UserTask_AfterDischargeVisit"), Map.of("accompanimentStep", "END_WITHOUT_VISIT"));
    }

    /** The selection form's options, as the task holds them. */
    @SuppressWarnings("unchecked")
    List<Map<String, String>> candidates(Task selection) {
        return (List<Map<String, String>>) tasks.getVariableLocal(selection.getId(), DischargeVariables.COORDINATOR_CANDIDATES);
    }

    static String labelOf(List<Map<String, String>> candidates, String userId) {
        return candidates.stream().filter(candidate -> userId.equals(candidate.get("value"))).findFirst().orElseThrow().get("label");
    }

    static long caseLoadIn(String label) {
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("支援中のケース(\\d+)件").matcher(label);
        assertThat(count.find()).as(label).isTrue();
        return Long.parseLong(count.group(1));
    }

    void readmit() {
        driver.as("center", () -> runtime.createMessageCorrelation(DischargeVariables.READMITTED_MESSAGE)
                .processInstanceBusinessKey(current.getBusinessKey()).correlateWithResult());
    }

    /** The task refuses to complete while the child is readmitted, says why, and stays open. */
    void assertPaused(String user, Task task, Map<String, Object> variables) {
        assertThatThrownBy(() -> driver.complete(user, task, variables))
                .as(task.getTaskDefinitionKey() + " waits while the child is readmitted")
                .hasRootCauseInstanceOf(InvalidInputException.class).hasRootCauseMessage(RefuseWhileReadmitted.REFUSAL);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("still open").isEqualTo(1);
    }

    void moveTo(String code) {
        driver.as("center", () -> runtime.createMessageCorrelation(DischargeVariables.MOVED_MESSAGE)
                .processInstanceBusinessKey(current.getBusinessKey())
                .setVariable("newMunicipalityCode", code).correlateWithResult());
    }

    static Map<String, Object> newChild(String municipalityCode) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("municipalityCode", municipalityCode);
        variables.put("caseLabel", "Gさん");
        variables.put("caseBirthMonth", "2026-04");
        variables.put("care_VENTILATOR", true);
        variables.put("care_TUBE_FEEDING", true);
        variables.put("physicianScore", 26);
        variables.put("hospitalName", "弘前大学医学部附属病院");
        variables.put("wardContact", "小児病棟 0172-00-0000");
        variables.put("hospitalRegion", "tsugaru");
        variables.put("expectedDischargeDate", DISCHARGE.toString());
        variables.put("continuingCare", "人工呼吸器（夜間）、経管栄養");
        return variables;
    }

    static Map<String, Object> activity(String kind, int count, String content) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("activityDate", "2026-11-27");
        variables.put("activityKind", kind);
        variables.put("participantRoles", "本人、母、病院、市町村、コーディネーター、支援センター、圏域アドバイザー");
        variables.putAll(Participants.counted(count));
        variables.put("activityContent", content);
        return variables;
    }

    /**
     * A visit after the discharge (the first home visit and those after it), dated three days
     * after {@link #DISCHARGE}; the engine's clock moves past it, as a visit is recorded after it
     * happened.
     */
    static Map<String, Object> visitAfterDischarge(String kind, int count, String content) {
        at(DISCHARGE.plusDays(10));
        return with(activity(kind, count, content), "activityDate", DISCHARGE.plusDays(3).toString());
    }

    static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
        variables.put(name, value);
        return variables;
    }

    void start(String user, Map<String, Object> variables) {
        current = driver.as(user, () -> runtime.startProcessInstanceByKey(ProcessKeys.DISCHARGE_TRANSITION, variables));
    }

    void assertRefused(String user, Map<String, Object> variables, String messagePart) {
        assertThatThrownBy(() -> start(user, variables)).isInstanceOf(InvalidInputException.class).hasMessageContaining(messagePart);
    }

    Task taskAt(String activityId) {
        return tasks.createTaskQuery().processInstanceId(current.getId()).taskDefinitionKey(activityId).singleResult();
    }

    Job timer(String activityId) {
        return management.createJobQuery().processInstanceId(current.getId()).activityId(activityId).singleResult();
    }

    static Date morning(LocalDate date) {
        return Date.from(date.atTime(9, 0).atZone(JAPAN).toInstant());
    }
}

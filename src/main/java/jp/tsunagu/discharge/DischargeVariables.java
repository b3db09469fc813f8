package jp.tsunagu.discharge;

import java.time.LocalDate;

import jp.tsunagu.activity.ActivityForm;
import jp.tsunagu.activity.ActivityKind;
import jp.tsunagu.casework.MedicalCareItem;
import jp.tsunagu.casework.NewCaseFields;
import jp.tsunagu.process.Checkboxes;
import jp.tsunagu.process.ProcessVariables;
import jp.tsunagu.process.Variable;

/**
 * Process variables of {@code discharge-transition}, each declared once with its type, label and
 * limit (forms/discharge-*.form and the BPMN's expressions use the same names; refusals name the
 * field by the label). Shared ones (caseId, municipalityCode, region, coordinatorUserId,
 * initiator) are in {@link ProcessVariables}; the checkboxes named after an enum's constants
 * (care_, reason_, service_) are declared once as {@link Checkboxes}.
 */
public final class DischargeVariables {

    // start form; a new case is opened from these when no caseId is given
    /** The shared municipalityCode as the discharge's forms ask for it. */
    public static final Variable<String> HOME_MUNICIPALITY = ProcessVariables.MUNICIPALITY.labelled("お住まいの市町村");
    public static final Variable<String> CASE_LABEL = NewCaseFields.LABEL;
    /** 2024-03 or 令和6年3月: read as text, then as a year and month (its own refusal). */
    public static final Variable<String> CASE_BIRTH_MONTH = NewCaseFields.BIRTH_MONTH;
    /** One checkbox per medical care item, e.g. care_VENTILATOR. */
    public static final Checkboxes<MedicalCareItem> CARE_ITEMS = NewCaseFields.CARE_ITEMS;
    public static final Variable<Integer> PHYSICIAN_SCORE = NewCaseFields.PHYSICIAN_SCORE;
    public static final Variable<String> HOSPITAL_NAME = Variable.text("hospitalName", "病院名", 200);
    public static final Variable<String> WARD_CONTACT = Variable.text("wardContact", "病棟の連絡先", 200);
    public static final Variable<String> HOSPITAL_REGION = Variable.text("hospitalRegion", "病院の圏域", 32);
    /** The timers of the conference and the follow-up are computed from it (DischargeTimers). */
    public static final Variable<LocalDate> EXPECTED_DISCHARGE_DATE = Variable.dateFromToday("expectedDischargeDate", "退院予定日");
    public static final Variable<String> CONTINUING_CARE = Variable.text("continuingCare", "在宅で続く医療的ケア・医療機器", 2000);
    /** HOME, FACILITY or HOSPITAL_STAY; missing (an older start form) means HOME. */
    public static final Variable<Destination> DESTINATION = Variable.choice("destination", "退院後の行き先", Destination.class);
    public static final Variable<String> FACILITY_NAME = Variable.text("facilityName", "入所する施設の名前", 200);
    public static final Variable<String> FACILITY_MUNICIPALITY_CODE = Variable.text("facilityMunicipalityCode", "入所する施設の市町村", 6);
    /** 一時帰宅（外泊）を目標にする. */
    public static final Variable<Boolean> TEMPORARY_STAY_GOAL = Variable.flag("temporaryStayGoal", "一時帰宅を目標にする");
    /** Element variable of UserTask_InformRegion: one region informed, from the discharge row. */
    public static final Variable<String> INFORMED_REGION = Variable.text("informedRegion", "知らせる圏域", 32);

    // conference plan (UserTask_ScheduleConference)
    public static final Variable<LocalDate> CONFERENCE_PLANNED_DATE = Variable.dateFromToday("conferencePlannedDate", "開催予定日");
    public static final Variable<String> CONFERENCE_PLACE = Variable.text("conferencePlace", "開催場所", 200);
    public static final Variable<String> CONFERENCE_INVITED = Variable.text("conferenceInvited", "参加予定者（役割）", 1000);

    // municipality
    public static final Variable<Boolean> RESIDENCE_CONFIRMED = Variable.flag("residenceConfirmed", "住所の確認");
    public static final Variable<String> MUNICIPAL_CONTACT = Variable.text("municipalContact", "市町村の担当者（例: 保健師）", 200);
    public static final Variable<Boolean> MUNICIPALITY_PLACES_COORDINATOR =
            Variable.flag("municipalityPlacesCoordinator", "市町村がコーディネーターを配置する");

    // coordinator selection
    public static final Variable<String> COORDINATOR_ADVICE = Variable.text("coordinatorAdvice", "アドバイザーの助言", 2000);
    /**
     * Options of the selection form's coordinator selects (valuesKey): a JSON list of
     * {@code {label, value}}, value a coordinator's user id, as ListCoordinatorCandidates writes
     * it (ListCoordinatorCandidates.Candidate); a task-local variable of the selection task only.
     */
    public static final String COORDINATOR_CANDIDATES = "coordinatorCandidates";
    public static final Variable<SelectionOutcome> SELECTION_OUTCOME =
            Variable.choice("selectionOutcome", "選定結果", SelectionOutcome.class);
    public static final Variable<String> PREVIOUS_COORDINATOR = Variable.userId("previousCoordinatorUserId", "前任のコーディネーター");
    /** One checkbox per selection reason, e.g. reason_NEAR_HOME. */
    public static final Checkboxes<SelectionReason> SELECTION_REASONS =
            Checkboxes.of("reason_", SelectionReason.class, SelectionReason::label);
    /** No coordinator in the area (the seed's 下北): the gateways take the covering path. */
    public static final Variable<Boolean> NO_COORDINATOR = Variable.flag("noCoordinator", "コーディネーターがいない");
    /** A previous coordinator hands the case over (前任・新任). */
    public static final Variable<Boolean> HAND_OVER = Variable.flag("handOver", "引継ぎがある");
    /** Element variable of UserTask_HandOver: the former or the new coordinator. */
    public static final Variable<String> HAND_OVER_PARTY = Variable.userId("handOverParty", "引継ぎの担当");
    /** UserTask_AdviserSelectsCoordinator: the municipal officer the adviser selected with. */
    public static final Variable<String> MUNICIPALITY_CONSULTED = Variable.text("municipalityConsulted", "協議した市町村の担当者", 200);
    public static final Variable<Boolean> SELECTED_AT_CONFERENCE = Variable.flag("selectedAtConference", "退院時カンファレンスで選定した");
    /** UserTask_MunicipalityAgreesSelection: AGREED or RECONSIDER. */
    public static final Variable<MunicipalAgreement> MUNICIPAL_AGREEMENT =
            Variable.choice("municipalAgreement", "市町村の同意", MunicipalAgreement.class);
    public static final Variable<String> MUNICIPAL_AGREEMENT_NOTE = Variable.text("municipalAgreementNote", "市町村の意見", 1000);
    /** The same note, required when the municipality asks for another choice. */
    public static final Variable<String> RECONSIDER_REASON = MUNICIPAL_AGREEMENT_NOTE.labelled("選定をやり直す理由");
    public static final Variable<Boolean> SELECTION_AGREED = Variable.flag("selectionAgreed", "市町村が同意した");
    public static final Variable<String> FOUND_COORDINATOR = Variable.userId("foundCoordinatorUserId", "確保したコーディネーター");

    // services (one multi-instance per service needed)
    /** One checkbox per service, e.g. service_HOME_NURSING. */
    public static final Checkboxes<ServiceKind> SERVICES = Checkboxes.of("service_", ServiceKind.class, ServiceKind::label);
    /** Comma-separated service kinds chosen at the first home visit (DischargeCollections.servicesNeeded). */
    public static final Variable<String> SERVICES_NEEDED = Variable.text("servicesNeeded", "必要なサービス", 200);
    /** Element variable of SubProcess_ArrangeService. */
    public static final Variable<ServiceKind> SERVICE_KIND = Variable.choice("serviceKind", "サービスの種類", ServiceKind.class);
    public static final Variable<String> PROVIDER = Variable.text("provider", "事業所・機関名", 200);
    public static final Variable<LocalDate> SERVICE_START_DATE = Variable.date("serviceStartDate", "利用開始日");
    public static final Variable<Boolean> PROVIDER_VISITED = Variable.flag("providerVisited", "事業所訪問をした");
    public static final Variable<String> SERVICE_NOTE = Variable.text("serviceNote", "メモ", 1000);

    // visits after discharge (UserTask_AfterDischargeVisit, a loop)
    public static final Variable<AccompanimentStep> ACCOMPANIMENT_STEP =
            Variable.choice("accompanimentStep", "伴走を続けるか", AccompanimentStep.class);
    /** From the fourth visit on, why the adviser goes along again (as dispatch asks). */
    public static final Variable<String> MORE_VISITS_REASON = Variable.text("moreVisitsReason", "さらに同行が必要な理由", 1000);
    public static final Variable<VisitKind> VISIT_KIND = Variable.choice("visitKind", "訪問・サービスの種類", VisitKind.class);
    public static final Variable<Boolean> ACCOMPANIMENT_CONTINUES = Variable.flag("accompanimentContinues", "伴走を続ける");
    public static final Variable<Integer> VISIT_COUNT =
            Variable.integer("accompaniedVisitCount", "同行訪問の回数", 0, Integer.MAX_VALUE);
    /**
     * The visit's content, the activity form's {@link ActivityForm#CONTENT}: 【自宅訪問】 goes before
     * it, so it leaves room within the record's 4000 characters.
     */
    public static final Variable<String> VISIT_CONTENT = Variable.textOf(ActivityForm.CONTENT, 3900);
    /** The day of a visit after discharge: not before the discharge date (Discharge#requireVisitAfterDischarge). */
    public static final Variable<LocalDate> VISIT_DATE = ActivityForm.DATE;
    /** What the visit was, as the activity record's kind (from {@link VisitKind#activityKind()}). */
    public static final Variable<ActivityKind> VISIT_ACTIVITY_KIND = ActivityForm.KIND;
    /**
     * The adviser's notes on a visit, the activity form's {@link ActivityForm#NOTES}: the reason to
     * go along again is added to them, within 4000.
     */
    public static final Variable<String> VISIT_NOTES = Variable.textOf(ActivityForm.NOTES, 2800);
    /**
     * The selection form's optional meeting, recorded as an activity only when its date
     * ({@link ActivityForm#DATE}) is given: read here as text, to see whether it was filled in.
     */
    public static final Variable<String> SELECTION_MEETING_DATE = Variable.textOf(ActivityForm.DATE, 10);

    // follow-up and evacuation plan
    public static final Variable<String> FAMILY_SITUATION = Variable.text("familySituation", "ご家族の様子", 2000);
    public static final Variable<Boolean> EVACUATION_PLAN_EXISTS = Variable.flag("evacuationPlanExists", "個別避難計画がある");
    public static final Variable<EvacuationPlanDecision> EVACUATION_PLAN_DECISION =
            Variable.choice("evacuationPlanDecision", "個別避難計画", EvacuationPlanDecision.class);
    public static final Variable<String> NO_PLAN_REASON = Variable.text("noPlanReason", "今は作成しない理由", 1000);

    // messages
    public static final String MOVED_MESSAGE = "DischargeCaseMoved";
    public static final Variable<String> NEW_MUNICIPALITY_CODE = Variable.text("newMunicipalityCode", "転居先の市町村", 6);
    /** Kept on the event subprocess of a move, for the previous municipality's task. */
    public static final Variable<String> PREVIOUS_MUNICIPALITY_CODE =
            Variable.text("previousMunicipalityCode", "旧住所地の市町村コード", 6);
    public static final String DATE_CHANGED_MESSAGE = "DischargeDateChanged";
    public static final String READMITTED_MESSAGE = "DischargeReadmitted";
    public static final Variable<LocalDate> NEW_DISCHARGE_DATE = Variable.dateFromToday("newDischargeDate", "新しい退院予定日");
    /** A move announced before it happens: the future municipality and the expected date. */
    public static final String MOVE_PLANNED_MESSAGE = "DischargeMovePlanned";
    public static final Variable<String> PLANNED_MUNICIPALITY_CODE = Variable.text("plannedMunicipalityCode", "転居予定先の市町村", 6);
    public static final Variable<LocalDate> PLANNED_MOVE_DATE = Variable.dateFromToday("plannedMoveDate", "転居予定日");
    public static final Variable<String> PREPARATION_NOTE = Variable.text("preparationNote", "準備したこと", 2000);

    private DischargeVariables() {
    }
}

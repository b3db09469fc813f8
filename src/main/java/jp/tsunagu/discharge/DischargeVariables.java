package jp.tsunagu.discharge;

/** Process variables of {@code discharge-transition} (forms/discharge-*.form use the same names). */
public final class DischargeVariables {

    // start form; a new case is opened from these when no caseId is given
    public static final String CASE_LABEL = "caseLabel";
    public static final String CASE_BIRTH_MONTH = "caseBirthMonth";
    /** Prefix of one checkbox per medical care item, e.g. care_VENTILATOR. */
    public static final String CARE_ITEM_PREFIX = "care_";
    public static final String PHYSICIAN_SCORE = "physicianScore";
    public static final String HOSPITAL_NAME = "hospitalName";
    public static final String WARD_CONTACT = "wardContact";
    public static final String HOSPITAL_REGION = "hospitalRegion";
    /** ISO date; the timers of the conference and the follow-up are computed from it. */
    public static final String EXPECTED_DISCHARGE_DATE = "expectedDischargeDate";
    public static final String CONTINUING_CARE = "continuingCare";
    /** HOME, FACILITY or HOSPITAL_STAY ({@link Destination}); missing (an older start form) means HOME. */
    public static final String DESTINATION = "destination";
    public static final String FACILITY_NAME = "facilityName";
    public static final String FACILITY_MUNICIPALITY_CODE = "facilityMunicipalityCode";
    /** 一時帰宅（外泊）を目標にする. */
    public static final String TEMPORARY_STAY_GOAL = "temporaryStayGoal";
    /** Element variable of UserTask_InformRegion: one region informed, from the discharge row. */
    public static final String INFORMED_REGION = "informedRegion";

    // conference plan (UserTask_ScheduleConference)
    public static final String CONFERENCE_PLANNED_DATE = "conferencePlannedDate";
    public static final String CONFERENCE_PLACE = "conferencePlace";
    public static final String CONFERENCE_INVITED = "conferenceInvited";

    // municipality
    public static final String RESIDENCE_CONFIRMED = "residenceConfirmed";
    public static final String MUNICIPAL_CONTACT = "municipalContact";
    public static final String MUNICIPALITY_PLACES_COORDINATOR = "municipalityPlacesCoordinator";

    // coordinator selection
    public static final String COORDINATOR_ADVICE = "coordinatorAdvice";
    /**
     * Options of the selection form's coordinator selects (valuesKey): a JSON list of
     * {@code {label, value}}, value a coordinator's user id, as ListCoordinatorCandidates writes
     * it (ListCoordinatorCandidates.Candidate); a variable of UserTask_SelectCoordinator only.
     */
    public static final String COORDINATOR_CANDIDATES = "coordinatorCandidates";
    public static final String SELECTION_OUTCOME = "selectionOutcome";
    public static final String PREVIOUS_COORDINATOR_USER_ID = "previousCoordinatorUserId";
    /** Prefix of one checkbox per selection reason, e.g. reason_NEAR_HOME. */
    public static final String REASON_PREFIX = "reason_";
    public static final String NO_COORDINATOR = "noCoordinator";
    public static final String HAND_OVER = "handOver";
    public static final String HAND_OVER_PARTY = "handOverParty";
    /** UserTask_AdviserSelectsCoordinator: the municipal officer the adviser selected with. */
    public static final String MUNICIPALITY_CONSULTED = "municipalityConsulted";
    public static final String SELECTED_AT_CONFERENCE = "selectedAtConference";
    /** UserTask_MunicipalityAgreesSelection: AGREED or RECONSIDER ({@link MunicipalAgreement}). */
    public static final String MUNICIPAL_AGREEMENT = "municipalAgreement";
    public static final String MUNICIPAL_AGREEMENT_NOTE = "municipalAgreementNote";
    public static final String SELECTION_AGREED = "selectionAgreed";
    public static final String FOUND_COORDINATOR_USER_ID = "foundCoordinatorUserId";

    // services (one multi-instance per service needed)
    /** Prefix of one checkbox per service, e.g. service_HOME_NURSING. */
    public static final String SERVICE_PREFIX = "service_";
    /** Comma-separated service kinds chosen at the first home visit. */
    public static final String SERVICES_NEEDED = "servicesNeeded";
    public static final String SERVICE_KIND = "serviceKind";
    public static final String PROVIDER = "provider";
    public static final String SERVICE_START_DATE = "serviceStartDate";
    public static final String PROVIDER_VISITED = "providerVisited";
    public static final String SERVICE_NOTE = "serviceNote";

    // visits after discharge (UserTask_AfterDischargeVisit, a loop)
    /** CONTINUE, END or END_WITHOUT_VISIT ({@link AccompanimentStep}). */
    public static final String ACCOMPANIMENT_STEP = "accompanimentStep";
    /** From the third visit on, why the adviser goes along again (as dispatch asks). */
    public static final String MORE_VISITS_REASON = "moreVisitsReason";
    /** HOME_VISIT, PROVIDER_VISIT, SERVICE_START, SERVICE_RESTART or MEETING ({@link VisitKind}). */
    public static final String VISIT_KIND = "visitKind";
    public static final String ACCOMPANIMENT_CONTINUES = "accompanimentContinues";
    public static final String VISIT_COUNT = "accompaniedVisitCount";

    // follow-up and evacuation plan
    public static final String FAMILY_SITUATION = "familySituation";
    public static final String EVACUATION_PLAN_EXISTS = "evacuationPlanExists";
    public static final String EVACUATION_PLAN_DECISION = "evacuationPlanDecision";
    public static final String NO_PLAN_REASON = "noPlanReason";

    // messages
    public static final String MOVED_MESSAGE = "DischargeCaseMoved";
    public static final String NEW_MUNICIPALITY_CODE = "newMunicipalityCode";
    public static final String PREVIOUS_MUNICIPALITY_CODE = "previousMunicipalityCode";
    public static final String DATE_CHANGED_MESSAGE = "DischargeDateChanged";
    public static final String READMITTED_MESSAGE = "DischargeReadmitted";
    public static final String NEW_DISCHARGE_DATE = "newDischargeDate";
    /** A move announced before it happens: the future municipality and the expected date. */
    public static final String MOVE_PLANNED_MESSAGE = "DischargeMovePlanned";
    public static final String PLANNED_MUNICIPALITY_CODE = "plannedMunicipalityCode";
    public static final String PLANNED_MOVE_DATE = "plannedMoveDate";
    public static final String PREPARATION_NOTE = "preparationNote";

    private DischargeVariables() {
    }
}

package jp.tsunagu.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The full lifecycle of each flow as the demo users play it (the same steps and variables as the
 * REST tests of each flow). A lifecycle ends when the instance has ended or waits on a timer only
 * people far in the future would see: dispatch ends; discharge waits for the follow-up a month
 * after the discharge date (with the center's open search for a coordinator in 下北); evacuation
 * waits for the yearly review of the approved plan; a regional activity waits for its meeting day
 * two months on.
 */
final class Lifecycles {

    static final String DISPATCH = "adviser-dispatch";
    static final String DISCHARGE = "discharge-transition";
    static final String EVACUATION = "evacuation-plan";
    static final String REGIONAL = "regional-activity";
    static final Place MUTSU = new Place("022080", "shimokita");
    static final Place HIROSAKI = new Place("022021", "tsugaru");

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    /**
     * Numbers each start's text: the same person sending the same form twice within a minute is
     * one request (StartOnce), and real requests differ in what they say.
     */
    private static final AtomicLong REQUESTS = new AtomicLong();

    private Lifecycles() {
    }

    /** Start, triage, acceptance, activity record, feedback: 5 steps, 9 API calls. */
    static void dispatch(FlowPort port, String processKey, Place place) {
        String id = dispatchToTriage(port, processKey, place);
        step(port, "center", id, "UserTask_Triage", Map.of("triageDecision", "ADVISER"));
        step(port, place.adviser(), id, "UserTask_AdviserAcceptance", Map.of("acceptDecision", "ACCEPT",
                "scheduledDate", TODAY.plusDays(3).toString()));
        step(port, place.adviser(), id, "UserTask_RecordActivity", Map.of("activityDate", TODAY.toString(),
                "activityKind", "ACCOMPANIED_VISIT", "participantRoles", "本人、母、コーディネーター、圏域アドバイザー",
                "participants_OTHER", 4, "activityContent", "新規のコーディネーターとご家族との初顔合わせ",
                "adviserNotes", "コーディネーターが主に話せるよう、補足に徹した。", "moreVisits", false));
        step(port, place.officer(), id, "UserTask_Feedback", Map.of("feedbackRating", 5,
                "feedbackComment", "一緒に訪問してもらい、安心して面談できた。"));
    }

    static String dispatchToTriage(FlowPort port, String processKey, Place place) {
        String detail = "初めて医療的ケア児を担当するコーディネーターに同行してほしい。（" + REQUESTS.incrementAndGet() + "）";
        return port.start(place.officer(), processKey, Map.of("municipalityCode", place.code(),
                "requestKind", "ACCOMPANY", "requestDetail", detail,
                "wishedDate", TODAY.plusDays(7).toString()));
    }

    /**
     * The 下北 case of DischargeRestTest: a むつ市 child, no coordinator in the area. The child goes
     * home today: a home visit is recorded after the discharge (never before it), and the
     * benchmark's clock cannot move, so the conference is held the same day (the benchmark moves
     * the conference deadline after the run: Benchmark#start).
     */
    static void discharge(FlowPort port) {
        String id = dischargeToConfirmation(port);
        step(port, MUTSU.officer(), id, "UserTask_ConfirmMunicipality",
                Map.of("residenceConfirmed", true, "municipalContact", "むつ市 保健師"));
        step(port, MUTSU.adviser(), id, "UserTask_AdviserSelectsCoordinator", Map.of("coordinatorAdvice",
                "圏域にコーディネーターがいないため、アドバイザーと支援センターで対応する。", "selectionOutcome", "NONE_AVAILABLE",
                "municipalityConsulted", "むつ市 保健師"));
        step(port, MUTSU.officer(), id, "UserTask_MunicipalityAgreesSelection", Map.of("municipalAgreement", "AGREED"));
        step(port, MUTSU.adviser(), id, "UserTask_ScheduleConference", Map.of("conferencePlannedDate",
                TODAY.toString(), "conferencePlace", "病院（オンライン併用）",
                "conferenceInvited", "母、病院、むつ市保健師、支援センター、圏域アドバイザー"));
        step(port, MUTSU.adviser(), id, "UserTask_DischargeConference", Map.of("activityDate", TODAY.toString(),
                "activityKind", "DISCHARGE_CONFERENCE", "participantRoles", "母、病院、むつ市保健師、支援センター、圏域アドバイザー",
                "participants_OTHER", 18, "activityContent", "退院時カンファレンス（オンライン併用）"));
        step(port, MUTSU.adviser(), id, "UserTask_FirstHomeVisit", Map.of("activityDate", TODAY.toString(),
                "activityKind", "ACCOMPANIED_VISIT", "participantRoles", "母、保健師、圏域アドバイザー",
                "participants_OTHER", 3, "activityContent", "初回訪問", "service_HOME_NURSING", true));
        step(port, "center", id, "UserTask_ArrangeService",
                Map.of("provider", "むつ訪問看護ステーション", "providerVisited", true));
        step(port, MUTSU.adviser(), id, "UserTask_AfterDischargeVisit", Map.of("accompanimentStep", "END_WITHOUT_VISIT"));
    }

    static String dischargeToConfirmation(FlowPort port) {
        Map<String, Object> start = new HashMap<>(Map.of("municipalityCode", MUTSU.code(), "caseLabel", "Hさん",
                "caseBirthMonth", "2025-10", "care_TRACHEOSTOMY", true, "care_SUCTION", true,
                "hospitalName", "弘前大学医学部附属病院", "wardContact", "NICU 0172-00-0000 内線" + REQUESTS.incrementAndGet(),
                "hospitalRegion", "tsugaru",
                "expectedDischargeDate", TODAY.toString()));
        start.put("continuingCare", "気管切開、吸引（頻回）");
        return port.start("center", DISCHARGE, start);
    }

    /** The 津軽 case of EvacuationPlanRestTest, for a child (caseId) whose coordinator is coord.tsugaru. */
    static void evacuation(FlowPort port, String caseId) {
        String coordinator = "coord.tsugaru";
        String id = port.start(HIROSAKI.officer(), EVACUATION, Map.of("caseId", caseId,
                "municipalityCode", HIROSAKI.code()));
        Map<String, Object> first = new HashMap<>(Map.of("activityDate", TODAY.toString(), "activityKind", "CASE_MEETING",
                "participantRoles", "本人、母、弘前市、コーディネーター、圏域アドバイザー", "participants_OTHER", 13,
                "activityContent", "日常生活と医療機器の共有", "dailyLife", "日中は特別支援学校に通学。夜間は人工呼吸器。",
                "device1Name", "人工呼吸器", "device1Watts", 80, "device1BatteryHours", 3));
        first.put("candidateDestinations", "弘前大学医学部附属病院");
        step(port, coordinator, id, "UserTask_FirstMeeting", first);
        step(port, HIROSAKI.adviser(), id, "UserTask_RegionalInformation",
                Map.of("regionalInformation", "発電機を日常生活用具として給付している市町村がある。"));
        Map<String, Object> draft = new HashMap<>(Map.of("personName", "弘前 太郎", "personAddress", "弘前市○○",
                "personPhone", "0172-00-0000", "supporter1Name", "祖母", "supporter1Relation", "家族",
                "supporter1Phone", "090-1111-2222", "destination", "弘前大学医学部附属病院", "travelMinutes", 30,
                "route", "国道7号", "transport", "自家用車"));
        draft.putAll(Map.of("warningMethod", "防災無線と市からの電話", "receivingHospital", "弘前大学医学部附属病院",
                "device1Name", "人工呼吸器", "device1Watts", 80, "device1BatteryHours", 3,
                "powerPlan", "内部バッテリー → 車 → 発電機", "medicinesAndSupplies", "吸引カテーテル",
                "safetyConfirmation", "コーディネーターが電話で確認"));
        step(port, coordinator, id, "UserTask_DraftPlan", draft);
        step(port, coordinator, id, "UserTask_SecondMeeting", Map.of("activityDate", TODAY.toString(),
                "activityKind", "CASE_MEETING", "participantRoles", "母、弘前市、コーディネーター", "participants_OTHER", 9,
                "activityContent", "課題整理", "sendBackToDraft", false));
        step(port, coordinator, id, "UserTask_DestinationMeeting", Map.of("activityDate", TODAY.toString(),
                "activityKind", "MEETING", "participantRoles", "母、病院、コーディネーター", "participants_OTHER", 6,
                "activityContent", "病院で受入れ方法と環境を確認"));
        step(port, coordinator, id, "UserTask_FamilyConsent", Map.of("consentGiven", true,
                "sharedWith", "民生委員、弘前地区消防事務組合"));
        step(port, HIROSAKI.officer(), id, "UserTask_Approve", Map.of("approvalDecision", "APPROVE"));
    }

    /**
     * A regional study group as RegionalActivityRestTest plays it: the region's adviser starts and
     * plans it for the whole region, the center reads and comments; then it waits for the meeting
     * day. 3 steps, 7 API calls.
     */
    static void regional(FlowPort port, Place place) {
        String id = port.start(place.adviser(), REGIONAL, Map.of("region", place.region(),
                "activityTheme", "医療的ケア児の災害への備え 勉強会（" + REQUESTS.incrementAndGet() + "）"));
        step(port, place.adviser(), id, "UserTask_Plan", Map.of("regionalKind", "STUDY_GROUP",
                "firstMeetingDate", TODAY.plusDays(60).toString(), "moreMeetingDates", TODAY.plusDays(150).toString(),
                "meetingPlace", "圏域の保健所 会議室", "online", false, "wholeRegion", true, "expectedCount", 30));
        step(port, "center", id, "UserTask_CenterReview", Map.of("centerComment", "支援センターからも1名参加します。"));
    }

    static void step(FlowPort port, String user, String instanceId, String activityId, Map<String, Object> variables) {
        port.complete(user, port.findTask(user, instanceId, activityId), variables);
    }
}

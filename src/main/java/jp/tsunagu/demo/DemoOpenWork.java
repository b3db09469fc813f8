package jp.tsunagu.demo;

import static jp.tsunagu.demo.DemoSteps.activity;
import static jp.tsunagu.demo.DemoSteps.with;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;

import jp.tsunagu.process.EngineTime;
import jp.tsunagu.process.ProcessKeys;

/**
 * Work left open at today's date, so that every demo role's Tasklist has something to show: a
 * request at the center's triage (むつ市), one waiting for the 津軽 adviser's acceptance, one
 * waiting for 弘前市's feedback, a discharge at むつ市's confirmation, a discharge before its
 * conference (上十三), an evacuation plan at its second meeting (下北),
 * plans at their first meeting for the other regions' coordinators, and next year's plans of
 * the regional activities the advisers of 青森, 八戸, 西北五 and 上十三 are writing.
 */
final class DemoOpenWork {

    private final DemoSteps steps;

    DemoOpenWork(DemoSteps steps) {
        this.steps = steps;
    }

    /** Runs at the engine's present time (the real today). */
    void play() {
        LocalDate today = EngineTime.today();
        requestAtTriage(today);
        requestAtAcceptance(today);
        requestAtFeedback(today);
        dischargeAtTheMunicipality(today);
        dischargeBeforeItsConference(today);
        planAtItsSecondMeeting(today);
        planAtItsFirstMeeting("022012", "coord.aomori", "N児");
        planAtItsFirstMeeting("022021", "coord.tsugaru", "P児");
        planAtItsFirstMeeting("022039", "coord.hachinohe", "Q児");
        planAtItsFirstMeeting("022055", "coord.seihokugo", "R児");
        regionalPlan("adviser.aomori", "aomori", "「TEAMつなぐ」第3回勉強会");
        regionalPlan("adviser.hachinohe", "hachinohe", "「八戸の医ケアを考える会」R8");
        regionalPlan("adviser.seihokugo", "seihokugo", "圏域アドバイザーと圏域内のコーディネーターの顔合わせ");
        regionalPlan("adviser.kamitosan", "kamitosan", "上十三圏域コーディネーター会議（R8）");
    }

    private void requestAtTriage(LocalDate today) {
        steps.start("muni.022080", ProcessKeys.ADVISER_DISPATCH, Map.of("municipalityCode", "022080", "requestKind", "CASE_MEETING",
                "requestDetail", "退院後に一時帰宅を目指す児童について、居住地の関係者を交えたケース会議に同席してほしい。",
                "wishedDate", today.plusDays(14).toString()));
    }

    private void requestAtAcceptance(LocalDate today) {
        ProcessInstance request = steps.start("muni.022021", ProcessKeys.ADVISER_DISPATCH, Map.of("municipalityCode", "022021",
                "requestKind", "CASE_MEETING", "requestDetail", "保育園の受入れに向けたケース会議に同席してほしい。",
                "wishedDate", today.plusDays(10).toString()));
        steps.complete("center", request, "UserTask_Triage", Map.of("triageDecision", "ADVISER"));
    }

    /** 弘前市 asked, the adviser went once: the request waits for 弘前市's feedback. */
    private void requestAtFeedback(LocalDate today) {
        ProcessInstance request = steps.start("muni.022021", ProcessKeys.ADVISER_DISPATCH, Map.of("municipalityCode", "022021",
                "requestKind", "OTHER", "requestDetail", "市の担当者向けに、医療的ケア児等コーディネーターとの連携について説明してほしい。",
                "wishedDate", today.toString()));
        steps.complete("center", request, "UserTask_Triage", Map.of("triageDecision", "ADVISER"));
        steps.complete("adviser.tsugaru", request, "UserTask_AdviserAcceptance",
                Map.of("acceptDecision", "ACCEPT", "scheduledDate", today.toString()));
        steps.complete("adviser.tsugaru", request, "UserTask_RecordActivity", with(activity(today.toString(), "MEETING", 3,
                "市町村、圏域アドバイザー", "市町村コーディネーターとの連携方法について説明", null), "moreVisits", false));
    }

    /** A discharge the center announced: むつ市 confirms the residence (the hospital's region, 津軽, is informed). */
    private void dischargeAtTheMunicipality(LocalDate today) {
        steps.start("center", ProcessKeys.DISCHARGE_TRANSITION,
                dischargeStart("022080", "L児", today, "tsugaru", "津軽圏域の病院"));
    }

    private void dischargeBeforeItsConference(LocalDate today) {
        ProcessInstance discharge = steps.start("center", ProcessKeys.DISCHARGE_TRANSITION,
                dischargeStart("022063", "K児", today, "kamitosan", "上十三圏域の病院"));
        steps.complete("muni.022063", discharge, "UserTask_ConfirmMunicipality", Map.of("residenceConfirmed", true,
                "municipalContact", "十和田市 医療的ケア児支援担当", "municipalityPlacesCoordinator", true));
        steps.complete("adviser.kamitosan", discharge, "UserTask_AdviserSelectsCoordinator", Map.of("selectionOutcome", "SELECTED",
                "coordinatorUserId", "coord.kamitosan", "reason_MUNICIPAL_COORDINATOR", true, "reason_NEAR_HOME", true,
                "municipalityConsulted", "十和田市 医療的ケア児支援担当", "coordinatorAdvice", "市の配置したコーディネーター。自宅に近い。"));
        steps.complete("muni.022063", discharge, "UserTask_MunicipalityAgreesSelection", Map.of("municipalAgreement", "AGREED"));
    }

    private void planAtItsSecondMeeting(LocalDate today) {
        ProcessInstance plan = planAtItsFirstMeeting("022080", "coord.shimokita", "M児");
        steps.complete("coord.shimokita", plan, "UserTask_FirstMeeting", with(activity(today.minusDays(21).toString(), "CASE_MEETING", 8,
                "本人、家族、市町村、コーディネーター、支援センター、圏域アドバイザー等",
                "当事者を交えたケース会議：個別避難計画作成に向けた生活状況の共有", null),
                "dailyLife", "日中は自宅で過ごし、母が主に介護。", "device1Name", "吸引器", "device1Watts", 60,
                "device1BatteryHours", 1, "powerPlan", "内部バッテリー → 車からの給電", "candidateDestinations", "むつ総合病院"));
        steps.complete("adviser.shimokita", plan, "UserTask_RegionalInformation",
                Map.of("regionalInformation", "居住地の地域病院・消防署と情報を共有している。"));
        steps.complete("coord.shimokita", plan, "UserTask_DraftPlan", planDraft("M児", "むつ市"));
    }

    private static Map<String, Object> dischargeStart(String municipality, String label, LocalDate today, String hospitalRegion,
            String hospital) {
        Map<String, Object> start = new HashMap<>();
        start.put("municipalityCode", municipality);
        start.put("caseLabel", label);
        start.put("caseBirthMonth", today.minusMonths(8).toString().substring(0, 7));
        start.put("care_TRACHEOSTOMY", true);
        start.put("care_SUCTION", true);
        start.put("physicianScore", 20);
        start.put("hospitalName", hospital);
        start.put("wardContact", "小児病棟");
        start.put("hospitalRegion", hospitalRegion);
        start.put("expectedDischargeDate", today.plusDays(45).toString());
        start.put("continuingCare", "気管切開部の管理、吸引");
        return start;
    }

    private ProcessInstance planAtItsFirstMeeting(String municipality, String coordinator, String label) {
        String child = steps.child(label, municipality, coordinator);
        return steps.start("muni." + municipality, ProcessKeys.EVACUATION_PLAN, Map.of("caseId", child, "municipalityCode", municipality));
    }

    private void regionalPlan(String adviser, String region, String theme) {
        steps.start(adviser, ProcessKeys.REGIONAL_ACTIVITY, Map.of("region", region, "activityTheme", theme));
    }

    /** The plan's draft as the coordinator writes it; the person is named by the child's label only. */
    static Map<String, Object> planDraft(String label, String city) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("personName", label);
        variables.put("personBirthDate", "2018-09-01");
        variables.put("personAddress", city + "（デモ）");
        variables.put("personPhone", "0000-00-0000");
        variables.put("needsHelpReason", "人工呼吸器を使用しており、自力で避難できない。");
        variables.put("supporter1Name", "祖父");
        variables.put("supporter1Relation", "家族");
        variables.put("supporter1Phone", "090-0000-0001");
        variables.put("supporter2Name", "民生委員");
        variables.put("supporter2Relation", "民生委員");
        variables.put("supporter2Phone", "090-0000-0002");
        variables.put("destination", "市内の病院");
        variables.put("route", "自宅から県道を経由して病院へ");
        variables.put("travelMinutes", 45);
        variables.put("transport", "自家用車（福祉車両）");
        variables.put("warningMethod", "市の防災メール、民生委員からの電話");
        variables.put("receivingHospital", "市内の病院");
        variables.put("device1Name", "人工呼吸器");
        variables.put("device1Watts", 80);
        variables.put("device1BatteryHours", "2.0");
        variables.put("powerPlan", "内部バッテリー → 外部バッテリー → 車からの給電 → 発電機（日常生活用具）");
        variables.put("medicinesAndSupplies", "吸引カテーテル、気管カニューレ予備、薬3日分");
        variables.put("safetyConfirmation", "コーディネーターが電話で確認");
        return variables;
    }
}

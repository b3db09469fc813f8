package jp.tsunagu.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.activity.ActivityForm;
import jp.tsunagu.activity.ParticipantRolesText;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.casework.MedicalCareItem;
import jp.tsunagu.casework.NewChildCase;
import jp.tsunagu.evacuation.EvacuationPlanProcessTest;
import jp.tsunagu.process.EngineTime;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.FlowDriver;

/**
 * Plays cases of the seed (青森県医療的ケア児等圏域アドバイザー活動事例集) through the flows as the
 * demo users would, each step on its own date (the engine's clock is moved, and the application's
 * clock follows it with {@link jp.tsunagu.support.EngineClock}). Nothing is inserted behind the
 * engine: every record comes from a completed task.
 *
 * <ul>
 * <li>{@link #STUDY_GROUP} 八戸: 「八戸の医ケアを考える会」 (R5.5月 13名, R5.7月 20名, R5.10月 10名), asked by a coordinator (階上町)</li>
 * <li>{@link #MUNICIPAL_COORDINATOR} 八戸: 市町村コーディネーターの配置 (R5.8月 4名, R5.10月 5名, R5.11月 9名), asked by 八戸市</li>
 * <li>{@link #ACCOMPANY} 上十三: 伴走支援 after a discharge (R5.7月 15名 and 7名, R5.9月 5名, R5.10月 7名), Bさん, 十和田市</li>
 * <li>{@link #SHIMOKITA} 下北: a child in hospital outside the region (R5.7月 5名, R5.8月 18名), asked by the center, Cさん, むつ市</li>
 * <li>{@link #EVACUATION} 津軽: individual evacuation plan (R5.3月 13名, R5.5月 9名, R5.11月 7名), Dさん, 弘前市, approved</li>
 * <li>{@link #WAITING} 津軽: a request of 2024-03-04 that no adviser has accepted (due 2024-03-07 11:00)</li>
 * </ul>
 * After {@link #play()} the engine's clock stands at {@link #NOW}, 2024-03-11 09:00.
 */
final class SeedCases {

    static final LocalDateTime NOW = LocalDateTime.of(2024, 3, 11, 9, 0);

    static final String STUDY_GROUP = "DSP-2023-0001";
    static final String MUNICIPAL_COORDINATOR = "DSP-2023-0004";
    static final String ACCOMPANY = "DSP-2023-0002";
    static final String SHIMOKITA = "DSP-2023-0003";
    static final String EVACUATION = "EVP-2023-0001";
    static final String WAITING = "DSP-2024-0001";

    static final String NOTE_WITH_QUOTES = "施設見学の前に、\"聞くべきポイント\"を整理した。\n対象児及び事業所双方に必要な情報を補足で確認した, 不明な点を整理した。";
    /** The name the plan draft carries ({@link EvacuationPlanProcessTest#draft}); reports never show it. */
    static final String CHILD_NAME_IN_PLAN = "津軽 花子";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ChildCases cases;
    private final TransactionTemplate transaction;
    private final FlowDriver driver;

    SeedCases(ProcessEngine engine, ChildCases cases, TransactionTemplate transaction) {
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.cases = cases;
        this.transaction = transaction;
        this.driver = new FlowDriver(engine);
    }

    /**
     * The support center publishes (掲載する) every played case that has activity records, in the
     * order of their first record, as it would on /reports/case-collection/edit.
     */
    static void publishAll(CollectionTexts texts) {
        for (String key : List.of(EVACUATION, STUDY_GROUP, ACCOMPANY, SHIMOKITA, MUNICIPAL_COORDINATOR)) {
            texts.save(new CollectionTexts.CaseTexts(key, true, null, null, null, List.of(), List.of()), "center",
                    java.time.Instant.now());
        }
    }

    void play() {
        evacuationPlanOfTsugaru();
        studyGroupOfHachinohe();
        accompanimentOfKamitosan();
        hospitalOutsideTheRegionOfShimokita();
        municipalCoordinatorOfHachinohe();
        requestNobodyAccepts();
        at(NOW);
    }

    private void evacuationPlanOfTsugaru() {
        at(LocalDateTime.of(2023, 3, 6, 10, 0));
        String child = child("Dさん", "022021", "coord.tsugaru");
        ProcessInstance plan = start("muni.022021", ProcessKeys.EVACUATION_PLAN, Map.of("caseId", child));

        at(LocalDateTime.of(2023, 3, 20, 15, 0));
        Map<String, Object> first = activity("2023-03-20", "CASE_MEETING", 13,
                "本人、家族、市町村、コーディネーター、小児在宅支援センター、圏域アドバイザー等",
                "個別避難計画作成に向けた本人の生活状況等の共有や避難先の選定等", null);
        first.put("dailyLife", "日中は自宅で過ごし、母が主に介護。夜間は人工呼吸器を使用。");
        first.put("device1Name", "人工呼吸器");
        first.put("device1Watts", 80);
        first.put("device1BatteryHours", 2);
        first.put("powerPlan", "内部バッテリー → 外部バッテリー → 車からの給電");
        first.put("candidateDestinations", "弘前大学医学部附属病院");
        complete("coord.tsugaru", plan, "UserTask_FirstMeeting", first);

        at(LocalDateTime.of(2023, 3, 22, 10, 0));
        complete("adviser.tsugaru", plan, "UserTask_RegionalInformation",
                Map.of("regionalInformation", "他市町村では発電機を日常生活用具として給付している。"));
        at(LocalDateTime.of(2023, 4, 20, 10, 0));
        complete("coord.tsugaru", plan, "UserTask_DraftPlan", EvacuationPlanProcessTest.draft(45, "2.0"));

        at(LocalDateTime.of(2023, 5, 25, 16, 0));
        Map<String, Object> second = activity("2023-05-25", "CASE_MEETING", 9,
                "家族、市町村、コーディネーター、支援センター、圏域アドバイザー等", "個別避難計画を作成し課題を整理",
                "停電時の自宅での電源確保について、他市町村で発電機を日常生活用具の項目に入れていることを情報提供した。");
        second.put("sendBackToDraft", false);
        complete("coord.tsugaru", plan, "UserTask_SecondMeeting", second);

        at(LocalDateTime.of(2023, 11, 16, 16, 0));
        complete("coord.tsugaru", plan, "UserTask_DestinationMeeting", activity("2023-11-16", "MEETING", 7,
                "本人、家族、市町村、コーディネーター、支援センター、病院スタッフ、圏域アドバイザー",
                "病院の環境や受け入れる際の対応方法の確認等", null));
        at(LocalDateTime.of(2023, 11, 20, 10, 0));
        complete("coord.tsugaru", plan, "UserTask_FamilyConsent", Map.of("consentGiven", true, "sharedWith", "民生委員、消防本部"));
        at(LocalDateTime.of(2023, 11, 30, 10, 0));
        complete("muni.022021", plan, "UserTask_Approve", Map.of("approvalDecision", "APPROVE"));
    }

    /** Accepted 24 hours after the request, closed after 165 days. */
    private void studyGroupOfHachinohe() {
        ProcessInstance request = request("coord.hachinohe", LocalDateTime.of(2023, 5, 8, 10, 0), "024465", "STUDY_GROUP",
                "八戸圏域の支援者による自主勉強会「八戸の医ケアを考える会」の企画・運営に、事務局員として加わってほしい。",
                "2023-05-20", null);
        triageAndAccept(request, "adviser.hachinohe", LocalDateTime.of(2023, 5, 9, 10, 0), "2023-05-20");
        visit(request, "adviser.hachinohe", "2023-05-20", activity("2023-05-20", "STUDY_GROUP", 13,
                "コーディネーター、市町村職員、訪問看護師、圏域アドバイザー", "R5第1回開催　社会資源を開拓しよう",
                "コーディネーターの技術向上のための場を設置したいことを伝え、市町村職員といっしょに学べる機会を創出した。"), true);
        visit(request, "adviser.hachinohe", "2023-07-15", activity("2023-07-15", "STUDY_GROUP", 20,
                "コーディネーター、薬剤師、市町村職員、圏域アドバイザー", "R5第2回開催　薬剤師から話を聞こう", null), true);
        visit(request, "adviser.hachinohe", "2023-10-14", activity("2023-10-14", "STUDY_GROUP", 10,
                "コーディネーター、市町村職員、圏域アドバイザー", "R5第3回開催　みんなで話し合おう",
                "勉強会参加者が、他地域で本勉強会の取組を説明するなど他地域へ波及できている。"), false);
        feedback(request, "coord.hachinohe", LocalDateTime.of(2023, 10, 20, 10, 0),
                "困ったことをピンポイントに学ぶ機会になっており、支援での方向性で悩むことがあった時には勉強会が解決の糸口になることが多くある。");
    }

    /** Accepted 30 hours after the request, closed after 114 days. */
    private void accompanimentOfKamitosan() {
        at(LocalDateTime.of(2023, 7, 3, 8, 0));
        String child = child("Bさん", "022063", "coord.kamitosan");
        ProcessInstance request = request("coord.kamitosan", LocalDateTime.of(2023, 7, 3, 9, 0), "022063", "ACCOMPANY",
                "市町村で配置されたコーディネーターに伴走し、在宅移行と福祉サービス利用に向けて後方支援してほしい。",
                "2023-07-05", child);
        triageAndAccept(request, "adviser.kamitosan", LocalDateTime.of(2023, 7, 4, 15, 0), "2023-07-05");
        visit(request, "adviser.kamitosan", "2023-07-05", activity("2023-07-05", "DISCHARGE_CONFERENCE", 15,
                "本人、家族、医療機関、市町村、支援センター、圏域アドバイザー等",
                "医療機関からの情報を参加者と共有し、市町村コーディネーターの選定に助言",
                "自治体との協議によりコーディネーターの選定から関わった。"), true);
        Map<String, Object> home = activity("2023-07-20", "ACCOMPANIED_VISIT", 7,
                "本人、母親、祖父母、市町村コーディネーター、圏域アドバイザー等", "コーディネーターの初回自宅訪問に同行、生活状況と今後の意向確認", null);
        home.put("moreVisitsReason", "利用サービスの情報提供のため、もう一度同行する。");
        visit(request, "adviser.kamitosan", "2023-07-20", home, true);
        Map<String, Object> second = activity("2023-09-12", "ACCOMPANIED_VISIT", 5,
                "市町村コーディネーター、圏域アドバイザー等", "現況確認及び利用サービス等について情報提供", NOTE_WITH_QUOTES);
        second.put("moreVisitsReason", "事業所見学に同行し、聞くべきポイントを伝える。");
        visit(request, "adviser.kamitosan", "2023-09-12", second, true);
        visit(request, "adviser.kamitosan", "2023-10-18", activity("2023-10-18", "PROVIDER_VISIT", 7,
                "市町村コーディネーター、圏域アドバイザー等", "サービス提供事業所等の資源状況等の確認", null), false);
        feedback(request, "coord.kamitosan", LocalDateTime.of(2023, 10, 25, 9, 0),
                "初めてのコーディネーター活動で何からやっていいのか分からなかったが、圏域アドバイザーと事前に情報を整理できたことで一歩踏み出す事ができた。");
    }

    /** Accepted 72 hours after the request, closed after 51 days. */
    private void hospitalOutsideTheRegionOfShimokita() {
        at(LocalDateTime.of(2023, 7, 10, 8, 0));
        String child = child("Cさん", "022080", null);
        ProcessInstance request = request("center", LocalDateTime.of(2023, 7, 10, 9, 0), "022080", "DISCHARGE",
                "津軽圏域に入院中で八戸圏域の施設に入所予定の児童について、居住地の下北圏域で支援体制をつくりたい。",
                "2023-07-14", child);
        triageAndAccept(request, "adviser.shimokita", LocalDateTime.of(2023, 7, 13, 9, 0), "2023-07-14");
        visit(request, "adviser.shimokita", "2023-07-14", activity("2023-07-14", "MEETING", 5,
                "市町村、支援センター、圏域アドバイザー", "退院後の対応及び役割分担の整理",
                "定期的な訪問や電話により、市町村担当保健師や福祉担当者と情報共有を図っている。"), true);
        // 「入所前にはオンラインで関係者会議を実施し」 (the center's voice)
        Map<String, Object> online = activity("2023-08-22", "CASE_MEETING", 18,
                "市町村、入院中病院、入所予定施設、支援センター、退院後通院予定病院、圏域アドバイザー",
                "入院中児童の転院前カンファレンス", null);
        online.put("activityOnline", true);
        visit(request, "adviser.shimokita", "2023-08-22", online, false);
        feedback(request, "center", LocalDateTime.of(2023, 8, 30, 9, 0),
                "入所前にはオンラインで関係者会議を実施し、地域と遠方の医療機関との情報共有が実現しました。");
    }

    /** Accepted 48 hours after the request, closed after 119 days. */
    private void municipalCoordinatorOfHachinohe() {
        ProcessInstance request = request("muni.022039", LocalDateTime.of(2023, 7, 24, 10, 0), "022039",
                "MUNICIPAL_COORDINATOR", "市町村でコーディネーターを新たに配置するにあたり、業務内容や連携について助言してほしい。",
                "2023-08-07", null);
        triageAndAccept(request, "adviser.hachinohe", LocalDateTime.of(2023, 7, 26, 10, 0), "2023-08-07");
        visit(request, "adviser.hachinohe", "2023-08-07", activity("2023-08-07", "MEETING", 4, "市町村、圏域アドバイザー",
                "市町村でコーディネーターを配置する際の業務内容等について検討",
                "各課・専門職の課題を共通認識できるように庁内の関連課と打ち合わせの場を設定した。"), true);
        visit(request, "adviser.hachinohe", "2023-10-10", activity("2023-10-10", "MEETING", 5, "市町村、圏域アドバイザー",
                "市町村コーディネーターとの連携方法について検討", null), true);
        visit(request, "adviser.hachinohe", "2023-11-15", activity("2023-11-15", "MEETING", 9,
                "市町村、市町村コーディネーター、圏域アドバイザー", "市町村に配置されたコーディネーターとの連携について検討",
                "自治体の現状と課題を共有し、課題解決に向けての庁内連携をどのように行っていくのかを検討した。"), false);
        feedback(request, "muni.022039", LocalDateTime.of(2023, 11, 20, 10, 0),
                "市町村担当者では気付かない専門的な視点からのアドバイスをいただき、確認しながら業務を進めることができました。");
    }

    /** Triaged on Monday 2024-03-04 11:00: the 津軽 adviser's acceptance is due Thursday 11:00. */
    private void requestNobodyAccepts() {
        ProcessInstance request = request("muni.022021", LocalDateTime.of(2024, 3, 4, 10, 0), "022021", "CASE_MEETING",
                "就学に向けたケース会議に同席してほしい。", "2024-03-15", null);
        at(LocalDateTime.of(2024, 3, 4, 11, 0));
        complete("center", request, "UserTask_Triage", Map.of("triageDecision", "ADVISER"));
    }

    // --- steps --------------------------------------------------------------------------------

    private ProcessInstance request(String user, LocalDateTime when, String municipality, String kind, String detail,
            String wishedDate, String caseId) {
        at(when);
        Map<String, Object> variables = new HashMap<>(Map.of("municipalityCode", municipality, "requestKind", kind,
                "requestDetail", detail, "wishedDate", wishedDate));
        if (caseId != null) {
            variables.put("caseId", caseId);
        }
        return start(user, ProcessKeys.ADVISER_DISPATCH, variables);
    }

    private void triageAndAccept(ProcessInstance request, String adviser, LocalDateTime acceptedAt, String scheduled) {
        at(EngineTime.now().toLocalDateTime().plusHours(1));
        complete("center", request, "UserTask_Triage", Map.of("triageDecision", "ADVISER"));
        at(acceptedAt);
        complete(adviser, request, "UserTask_AdviserAcceptance", Map.of("acceptDecision", "ACCEPT", "scheduledDate", scheduled));
    }

    private void visit(ProcessInstance request, String adviser, String date, Map<String, Object> activity, boolean more) {
        at(LocalDate.parse(date).atTime(17, 0));
        activity.put("moreVisits", more);
        complete(adviser, request, "UserTask_RecordActivity", activity);
    }

    private void feedback(ProcessInstance request, String requester, LocalDateTime when, String voice) {
        at(when);
        complete(requester, request, "UserTask_Feedback", Map.of("feedbackRating", 5, "feedbackComment", voice));
    }

    private ProcessInstance start(String user, String processKey, Map<String, Object> variables) {
        return driver.as(user, () -> runtime.startProcessInstanceByKey(processKey, new HashMap<>(variables)));
    }

    private void complete(String user, ProcessInstance instance, String activityId, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).singleResult();
        if (task == null) {
            throw new IllegalStateException(instance.getBusinessKey() + " is not waiting at " + activityId);
        }
        driver.complete(user, task, new HashMap<>(variables));
    }

    private String child(String label, String municipality, String coordinator) {
        return transaction.execute(status -> {
            ChildCase child = cases.open(new NewChildCase(label, YearMonth.of(2018, 9), municipality,
                    Set.of(MedicalCareItem.VENTILATOR, MedicalCareItem.SUCTION), 30));
            if (coordinator != null) {
                cases.assignCoordinator(child.getId(), coordinator);
            }
            return child.getId();
        });
    }

    static Map<String, Object> activity(String date, String kind, int count, String roles, String content, String notes) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("activityDate", date);
        variables.put("activityKind", kind);
        variables.put("participantRoles", roles);
        // the counts by kind as a person reads them off the seed's table (the same reading as V46)
        ParticipantRolesText.split(roles, count, false).forEach(participants ->
                variables.put(ActivityForm.PARTICIPANTS_PREFIX + participants.kindCode(), participants.count()));
        variables.put("activityContent", content);
        if (notes != null) {
            variables.put("adviserNotes", notes);
        }
        return variables;
    }

    static void at(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(EngineTime.JAPAN).toInstant()));
    }
}

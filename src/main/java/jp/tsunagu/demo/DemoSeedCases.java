package jp.tsunagu.demo;

import static jp.tsunagu.demo.DemoSteps.activity;
import static jp.tsunagu.demo.DemoSteps.at;
import static jp.tsunagu.demo.DemoSteps.many;
import static jp.tsunagu.demo.DemoSteps.with;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.tsunagu.discharge.DischargeVariables;
import jp.tsunagu.process.EngineTime;
import jp.tsunagu.process.ProcessKeys;

/**
 * The ten cases of the seed (青森県医療的ケア児等圏域アドバイザー活動事例集), played through the
 * flows by the demo's people on the seed's months: every row of the seed's 経過 tables becomes the
 * activity record a completed task writes. The seed's kind of a row, where it is more than one of
 * our kinds (「当事者を交えたケース会議」), leads the record's content. Children carry labels only
 * (A児 …); the people are the demo accounts.
 *
 * <ol>
 * <li>青森: 伴走支援 of a new coordinator — a dispatch request (ACCOMPANY) by the coordinator</li>
 * <li>青森: 「TEAMつなぐ」 — a regional activity, three study-group meetings</li>
 * <li>津軽: a discharge, the coordinator changes, the after-school service resumes</li>
 * <li>津軽: an individual evacuation plan, approved</li>
 * <li>八戸: a municipality places its own coordinator — a dispatch request (MUNICIPAL_COORDINATOR)</li>
 * <li>八戸: 「八戸の医ケアを考える会」 — a regional activity, eight meetings, the last one 「多数」</li>
 * <li>西北五: case meetings before school — a dispatch request (CASE_MEETING)</li>
 * <li>上十三: a discharge, the coordinator selected at the conference, a planned move, three visits</li>
 * <li>上十三: 支援体制検討会議 and コーディネーター会議 — a regional activity</li>
 * <li>下北: a child in hospital in 津軽 entering a facility in 八戸 — a discharge, both regions informed</li>
 * </ol>
 */
final class DemoSeedCases {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeedCases.class);

    private final DemoSteps steps;

    DemoSeedCases(DemoSteps steps) {
        this.steps = steps;
    }

    /** Plays all ten; answers the business key of each by the seed's number (1–10). */
    Map<Integer, String> play() {
        Map<Integer, String> keys = new LinkedHashMap<>();
        played(keys, 6, this::studyGroupOfHachinohe);
        played(keys, 3, this::dischargeOfTsugaru);
        played(keys, 1, this::accompanimentOfAomori);
        played(keys, 4, this::evacuationPlanOfTsugaru);
        played(keys, 2, this::teamTsunaguOfAomori);
        played(keys, 7, this::caseMeetingsOfSeihokugo);
        played(keys, 8, this::dischargeOfKamitosan);
        played(keys, 10, this::dischargeOfShimokita);
        played(keys, 5, this::municipalCoordinatorOfHachinohe);
        played(keys, 9, this::coordinatorMeetingOfKamitosan);
        return keys;
    }

    private static void played(Map<Integer, String> keys, int seedCase, Supplier<String> play) {
        long started = System.nanoTime();
        String key = play.get();
        keys.put(seedCase, key);
        LOG.debug("Demo data: the seed's case {} played as {} in {} ms", seedCase, key, (System.nanoTime() - started) / 1_000_000);
    }

    // --- 1 青森 -------------------------------------------------------------------------------

    private String accompanimentOfAomori() {
        at(LocalDateTime.of(2023, 2, 6, 9, 0));
        String child = steps.child("A児", "022012", "coord.aomori");
        ProcessInstance request = request("coord.aomori", LocalDateTime.of(2023, 2, 6, 10, 0), "022012", "ACCOMPANY",
                "初めて医療的ケア児のケースを受け持ちます。アセスメントや計画の作成方法について伴走してほしい。", "2023-02-15", child);
        triageAndAccept(request, "adviser.aomori", LocalDateTime.of(2023, 2, 7, 10, 0), "2023-02-15");
        visit(request, "adviser.aomori", "2023-02-15", activity("2023-02-15", "INTERVIEW", 5,
                "本人、母、祖母、コーディネーター、圏域アドバイザー", "新規のコーディネーターとご家族との初顔合わせ",
                "初回の訪問で圏域アドバイザーとコーディネーターの関係性を保護者に説明し、理解を得るように努めた。"), true);
        visit(request, "adviser.aomori", "2023-03-08", with(activity("2023-03-08", "INTERVIEW", 5,
                "本人、母、小児在宅支援センター、コーディネーター、圏域アドバイザー", "児童発達支援利用に向けたアセスメントの実施", null),
                "moreVisitsReason", "アセスメントを行うための情報収集のポイントを、コーディネーターと打合せで確認する。"), true);
        visit(request, "adviser.aomori", "2023-03-22", activity("2023-03-22", "MEETING", 2, "コーディネーター、圏域アドバイザー",
                "アセスメントを行うための情報収集のポイント、アセスメントのコツ",
                "コーディネーターが支援の主体であり、圏域アドバイザーは後方支援であるという役割を意識した。"), false);
        feedback(request, "coord.aomori", LocalDateTime.of(2023, 3, 29, 10, 0),
                "初めて医療的ケア児(A児)を支援しました。相談支援専門員としても半人前で不安だらけでしたが、初回の面談から圏域アドバイザーの同席により、"
                        + "ご家族や私を安心させてくれました。圏域アドバイザーの「いつでもバックアップするよ」の声がけに救われました。"
                        + "ケア会議前には、会議の進め方についてアドバイスをいただき、無事にA児は児童発達支援事業所への通所を開始することができ、"
                        + "現在も通所を続けています。\n「私には圏域アドバイザーという相談先がある」という安心感を得られてから、A児やご家族と会う度に"
                        + "見えてくる変化をキャッチできるようになりました。");
        return request.getBusinessKey();
    }

    // --- 2 青森 -------------------------------------------------------------------------------

    private String teamTsunaguOfAomori() {
        at(LocalDateTime.of(2023, 4, 3, 9, 0));
        ProcessInstance activity = steps.start("adviser.aomori", ProcessKeys.REGIONAL_ACTIVITY,
                Map.of("region", "aomori", "activityTheme", "青森圏域勉強会「TEAMつなぐ」の企画・運営"));
        plan(activity, "adviser.aomori", "STUDY_GROUP", "2023-04-21", "2023-07-22\n2023-10-21", "青森市内の会場",
                "青森地区医療的ケア児等コーディネーター協会「TEAMつなぐ」", 60,
                "第1回から県の担当者も参加します。医師の参加に向けた調整は支援センターも協力します。");
        meeting(activity, "adviser.aomori", activity("2023-04-21", null, 29,
                "青森圏域内コーディネーター養成研修修了者、青森圏域行政、小児在宅支援センター、県、圏域アドバイザー",
                "青森圏域医療的ケア児等支援勉強会の開催：圏域アドバイザーの概要、取組内容等について圏域アドバイザーから説明。「TEAMつなぐ」の発足を説明",
                "研修会開催場所の使用許可等を市町村と調整した。"), null);
        meeting(activity, "adviser.aomori", activity("2023-07-22", null, 61, "医療的ケア児支援に関わる職種問わず",
                "第1回「TEAMつなぐ」勉強会の開催：障害福祉・医療サービスのいろはの「い」として、訪問看護、相談支援事業所、保育所、"
                        + "児童発達支援、放課後等デイサービス、居宅介護、医療などの基本を改めて学ぶ機会を提供",
                "多職種からなる研修検討部会を設置し、研修内容を整理する体制をつくった。"), null);
        meeting(activity, "adviser.aomori", activity("2023-10-21", null, 68, "医療的ケア児支援に関わる職種問わず",
                "第2回「TEAMつなぐ」勉強会の開催：医療的ケア児の家族からの事例提供及びその児童の将来についてグループワーク", null),
                "相談支援専門員（コーディネーター）：「TEAMつなぐ」の事務局となり、訪問看護師や医療従事者とのつながりができ、医療面、福祉面"
                        + "各々からのケースの見立てを共有することができるようになったことで、今後の支援の広がりや可能性を実感することが出来ました。"
                        + "圏域アドバイザーは一言で言うと「行動力の化身」です。");
        return activity.getBusinessKey();
    }

    // --- 3 津軽 -------------------------------------------------------------------------------

    private String dischargeOfTsugaru() {
        at(LocalDateTime.of(2022, 11, 25, 10, 0));
        ProcessInstance discharge = steps.start("center", ProcessKeys.DISCHARGE_TRANSITION,
                dischargeStart("023621", "C児", "2006-05", LocalDate.of(2022, 12, 26), "tsugaru", "津軽圏域の病院"));
        at(LocalDateTime.of(2022, 11, 28, 10, 0));
        steps.complete("muni.023621", discharge, "UserTask_ConfirmMunicipality",
                Map.of("residenceConfirmed", true, "municipalContact", "大鰐町 福祉担当"));
        at(LocalDateTime.of(2022, 12, 1, 10, 0));
        steps.complete("adviser.tsugaru", discharge, "UserTask_AdviserSelectsCoordinator", Map.of("selectionOutcome", "SELECTED",
                "coordinatorUserId", "coord.tsugaru", "previousCoordinatorUserId", "coord.aomori", "reason_SAME_GENDER", true,
                "reason_EXPERIENCE", true, "reason_NEAR_HOME", true, "municipalityConsulted", "大鰐町 福祉担当",
                "coordinatorAdvice", "成人に近い年齢で卒業後も見据え、同性で成人の身体介護や相談の経験が長い相談支援専門員。"
                        + "住所地に事業所がなく、緊急時にすぐ訪問できる自宅に近い事業所。"));
        at(LocalDateTime.of(2022, 12, 2, 10, 0));
        steps.complete("muni.023621", discharge, "UserTask_MunicipalityAgreesSelection", Map.of("municipalAgreement", "AGREED"));
        at(LocalDateTime.of(2022, 12, 5, 10, 0));
        for (Task handOver : steps.open(discharge, "UserTask_HandOver")) {
            steps.complete(handOver.getAssignee(), handOver, Map.of());
        }
        scheduleConference(discharge, "coord.tsugaru", "2022-12-15", "病院 会議室");
        at(LocalDateTime.of(2022, 12, 15, 17, 0));
        steps.complete("coord.tsugaru", discharge, "UserTask_DischargeConference", activity("2022-12-15", "CASE_MEETING", 9,
                "本人、家族、コーディネーター、圏域アドバイザー等", "本人を交えたケース会議：在宅移行に伴う地域資源の活用及び相談支援事業所の変更",
                "前任のコーディネーター、新任のコーディネーターと家族のつなぎ役として、スムーズに移行できるよう支援した。"));
        at(LocalDateTime.of(2023, 1, 10, 17, 0));
        steps.complete("coord.tsugaru", discharge, "UserTask_FirstHomeVisit", with(activity("2023-01-10", "INTERVIEW", 5,
                "本人、母、コーディネーター（前任・新任）、圏域アドバイザー", "本人・家族と面談：児童福祉サービスの利用意向の確認", null),
                "service_AFTER_SCHOOL", true));
        at(LocalDateTime.of(2023, 1, 20, 10, 0));
        steps.complete("coord.tsugaru", discharge, "UserTask_ArrangeService", Map.of("provider", "放課後等デイサービス事業所",
                "serviceStartDate", "2023-01-25", "providerVisited", true, "serviceNote", "入院を機に中断していた利用の再開"));
        at(LocalDateTime.of(2023, 1, 25, 17, 0));
        steps.complete("adviser.tsugaru", discharge, "UserTask_AfterDischargeVisit", afterVisit("SERVICE_RESTART", "END",
                activity("2023-01-25", null, 8,
                        "本人、母、コーディネーター、圏域アドバイザー、放課後等デイサービス事業所職員、支援センター等",
                        "放課後等デイサービスの利用再開支援：入院を機に中断していた放課後等デイサービス利用再開のための、環境面や手技の確認",
                        "同行訪問は２～３回のみとし、それ以降はコーディネーター単独で支援している。")));
        return discharge.getBusinessKey();
    }

    // --- 4 津軽 -------------------------------------------------------------------------------

    private String evacuationPlanOfTsugaru() {
        at(LocalDateTime.of(2023, 3, 6, 10, 0));
        String child = steps.child("D児", "022021", "coord.tsugaru");
        ProcessInstance plan = steps.start("muni.022021", ProcessKeys.EVACUATION_PLAN,
                Map.of("caseId", child, "municipalityCode", "022021"));
        at(LocalDateTime.of(2023, 3, 20, 17, 0));
        steps.complete("coord.tsugaru", plan, "UserTask_FirstMeeting", with(activity("2023-03-20", "CASE_MEETING", 13,
                "本人、家族、市町村、コーディネーター、小児在宅支援センター、圏域アドバイザー等",
                "当事者を交えたケース会議：個別避難計画作成に向けた本人の生活状況等の共有や避難先の選定等", null),
                "dailyLife", "日中は自宅で過ごし、母が主に介護。夜間は人工呼吸器を使用。", "device1Name", "人工呼吸器",
                "device1Watts", 80, "device1BatteryHours", 2, "powerPlan", "内部バッテリー → 外部バッテリー → 車からの給電",
                "candidateDestinations", "市内の病院"));
        at(LocalDateTime.of(2023, 3, 22, 10, 0));
        steps.complete("adviser.tsugaru", plan, "UserTask_RegionalInformation", Map.of("regionalInformation",
                "停電時の自宅での電源確保について、他市町村で発電機を日常生活自立支援用具の項目に入れていること、検討しているところがある。"));
        at(LocalDateTime.of(2023, 4, 20, 10, 0));
        steps.complete("coord.tsugaru", plan, "UserTask_DraftPlan", DemoOpenWork.planDraft("D児", "弘前市"));
        at(LocalDateTime.of(2023, 5, 25, 17, 0));
        steps.complete("coord.tsugaru", plan, "UserTask_SecondMeeting", with(activity("2023-05-25", "CASE_MEETING", 9,
                "家族、市町村、コーディネーター、支援センター、圏域アドバイザー等", "当事者を交えたケース会議：個別避難計画を作成し課題を整理",
                "コーディネーターには会議設定の調整方法について助言した。"), "sendBackToDraft", false));
        at(LocalDateTime.of(2023, 11, 16, 17, 0));
        steps.complete("coord.tsugaru", plan, "UserTask_DestinationMeeting", activity("2023-11-16", "MEETING", 7,
                "本人、家族、市町村、コーディネーター、支援センター、病院スタッフ、圏域アドバイザー",
                "避難先となる病院での顔合わせ会議：病院の環境や受け入れる際の対応方法の確認等", null));
        at(LocalDateTime.of(2023, 11, 20, 10, 0));
        steps.complete("coord.tsugaru", plan, "UserTask_FamilyConsent", Map.of("consentGiven", true, "sharedWith", "民生委員、消防本部"));
        at(LocalDateTime.of(2023, 11, 30, 10, 0));
        steps.complete("muni.022021", plan, "UserTask_Approve", Map.of("approvalDecision", "APPROVE"));
        return plan.getBusinessKey();
    }

    // --- 5 八戸 -------------------------------------------------------------------------------

    private String municipalCoordinatorOfHachinohe() {
        ProcessInstance request = request("muni.022039", LocalDateTime.of(2023, 7, 24, 10, 0), "022039", "MUNICIPAL_COORDINATOR",
                "市町村でコーディネーターを新たに配置するにあたり、業務内容や連携について助言してほしい。", "2023-08-07", null);
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
                "今年度、コーディネーターを新たに配置するにあたり、これまでに3度、圏域アドバイザー派遣を依頼しました。"
                        + "市町村担当者では気付かない専門的な視点からのアドバイスをいただき、確認しながら業務を進めることができました。"
                        + "今後も、関係機関と連携しながら事業を円滑に実施していくための助言等をお願いしたいです。");
        return request.getBusinessKey();
    }

    // --- 6 八戸 -------------------------------------------------------------------------------

    private String studyGroupOfHachinohe() {
        at(LocalDateTime.of(2022, 8, 22, 9, 0));
        ProcessInstance activity = steps.start("adviser.hachinohe", ProcessKeys.REGIONAL_ACTIVITY,
                Map.of("region", "hachinohe", "activityTheme", "八戸圏域勉強会「八戸の医ケアを考える会」の企画・運営"));
        plan(activity, "adviser.hachinohe", "STUDY_GROUP", "2022-09-17",
                "2022-10-15\n2022-12-10\n2023-02-18\n2023-05-20\n2023-07-15\n2023-10-14\n2023-11-18", "八戸市内の会場",
                "八戸市医ケアを考える会、県重症心身障害児を守る会（パネル展・交流会）", 20,
                "市町村職員も参加できるよう、支援センターから各市町村に案内します。");
        String roles = "相談支援専門員、市町村職員、訪問看護師、圏域アドバイザー等";
        meeting(activity, "adviser.hachinohe", activity("2022-09-17", null, 11, roles, "R4第1回開催：短期入所に関する情報交換",
                "コーディネーターの技術向上のための場を設置したいことを伝え、市町村職員といっしょに学べる機会を創出した。"), null);
        meeting(activity, "adviser.hachinohe", activity("2022-10-15", null, 16, roles, "R4第2回開催：事例検討（将来を考えよう）", null), null);
        meeting(activity, "adviser.hachinohe", activity("2022-12-10", null, 21, roles, "R4第3回開催：就労について考えよう", null), null);
        meeting(activity, "adviser.hachinohe", activity("2023-02-18", null, 31, roles, "R4第4回開催：今さら聞けないことを聞く", null), null);
        meeting(activity, "adviser.hachinohe", activity("2023-05-20", null, 13, roles, "R5第1回開催：社会資源を開拓しよう", null), null);
        meeting(activity, "adviser.hachinohe", activity("2023-07-15", null, 20, roles, "R5第2回開催：薬剤師から話を聞こう", null), null);
        meeting(activity, "adviser.hachinohe", activity("2023-10-14", null, 10, roles, "R5第3回開催：みんなで話し合おう",
                "勉強会参加者が、他地域で本勉強会の取組を説明するなど他地域へ波及できている。"),
                "相談支援専門員（コーディネーター）：困ったことをピンポイントに学ぶ機会になっており、支援での方向性で悩むことがあった時には"
                        + "勉強会が解決の糸口になることが多くあるなど、大変有意義な場になっている。");
        meeting(activity, "adviser.hachinohe", many("2023-11-18", "当事者、家族、支援者、圏域アドバイザー",
                "医療的ケア児（者）パネル展・交流会（県重症心身障害児を守る会共催）：出張プラネタリウム上映・遊びの場設置・視線入力・"
                        + "家族交流会・当事者の講演"), null);
        return activity.getBusinessKey();
    }

    // --- 7 西北五 -----------------------------------------------------------------------------

    private String caseMeetingsOfSeihokugo() {
        at(LocalDateTime.of(2023, 5, 8, 9, 0));
        String child = steps.child("G児", "022055", "coord.seihokugo");
        ProcessInstance request = request("coord.seihokugo", LocalDateTime.of(2023, 5, 8, 10, 0), "022055", "CASE_MEETING",
                "就学を控えた年中の医療的ケア児について、普通学校での受入を視野に入れたケース会議に同席してほしい。", "2023-05-24", child);
        triageAndAccept(request, "adviser.aomori", LocalDateTime.of(2023, 5, 9, 15, 0), "2023-05-24");
        visit(request, "adviser.aomori", "2023-05-24", activity("2023-05-24", "CASE_MEETING", 12, "市町村、支援センター、圏域アドバイザー",
                "西北五圏域の医療的ケア児等の把握と今後の圏域での動きについて確認",
                "福祉課と教育委員会での市立小学校入学に向けた調整を行った。"), true);
        visit(request, "adviser.aomori", "2023-09-13", activity("2023-09-13", "CASE_MEETING", 7,
                "市町村、コーディネーター、圏域アドバイザー", "今後のケース会議開催の目安や確認事項の整理",
                "次回会議開催時の保護者の出席連絡等をコーディネーターが行うよう助言した。"), false);
        feedback(request, "coord.seihokugo", LocalDateTime.of(2023, 9, 20, 10, 0),
                "圏域アドバイザーが会議に参加することで、県の動きや県内の情報を市町村と共有することができました。"
                        + "また、支援センターの医師との連携により、対象児の将来像も見え、具体的な支援について話し合うことができました。"
                        + "1回の会議で市町村内の障害福祉担当者と教育担当者の意見を聞くこともでき、大きな収穫となりました。");
        return request.getBusinessKey();
    }

    // --- 8 上十三 -----------------------------------------------------------------------------

    private String dischargeOfKamitosan() {
        at(LocalDateTime.of(2023, 6, 20, 10, 0));
        ProcessInstance discharge = steps.start("center", ProcessKeys.DISCHARGE_TRANSITION,
                dischargeStart("022063", "H児", "2022-09", LocalDate.of(2023, 7, 31), "kamitosan", "上十三圏域の病院"));
        at(LocalDateTime.of(2023, 6, 22, 10, 0));
        steps.complete("muni.022063", discharge, "UserTask_ConfirmMunicipality", Map.of("residenceConfirmed", true,
                "municipalContact", "十和田市 医療的ケア児支援担当", "municipalityPlacesCoordinator", true));
        at(LocalDateTime.of(2023, 6, 28, 10, 0));
        steps.complete("adviser.kamitosan", discharge, "UserTask_AdviserSelectsCoordinator", Map.of("selectionOutcome", "SELECTED",
                "coordinatorUserId", "coord.kamitosan", "reason_SPREAD_EXPERIENCE", true, "reason_MUNICIPAL_COORDINATOR", true,
                "selectedAtConference", true, "municipalityConsulted", "十和田市 医療的ケア児支援担当",
                "coordinatorAdvice", "自治体との協議によりコーディネーターの選定から関わった。"));
        steps.complete("muni.022063", discharge, "UserTask_MunicipalityAgreesSelection", Map.of("municipalAgreement", "AGREED"));
        scheduleConference(discharge, "coord.kamitosan", "2023-07-10", "病院 会議室");
        at(LocalDateTime.of(2023, 7, 10, 17, 0));
        steps.complete("coord.kamitosan", discharge, "UserTask_DischargeConference", activity("2023-07-10", "DISCHARGE_CONFERENCE", 15,
                "本人、家族、医療機関、市町村、支援センター、圏域アドバイザー等",
                "退院時カンファレンスへの参加及び地域移行後の相談体制整備：医療機関からの情報を参加者と共有し、市町村コーディネーターの選定に助言",
                "初めての医療的ケア児支援への不安をコーディネーターが払拭できるよう、事前の情報提供と今後の方向性についての打ち合わせを行った。"));
        at(LocalDateTime.of(2023, 7, 12, 10, 0));
        steps.message("center", discharge, DischargeVariables.MOVE_PLANNED_MESSAGE,
                Map.of("plannedMunicipalityCode", "024058", "plannedMoveDate", "2023-11-01"));
        steps.complete("muni.022063", discharge, "UserTask_PrepareMoveCurrent", Map.of("preparationNote", "転居予定先へ情報提供"));
        steps.complete("muni.024058", discharge, "UserTask_PrepareMoveFuture",
                Map.of("preparationNote", "保育所の選定、児童発達支援事業所の受入れ体制の確認"));
        // the seed says R5.7月; a home visit comes after the discharge (7/31), never before it
        at(LocalDateTime.of(2023, 7, 31, 17, 0));
        steps.complete("coord.kamitosan", discharge, "UserTask_FirstHomeVisit", with(activity("2023-07-31", "ACCOMPANIED_VISIT", 7,
                "本人、母親、祖父母、市町村コーディネーター、圏域アドバイザー等",
                "自宅訪問：コーディネーターの初回自宅訪問に同行、生活状況と今後の意向確認", null), "service_CHILD_DEVELOPMENT", true));
        at(LocalDateTime.of(2023, 8, 1, 10, 0));
        steps.complete("coord.kamitosan", discharge, "UserTask_ArrangeService",
                Map.of("provider", "児童発達支援事業所", "providerVisited", true));
        at(LocalDateTime.of(2023, 9, 15, 17, 0));
        steps.complete("adviser.kamitosan", discharge, "UserTask_AfterDischargeVisit", afterVisit("HOME_VISIT", "CONTINUE",
                activity("2023-09-15", null, 5, "市町村コーディネーター、圏域アドバイザー等",
                        "現況確認及び利用サービス等について情報提供", null)));
        at(LocalDateTime.of(2023, 10, 15, 17, 0));
        steps.complete("adviser.kamitosan", discharge, "UserTask_AfterDischargeVisit", afterVisit("PROVIDER_VISIT", "END",
                activity("2023-10-15", null, 7, "市町村コーディネーター、圏域アドバイザー等",
                        "児童発達支援事業所及び保育園等訪問：サービス提供事業所等の資源状況等の確認",
                        "施設見学時、対象児及び事業所双方に必要な情報について補足で確認する等、不明な点の整理を行った。")));
        return discharge.getBusinessKey();
    }

    // --- 9 上十三 -----------------------------------------------------------------------------

    private String coordinatorMeetingOfKamitosan() {
        at(LocalDateTime.of(2023, 10, 2, 9, 0));
        ProcessInstance activity = steps.start("adviser.kamitosan", ProcessKeys.REGIONAL_ACTIVITY,
                Map.of("region", "kamitosan", "activityTheme", "上十三地域コーディネーター会議の企画・運営"));
        plan(activity, "adviser.kamitosan", "COORDINATOR_MEETING", "2023-11-08", "2023-11-29", "十和田市内の会場",
                "上十三地域支援体制検討会議", 40, "事例検討のケースの選定に支援センターも協力します。");
        meeting(activity, "adviser.kamitosan", activity("2023-11-08", null, 24, "委員、オブザーバー、市町村担当者",
                "支援体制検討会議：上十三圏域の各自治体の状況報告",
                "障害福祉サービス等利用における「医療的ケア判定スコア」の取り扱いを圏域として統一するかどうか検討した。"), null);
        meeting(activity, "adviser.kamitosan", activity("2023-11-29", null, 41,
                "圏域内コーディネーター、検討会議委員、市町村担当者、オブザーバー、圏域アドバイザー", "コーディネーター会議：圏域内の事例検討会他",
                "上十三圏域で様々な課題のあるケース3件を選定し、医療・福祉・行政等各分野の参加者から意見・情報を共有した。"),
                "相談支援専門員：地域の多職種が一同に集まり、様々な情報や対応策などを検討できて勉強になった。\n"
                        + "訪問看護師：初めて多職種が集まる機会となり地域のコーディネーターとも顔見知りになる事で、繋がりを持つことができて良かった。");
        return activity.getBusinessKey();
    }

    // --- 10 下北 ------------------------------------------------------------------------------

    private String dischargeOfShimokita() {
        at(LocalDateTime.of(2023, 7, 3, 10, 0));
        Map<String, Object> start = dischargeStart("022080", "J児", "2019-02", LocalDate.of(2023, 8, 31), "tsugaru", "津軽圏域の病院");
        start.put("destination", "FACILITY");
        start.put("facilityName", "医療型障害児入所施設（八戸市）");
        start.put("facilityMunicipalityCode", "022039");
        start.put("temporaryStayGoal", true);
        ProcessInstance discharge = steps.start("center", ProcessKeys.DISCHARGE_TRANSITION, start);
        at(LocalDateTime.of(2023, 7, 5, 10, 0));
        steps.complete("muni.022080", discharge, "UserTask_ConfirmMunicipality",
                Map.of("residenceConfirmed", true, "municipalContact", "むつ市 保健師（家族の身近な相談相手）"));
        for (Task informed : steps.open(discharge, "UserTask_InformRegion")) {
            steps.complete("adviser." + regionOf(informed), informed, Map.of());
        }
        at(LocalDateTime.of(2023, 7, 20, 17, 0));
        steps.complete("adviser.shimokita", discharge, "UserTask_AdviserSelectsCoordinator", with(activity("2023-07-20", "MEETING", 5,
                "市町村、支援センター、圏域アドバイザー", "関係者打合せ：退院後の対応及び役割分担の整理",
                "定期的な訪問や電話により、市町村担当保健師や福祉担当者と情報共有を図っている。"),
                "selectionOutcome", "NONE_AVAILABLE", "municipalityConsulted", "むつ市 保健師"));
        steps.complete("muni.022080", discharge, "UserTask_MunicipalityAgreesSelection", Map.of("municipalAgreement", "AGREED"));
        scheduleConference(discharge, "adviser.shimokita", "2023-08-10", "オンライン");
        at(LocalDateTime.of(2023, 8, 10, 17, 0));
        steps.complete("adviser.shimokita", discharge, "UserTask_DischargeConference", with(activity("2023-08-10",
                "DISCHARGE_CONFERENCE", 18, "市町村、入院中病院、入所予定施設、支援センター、退院後通院予定病院、圏域アドバイザー",
                "関係者会議：入院中児童の転院前カンファレンス（オンラインで実施）",
                "対象児と家族の状況を情報共有し、一時帰宅を目標に移動負担を考慮して時期を検討した。"), "activityOnline", true));
        // The center finds a coordinator in the region (not in the child's area) before the first stay at home.
        at(LocalDateTime.of(2023, 10, 2, 10, 0));
        steps.complete("center", discharge, "UserTask_FindCoordinator", Map.of("foundCoordinatorUserId", "coord.shimokita"));
        return discharge.getBusinessKey();
    }

    /** The region whose advisers are told (the task's candidate group adviser-&lt;region&gt;). */
    private String regionOf(Task informed) {
        return steps.candidateGroups(informed).stream().filter(group -> group.startsWith("adviser-"))
                .map(group -> group.substring("adviser-".length())).findFirst().orElseThrow();
    }

    // --- the dispatch request's steps ---------------------------------------------------------

    private ProcessInstance request(String user, LocalDateTime when, String municipality, String kind, String detail,
            String wishedDate, String caseId) {
        at(when);
        Map<String, Object> variables = new HashMap<>(Map.of("municipalityCode", municipality, "requestKind", kind,
                "requestDetail", detail, "wishedDate", wishedDate));
        if (caseId != null) {
            variables.put("caseId", caseId);
        }
        return steps.start(user, ProcessKeys.ADVISER_DISPATCH, variables);
    }

    private void triageAndAccept(ProcessInstance request, String adviser, LocalDateTime acceptedAt, String scheduled) {
        at(EngineTime.now().toLocalDateTime().plusHours(1));
        steps.complete("center", request, "UserTask_Triage", Map.of("triageDecision", "ADVISER"));
        at(acceptedAt);
        steps.complete(adviser, request, "UserTask_AdviserAcceptance", Map.of("acceptDecision", "ACCEPT", "scheduledDate", scheduled));
    }

    private void visit(ProcessInstance request, String adviser, String date, Map<String, Object> activity, boolean more) {
        at(LocalDate.parse(date), 17);
        activity.put("moreVisits", more);
        steps.complete(adviser, request, "UserTask_RecordActivity", activity);
    }

    private void feedback(ProcessInstance request, String requester, LocalDateTime when, String voice) {
        at(when);
        steps.complete(requester, request, "UserTask_Feedback", Map.of("feedbackRating", 5, "feedbackComment", voice));
    }

    // --- the regional activity's steps --------------------------------------------------------

    private void plan(ProcessInstance activity, String adviser, String kind, String first, String more, String place,
            String coHosts, int expected, String centerComment) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("regionalKind", kind);
        plan.put("firstMeetingDate", first);
        plan.put("moreMeetingDates", more);
        plan.put("meetingPlace", place);
        plan.put("online", false);
        plan.put("coHosts", coHosts);
        plan.put("wholeRegion", true);
        plan.put("expectedCount", expected);
        steps.complete(adviser, activity, "UserTask_Plan", plan);
        steps.complete("center", activity, "UserTask_CenterReview", Map.of("centerComment", centerComment));
    }

    /** The meeting's day comes (its timer fires), and the adviser records it that evening. */
    private void meeting(ProcessInstance activity, String adviser, Map<String, Object> record, String voices) {
        LocalDate day = LocalDate.parse((String) record.get("activityDate"));
        at(day, 9);
        steps.fireDueTimers(activity);
        at(day, 18);
        if (voices != null) {
            record.put("participantVoices", voices);
        }
        steps.complete(adviser, activity, "UserTask_RecordMeeting", record);
    }

    // --- the discharge's steps ----------------------------------------------------------------

    private static Map<String, Object> dischargeStart(String municipality, String label, String birthMonth, LocalDate discharge,
            String hospitalRegion, String hospital) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("municipalityCode", municipality);
        variables.put("caseLabel", label);
        variables.put("caseBirthMonth", birthMonth);
        variables.put("care_VENTILATOR", true);
        variables.put("care_TUBE_FEEDING", true);
        variables.put("physicianScore", 26);
        variables.put("hospitalName", hospital);
        variables.put("wardContact", "小児病棟");
        variables.put("hospitalRegion", hospitalRegion);
        variables.put("expectedDischargeDate", discharge.toString());
        variables.put("continuingCare", "人工呼吸器（夜間）、経管栄養");
        return variables;
    }

    private void scheduleConference(ProcessInstance discharge, String user, String date, String place) {
        steps.complete(user, discharge, "UserTask_ScheduleConference", Map.of("conferencePlannedDate", date,
                "conferencePlace", place, "conferenceInvited", "本人、家族、病院、市町村、支援センター、圏域アドバイザー"));
    }

    private static Map<String, Object> afterVisit(String kind, String step, Map<String, Object> activity) {
        activity.put("visitKind", kind);
        activity.put("accompanimentStep", step);
        return activity;
    }
}

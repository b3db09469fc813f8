package jp.tsunagu.demo;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.report.ActivityQueries;
import jp.tsunagu.report.CollectionPeriod;
import jp.tsunagu.report.CollectionTexts;
import jp.tsunagu.report.CollectionTexts.AddedVoice;
import jp.tsunagu.report.CollectionTexts.CaseTexts;
import jp.tsunagu.report.CollectionTexts.Point;

/**
 * What the support center writes on the collection's editor page for the seed's ten cases: each
 * published in the seed's order, with the seed's theme title, 概要, headed points ①②③ and the
 * voices no flow asked for; and each region's 今後の方向性 for the period since the advisers began.
 * Written as the editor page writes it ({@link CollectionTexts}, an audit entry per case).
 */
final class DemoCollection {

    static final String FROM = "2022-04";
    static final String TO = "2024-03";
    static final String DISPATCH_VOICES = "圏域アドバイザー派遣申込者の声";
    static final String COORDINATOR = "相談支援専門員（コーディネーター）";
    static final String CENTER_STAFF = "支援センター職員";

    private final CollectionTexts texts;
    private final ActivityQueries activities;
    private final AuditLog audit;
    private final Clock clock;

    DemoCollection(CollectionTexts texts, ActivityQueries activities, AuditLog audit, Clock clock) {
        this.texts = texts;
        this.activities = activities;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes the ten cases (business keys by the seed's number) and writes the regions' directions. */
    void write(Map<Integer, String> keys) {
        for (int seedCase = 1; seedCase <= 10; seedCase++) {
            CaseTexts written = texts(seedCase, keys.get(seedCase));
            texts.save(written, DemoAccounts.CENTER_USER, clock.instant());
            String caseId = activities.caseRef(written.businessKey()).map(ActivityQueries.CaseRef::caseId).orElse(null);
            audit.record(AuditAction.OPERATION, caseId, "活動事例集 " + written.businessKey(),
                    "活動事例集の編集: 掲載する（" + written.position() + "番目）、見出しつきの項目" + written.points().size()
                            + "件、追加した声" + written.voices().size() + "件、題名「" + written.title() + "」");
        }
        CollectionPeriod period = CollectionPeriod.parse(FROM, TO);
        DIRECTIONS.forEach((region, direction) -> {
            texts.saveDirection(region, period, direction, DemoAccounts.CENTER_USER, clock.instant());
            audit.record(AuditAction.OPERATION, null, "活動事例集 " + region, "今後の方向性の編集（" + FROM + "〜" + TO + "）");
        });
    }

    private static CaseTexts texts(int seedCase, String key) {
        return switch (seedCase) {
            case 1 -> new CaseTexts(key, true, 1, "医療的ケア児等コーディネーターの伴走支援",
                    "初めて医療的ケア児のケースを受け持つコーディネーターにアセスメントや計画の作成方法について、伴走して支援を行った。",
                    List.of(new Point("新規コーディネーターの選定", "医療的ケア児等コーディネーター養成研修を修了したものの、まだ医療的ケア児の支援経験のない"
                            + "相談支援専門員の中から選定し、多くの相談支援専門員が医療的ケア児のケースを持てるようにしている。"),
                            new Point("同行訪問時のサポート", "初回の訪問で圏域アドバイザーとコーディネーターの関係性など保護者に説明を行い、理解を得るように努めた。"
                                    + "初めて医療的ケア児のケースを持つコーディネーターや家族の不安も軽減できるようにサポートした。"),
                            new Point("コーディネーターの自立に向けた支援", "初回面談における保護者や児童への関わり方のコツや担当者会議等の参集範囲などの助言を行った。"
                                    + "コーディネーターが支援の主体であり、あくまでも圏域アドバイザーは後方支援であるという役割を意識した伴走支援を行った。")),
                    List.of());
            case 2 -> new CaseTexts(key, true, 2, "青森圏域勉強会「TEAMつなぐ」の企画・運営",
                    "医療的ケア児が生まれ育つ地域で環境を整えていくために、医療・福祉・行政・教育等の壁を取り払い、医療的ケア児等支援について"
                            + "気軽に話し合い、勉強していく場として、青森地区医療的ケア児等コーディネーター協会「TEAMつなぐ」を発足し運営している。",
                    List.of(new Point("勉強会の自立に向けた調整", "多職種連携をどの様に進めていくか、医師などの参加に向けた調整"),
                            new Point("市町村との連携", "研修会開催場所の使用許可等の調整"),
                            new Point("人材育成", "多職種からなる研修検討部会を設置し、研修内容などを整理する体制をつくり、研修内容について、"
                                    + "圏域アドバイザーから助言するなど人材育成を行っている。")),
                    List.of());
            case 3 -> new CaseTexts(key, true, 3, "医療的ケア児等コーディネーターの伴走支援",
                    "対象児が退院し在宅に移行することに伴い、相談支援専門員を変更することとなったため、新たな相談支援専門員への支援や"
                            + "地域資源の活用について助言を行った。",
                    List.of(new Point("地域のコーディネーターの選定", "対象児が成人に近い年齢であり、卒業後の支援も見据え、同性で成人の身体介護や相談の"
                            + "経験が長い相談支援専門員を選定した。また、対象児の住所地には相談支援事業所がなく、緊急時にすぐに訪問できる体制のほうが"
                            + "よいため、なるべく自宅から近い事業所であることも選定理由となった。"),
                            new Point("同行訪問時のサポート", "前任のコーディネーター、新任のコーディネーターと家族のつなぎ役として、スムーズに移行できるよう支援した。"),
                            new Point("コーディネーターの自立に向けた支援", "同行訪問は２～３回のみとし、それ以降はコーディネーター単独で支援している。"
                                    + "不明点などは都度連絡をもらい助言できる体制をとっている。")),
                    List.of(new AddedVoice(DISPATCH_VOICES, COORDINATOR, "家族と初めて面談する際、圏域アドバイザーが同席することで自分自身に"
                            + "とっても、また家族にとっても安心につながりスムーズにケースの引継ができました。医療的ケア児のケースに携わったことのある"
                            + "支援者が周囲には少ないため、圏域アドバイザーに相談できるのは非常に心強いです。")));
            case 4 -> new CaseTexts(key, true, 4, "災害時個別避難計画の作成推進に向けて",
                    "災害時個別避難計画の作成に向けて、当事者や市町村を交えたケース会議に参加し、コーディネーターをサポートしながら計画の作成に取り組んだ。",
                    List.of(new Point("地域の取組状況について情報提供", "停電時の自宅での電源確保について、他市町村で発電機を日常生活自立支援用具の"
                            + "項目に入れていること、検討しているところがあることを圏域アドバイザーとして情報提供した。"),
                            new Point("コーディネーターの役割について助言", "津軽圏域での個別避難計画作成への動きは初めてのケースである。多くの関係者がいる中で、"
                                    + "試行錯誤しながらの検討ではあったが、地域全体が協力的でスムーズに進めることができた。"
                                    + "コーディネーターには会議設定の調整方法について助言した。")),
                    List.of(new AddedVoice(DISPATCH_VOICES, CENTER_STAFF, "災害時個別避難計画の作成には多くの支援者の知恵と情報共有が必要です。"
                            + "圏域アドバイザーは地域の実情をよく知っているため、このケースに必要な支援者（自治体、放課後等デイサービス事業所、"
                            + "民生委員等）の選定や声掛けを行ったことにより、津軽地域に支援チームができたことは、大きな収穫です。")));
            case 5 -> new CaseTexts(key, true, 5, "市町村で配置する医療的ケア児等コーディネーターとの連携づくり",
                    "市町村単独で設置するコーディネーターについてその選定基準について助言を行ったほか、市町村配置コーディネーターと"
                            + "圏域アドバイザーの連携体制について整理を行った。",
                    List.of(new Point("地域の市町村との連携", "各課・専門職の課題を共通認識できるように庁内の関連課と打ち合わせの場を設定した。"),
                            new Point("市町村コーディネーターとの連携", "自治体の現状と課題を共有し、課題解決に向けての庁内連携をどのように行っていくのかを検討した。")),
                    List.of());
            case 6 -> new CaseTexts(key, true, 6, "八戸圏域勉強会「八戸の医ケアを考える会」の企画・運営",
                    "令和４年度に八戸圏域の支援者が集まり、自主勉強会として「八戸市医ケアを考える会」を発足し、圏域アドバイザーは事務局員の一人として"
                            + "企画・運営している。",
                    List.of(new Point("地域の市町村との連携", "コーディネーターの技術向上のための場を設置したいことを伝え、市町村職員といっしょに学べる機会を創出した。"),
                            new Point("コーディネーターとの連携", "タイムリーで、現場で活かせる知識・技術の獲得のために話し合いができる関係を構築した。"),
                            new Point("他地域への波及", "勉強会参加者が、他地域で本勉強会の取組を説明するなど他地域へ波及できている。")),
                    List.of());
            case 7 -> new CaseTexts(key, true, 7, "医療的ケア児等コーディネーターの伴走支援",
                    "就学を控えた年中の医療的ケア児について、普通学校での受入を視野に入れて主に市町村との連携から取り組んでいる。",
                    List.of(new Point("行政機関との連携", "福祉課と教育委員会での市立小学校入学に向けた調整"),
                            new Point("コーディネーターとの連携", "次回会議開催時の保護者の出席連絡等をコーディネーターが行うよう助言した。"
                                    + "また、次回会議参加者や内容等のアドバイスを行った。")),
                    List.of());
            case 8 -> new CaseTexts(key, true, 8, "医療的ケア児等コーディネーターの伴走支援",
                    "市町村で配置されたコーディネーターに伴走する形で在宅移行支援及び福祉サービス利用に向けた後方支援を行った。",
                    List.of(new Point("コーディネーターの自立に向けた支援", "自治体との協議によりコーディネーターの選定から関わった。初めての医療的ケア児"
                            + "支援への不安をコーディネーターが払拭できるよう、事前の情報提供と今後の方向性についての打ち合わせを行ってから、"
                            + "対象児との初回面接に臨む等工夫した。"),
                            new Point("市町村をまたがる事業所等の調整（保育所等の選定）", "対象児の居住地が変更になる可能性があったため、現居住自治体"
                                    + "及び転居予定先自治体双方に情報提供を行い、受入れ体制整備を行なった。"),
                            new Point("サービス利用希望事業所への助言", "施設見学時、対象児及び事業所双方に必要な情報について補足で確認する等、"
                                    + "不明な点の整理を行なった。")),
                    List.of(new AddedVoice(DISPATCH_VOICES, COORDINATOR, "初めてのコーディネーター活動で何からやっていいのか分からなかったが、"
                            + "圏域アドバイザーと事前に情報を整理できたことで一歩踏み出す事ができた。自宅訪問や事業所見学も一緒に行ってもらい、"
                            + "保護者や事業所から聞くべきポイントも教えてもらえたのも収穫である。")));
            case 9 -> new CaseTexts(key, true, 9, "上十三地域コーディネーター会議の企画・運営",
                    "上十三圏域の課題や地域資源の整理を行うほか、コーディネーターの育成及び自治体職員の理解を深めることを目的に、コーディネーター、"
                            + "検討会議委員及び自治体担当職員を対象とした上十三地域支援体制検討会議主催の「上十三圏域コーディネーター会議」を企画し、"
                            + "事例検討会を行った。",
                    List.of(new Point("事例検討会で検討するケースの選定", "上十三圏域で様々な課題のあるケース3件を選定し、課題解決に向け医療・福祉・"
                            + "行政等各分野の参加者から意見・情報を共有した。"),
                            new Point("圏域としての書類の取扱いについて検討", "障害福祉サービス等利用における「医療的ケア判定スコア」の取り扱いルールが"
                                    + "不明であることから、圏域として統一するかどうか検討した。"),
                            new Point("各自治体のコーディネーター配置について", "対象児がいるがコーディネーター配置に至っていない自治体やコーディネーター"
                                    + "養成研修修了者不在の自治体に、コーディネーター配置を要望した。")),
                    List.of());
            case 10 -> new CaseTexts(key, true, 10, "相談支援専門員のいない地域における圏外入院中児童の対応",
                    "圏外に入院する医療的ケア児の今後の支援について、支援センターと連携しながら地域支援を行った。",
                    List.of(new Point("市町村との連携", "定期的な訪問や電話により、市町村担当保健師や福祉担当者と情報共有を図っている。"
                            + "保健師には家族の身近な相談相手として心理的なサポートを依頼した。"),
                            new Point("支援センターとの連携", "対象児と家族の状況を情報共有し、一時帰宅を目標に移動負担を考慮して時期を検討するとともに、"
                                    + "居住地及び圏域内で活用できる資源を確認した。"),
                            new Point("資源の少ない地域への支援", "地域資源の掘り出し、居住地の地域病院・消防署との情報共有、圏域の医療・福祉・介護等との"
                                    + "連携等支援体制の整備を行った。")),
                    List.of(new AddedVoice(DISPATCH_VOICES, CENTER_STAFF, "今回の対象児は、入院しているのは津軽圏域、今後入所する施設は八戸圏域、"
                            + "ご自宅は下北圏域と広域での連携が必要となりますが、居住地域にはコーディネーターがいませんでした。入所前にはオンラインで"
                            + "関係者会議を実施し、圏域アドバイザー、市町村保健師等の参加により、地域と遠方の医療機関との情報共有が実現しました。")));
            default -> throw new IllegalArgumentException("the seed has ten cases, not " + seedCase);
        };
    }

    /** 圏域アドバイザーにおける支援の取組の方向性, per region, as the seed's last page gives it. */
    static final Map<String, String> DIRECTIONS = Map.of(
            "aomori", "支援センターからの依頼が多い圏域である。コーディネーターとして医療的ケア児の支援経験のない相談支援専門員にケースをつなぎ、"
                    + "圏域アドバイザーの伴走支援により、多くのコーディネーターの活躍の場を広げ、地域の底上げを図っていく。",
            "tsugaru", "津軽圏域は未就学の医療的ケア児を預かってくれる保育園が少ないことが課題である。医療的ケア児を預けられる保育園が増えるよう、"
                    + "医療的ケア児等保育支援事業や小児在宅支援センターの活用について圏域内のコーディネーターに情報提供していく。また、受け入れに"
                    + "前向きな保育園については、コーディネーターや支援センターと協力しながら、不安なく受け入れられる体制作りの助言を行っていく。",
            "hachinohe", "コーディネーターが活動しやすいように行政等の関係機関への働きかけを行い、体制づくりを行っていく。引き続き勉強会や普及啓発活動を"
                    + "企画・実施し、ネットワークの構築を行っていく。",
            "seihokugo", "コーディネーターと共にケア会議等に同席していく。新規の支援依頼をコーディネーターにつなげていけるよう、今後、圏域アドバイザーと"
                    + "圏域内のコーディネーターの顔合わせを行っていく。",
            "kamitosan", "医療的ケア児支援に意欲的なコーディネーターが多いが、不安を持っているため、初動やカンファレンスに同行し、適宜助言・支援していく。"
                    + "資源が多くない地域だが、コーディネーターや事業所等が繋がりを持ち、情報交換や相談し合える関係性の構築に努めていく。",
            "shimokita", "医療的ケアが必要となる可能性がある重症心身障害児や難病児のケースは、引き続きコーディネーターと共に退院前会議に同席していく。"
                    + "退院後は自宅訪問に同行し、家族支援や学校・事業所との連携について助言していく。地域の自立支援協議会の医療的ケア児支援部会で、"
                    + "圏域内コーディネーターと行政関係機関と意見交換会を実施し、各々の役割や課題等を話し合っていく。");
}

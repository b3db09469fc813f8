package jp.tsunagu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import jp.tsunagu.access.AccessScope;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.report.CaseCollection.CaseEntry;
import jp.tsunagu.report.CaseCollection.Line;
import jp.tsunagu.security.WebappSession;

/**
 * The case collection over a period, as the support center publishes and writes it and everyone
 * else reads it, on the seed's cases played through the flows ({@link SeedCases}); the same on H2
 * ({@link CaseCollectionTest}) and PostgreSQL ({@link CaseCollectionPostgresTest}). Includes the
 * PDF, read back with PDFBox's text extraction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CaseCollectionContract {

    static final String SINCE_THE_START = "from=2022-04&to=2024-03";
    static final String EDIT_EVACUATION = "/reports/case-collection/cases/" + SeedCases.EVACUATION;

    @Autowired
    ProcessEngine engine;
    @Autowired
    ChildCases cases;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    CaseCollection collection;
    @Autowired
    CollectionTexts texts;

    @BeforeAll
    void playTheSeedsCasesAndPublishThem() {
        new SeedCases(engine, cases, transaction).play();
        SeedCases.publishAll(texts);
    }

    @AfterAll
    void resetTheEngineClock() {
        ClockUtil.reset();
    }

    // --- the period ----------------------------------------------------------------------------

    @Test
    void aPeriodOfMonthsHoldsEveryRecordSinceTheAdvisersBegan() {
        CaseCollection.Page page = collection.of(CollectionPeriod.parse("2022-04", "2024-03"), Optional.empty(), AccessScope.all());
        assertThat(page.title()).isEqualTo("青森県医療的ケア児等圏域アドバイザー活動事例集");
        assertThat(page.periodLabel()).isEqualTo("令和4年4月〜令和6年3月");
        assertThat(page.fiscalYear()).isNull();
        assertThat(page.caseCount()).isEqualTo(5);
        assertThat(page.activityCount()).as("15 of the seed's 33 rows are played").isEqualTo(15);
        assertThat(page.regions()).extracting(CaseCollection.RegionSection::regionName)
                .containsExactly("青森", "津軽", "八戸", "西北五", "上十三", "下北");
        assertThat(ReportsContract.entry(page, "tsugaru", SeedCases.EVACUATION).progress()).extracting(Line::month)
                .as("R5.3月 of 令和4年度 too").containsExactly("R5.3月", "R5.5月", "R5.11月");

        CaseCollection.Page year = collection.of(CollectionPeriod.parse("2023-04", "2024-03"), Optional.empty(), AccessScope.all());
        assertThat(year.title()).as("a period that is a fiscal year is named by it").startsWith("令和5年度 ");
        CaseCollection.Page byYear = collection.of(ReportsContract.R5, Optional.empty(), AccessScope.all());
        assertThat(keys(year)).isEqualTo(keys(byYear));
        assertThat(year.activityCount()).isEqualTo(byYear.activityCount()).isEqualTo(14);

        String html = get("prefecture", "/reports/case-collection?" + SINCE_THE_START).getBody();
        assertThat(html).contains("対象期間 令和4年4月〜令和6年3月", "＜津軽圏域＞", "R5.3月",
                "/reports/case-collection.pdf?from=2022-04&amp;to=2024-03");
        assertThat(html).as("the center's edit links are the center's").doesNotContain("/reports/case-collection/edit");
        assertThat(get("center", "/reports/case-collection?" + SINCE_THE_START).getBody())
                .contains("/reports/case-collection/edit?from=2022-04&amp;to=2024-03");
    }

    @Test
    void thePlayedCasesRowsAreTheSeedsRowsOfTheirCases() {
        SeedKeikaRows seed = SeedKeikaRows.load();
        CaseCollection.Page page = collection.of(CollectionPeriod.parse("2022-04", "2024-03"), Optional.empty(), AccessScope.all());
        Map<String, Integer> seedCaseOf = new LinkedHashMap<>();
        seedCaseOf.put(SeedCases.EVACUATION, 4);
        seedCaseOf.put(SeedCases.MUNICIPAL_COORDINATOR, 5);
        seedCaseOf.put(SeedCases.ACCOMPANY, 8);
        seedCaseOf.put(SeedCases.SHIMOKITA, 10);
        seedCaseOf.forEach((key, seedCase) -> {
            List<SeedKeikaRows.Row> rows = seed.ofCase(seedCase);
            CaseEntry entry = ReportsContract.entry(page, rows.get(0).region(), key);
            assertThat(entry.progress()).extracting(Line::month).as(key).containsExactlyElementsOf(
                    rows.stream().map(SeedKeikaRows.Row::eraMonth).toList());
            assertThat(entry.progress()).extracting(Line::participants).as(key).containsExactlyElementsOf(
                    rows.stream().map(SeedKeikaRows.Row::participantsAsShown).toList());
        });
        List<String> studyGroup = ReportsContract.entry(page, "hachinohe", SeedCases.STUDY_GROUP).progress().stream()
                .map(line -> line.month() + " " + line.participants()).toList();
        assertThat(studyGroup).as("令和5年度's three meetings of the seed's eight").hasSize(3).isSubsetOf(
                seed.ofCase(6).stream().map(row -> row.eraMonth() + " " + row.participantsAsShown()).toList());
    }

    @Test
    void aBadPeriodAnswers400WithAJapaneseSentence() {
        assertBadInput("/reports/case-collection?from=2023-13&to=2024-03", "「2023-13」は年月（例: from=2022-04）");
        assertBadInput("/reports/case-collection?from=2023-4&to=2024-03", "「2023-4」は年月");
        assertBadInput("/reports/case-collection?from=2023-04", "期間の終わり（to）を年月で指定してください");
        assertBadInput("/reports/case-collection?from=2024-03&to=2023-04", "期間の終わり（to=2023-04、令和5年4月）が始まり（from=2024-03、令和6年3月）より前です");
        assertBadInput("/reports/case-collection?fiscalYear=2023&from=2023-04&to=2024-03", "どちらか一方だけ");
        assertBadInput("/reports/case-collection?from=2021-04&to=2024-03", "期間（令和3年4月〜令和6年3月、from=2021-04&to=2024-03）は、令和4年4月〜令和6年3月（from=2022-04&to=2024-03）の間で");
        assertBadInput("/reports/case-collection?from=2023-04&to=2024-04", "の間で指定してください");
        assertBadInput("/reports/case-collection.pdf?from=2023-04&to=x", "「x」は年月");
        assertBadInput("/reports/case-collection.pdf?" + SINCE_THE_START + "&region=nowhere", "圏域「nowhere」はありません");
        assertBadInput("/reports/case-collection/edit?from=2022-04&to=2034-04", "10年以内");
    }

    // --- reading: per role, and as PDF --------------------------------------------------------

    @Test
    void eachRoleReadsThePublishedCasesItsRoleCovers() {
        assertThat(keysOn(get("prefecture", "/reports/case-collection?" + SINCE_THE_START).getBody())).containsExactlyInAnyOrder(
                SeedCases.EVACUATION, SeedCases.STUDY_GROUP, SeedCases.MUNICIPAL_COORDINATOR, SeedCases.ACCOMPANY, SeedCases.SHIMOKITA);
        assertThat(keysOn(get("muni.022039", "/reports/case-collection?" + SINCE_THE_START).getBody()))
                .containsExactly(SeedCases.MUNICIPAL_COORDINATOR);
        assertThat(keysOn(get("adviser.hachinohe", "/reports/case-collection?" + SINCE_THE_START).getBody()))
                .containsExactlyInAnyOrder(SeedCases.STUDY_GROUP, SeedCases.MUNICIPAL_COORDINATOR);
        assertThat(keysOn(get("coord.tsugaru", "/reports/case-collection?" + SINCE_THE_START).getBody()))
                .containsExactly(SeedCases.EVACUATION);
        assertThat(rest.getForEntity("/reports/case-collection.pdf?" + SINCE_THE_START, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void thePdfHoldsTheSameJapaneseWithItsFontEmbedded() throws IOException {
        ResponseEntity<byte[]> answer = rest.withBasicAuth("prefecture", "demo")
                .getForEntity("/reports/case-collection.pdf?" + SINCE_THE_START, byte[].class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PDF)).isTrue();
        assertThat(new String(answer.getBody(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("inline", "filename*=UTF-8''");
        try (PDDocument pdf = Loader.loadPDF(answer.getBody())) {
            String text = compact(new PDFTextStripper().getText(pdf));
            assertThat(text).contains("青森県医療的ケア児等圏域アドバイザー活動事例集", "対象期間令和4年4月〜令和6年3月",
                    "＜青森圏域＞", "＜津軽圏域＞", "＜八戸圏域＞", "＜西北五圏域＞", "＜上十三圏域＞", "＜下北圏域＞",
                    "概要", "経過", "圏域アドバイザーが対応したこと・工夫したこと", "圏域アドバイザー派遣申込者の声",
                    "R5.3月", "R5.8月", "市町村でコーディネーターを配置する際の業務内容等について検討", "一歩踏み出す事ができた");
            assertThat(text).doesNotContain(SeedCases.CHILD_NAME_IN_PLAN.replace(" ", ""), "印刷する", "タスクリスト");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("A4, 210 mm in points").isBetween(594f, 596f);
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("NotoSansJP"));
        }

        try (PDDocument own = Loader.loadPDF(rest.withBasicAuth("muni.022039", "demo")
                .getForEntity("/reports/case-collection.pdf?" + SINCE_THE_START, byte[].class).getBody())) {
            String text = compact(new PDFTextStripper().getText(own));
            assertThat(text).contains("八戸市", "R5.8月").doesNotContain("Bさん", "Dさん", "十和田市");
        }
    }

    // --- writing: the center only, with the page's token, audited -------------------------------

    @Test
    void theCenterWritesTheTitleSummaryPointsVoicesAndTheRegionsDirection() throws IOException {
        ResponseEntity<String> form = get("center", EDIT_EVACUATION + "?" + SINCE_THE_START);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("活動事例集の編集：" + SeedCases.EVACUATION, "name=\"pointHeading1\"", "会議参加者の声",
                "R5.3月 ケース会議", "13名");

        ResponseEntity<String> saved = post("center", EDIT_EVACUATION, "from", "2022-04", "to", "2024-03", "published", "on",
                "position", "1", "title", "災害時個別避難計画の作成推進に向けて",
                "summary", "災害時個別避難計画の作成に向けて、当事者や市町村を交えたケース会議に参加し、コーディネーターをサポートしながら計画の作成に取り組んだ。",
                "pointHeading1", "地域の取組状況について情報提供", "pointText1", "停電時の自宅での電源確保について情報提供した。",
                "pointHeading2", "コーディネーターの役割について助言", "pointText2", "会議設定の調整方法について助言した。",
                "voiceHeading1", "圏域アドバイザー派遣申込者の声", "voiceSpeaker1", "支援センター職員",
                "voiceText1", "津軽地域に支援チームができたことは、大きな収穫です。");
        assertSavedAndBackToTheList(saved);
        assertSavedAndBackToTheList(post("center", "/reports/case-collection/directions", "region", "tsugaru", "from", "2022-04",
                "to", "2024-03", "direction", "医療的ケア児を預けられる保育園が増えるよう、コーディネーターに情報提供していく。"));

        CaseEntry plan = ReportsContract.entry(collection.of(CollectionPeriod.parse("2022-04", "2024-03"), Optional.empty(),
                AccessScope.all()), "tsugaru", SeedCases.EVACUATION);
        assertThat(plan.title()).isEqualTo("災害時個別避難計画の作成推進に向けて");
        assertThat(plan.summary()).startsWith("災害時個別避難計画の作成に向けて、当事者や市町村");
        assertThat(plan.points()).extracting(CaseCollection.Point::number, CaseCollection.Point::heading)
                .containsExactly(org.assertj.core.api.Assertions.tuple("①", "地域の取組状況について情報提供"),
                        org.assertj.core.api.Assertions.tuple("②", "コーディネーターの役割について助言"));
        assertThat(plan.voices()).singleElement().satisfies(voice -> {
            assertThat(voice.heading()).isEqualTo("圏域アドバイザー派遣申込者の声");
            assertThat(voice.speaker()).isEqualTo("支援センター職員");
        });

        String html = get("prefecture", "/reports/case-collection?" + SINCE_THE_START).getBody();
        assertThat(html).contains("＜津軽圏域＞ 災害時個別避難計画の作成推進に向けて", "① 地域の取組状況について情報提供",
                "今後の方向性（津軽圏域）", "医療的ケア児を預けられる保育園が増えるよう");
        assertThat(get("prefecture", "/reports/case-collection?fiscalYear=2023").getBody())
                .as("the direction is written for its period").doesNotContain("医療的ケア児を預けられる保育園が増えるよう");
        try (PDDocument pdf = Loader.loadPDF(rest.withBasicAuth("prefecture", "demo")
                .getForEntity("/reports/case-collection.pdf?" + SINCE_THE_START + "&region=tsugaru", byte[].class).getBody())) {
            assertThat(compact(new PDFTextStripper().getText(pdf))).contains("＜津軽圏域＞災害時個別避難計画の作成推進に向けて",
                    "①地域の取組状況について情報提供", "支援センター職員", "今後の方向性（津軽圏域）").doesNotContain("＜八戸圏域＞");
        }
        assertThat(get("prefecture", "/audit").getBody()).contains("活動事例集 " + SeedCases.EVACUATION,
                "活動事例集の編集: 掲載する（1番目）", "今後の方向性の編集（令和4年4月〜令和6年3月）");
    }

    @Test
    void theCentersOrderAndChoiceDecideWhatThePageShows() {
        try {
            post("center", "/reports/case-collection/cases/" + SeedCases.MUNICIPAL_COORDINATOR, "fiscalYear", "2023",
                    "published", "on", "position", "1");
            post("center", "/reports/case-collection/cases/" + SeedCases.STUDY_GROUP, "fiscalYear", "2023",
                    "published", "on", "position", "2");
            assertSavedAndBackToTheList(post("center", "/reports/case-collection/cases/" + SeedCases.SHIMOKITA, "fiscalYear", "2023"));
            CaseCollection.Page page = collection.of(ReportsContract.R5, Optional.empty(), AccessScope.all());
            assertThat(ReportsContract.region(page, "hachinohe").cases()).extracting(CaseEntry::businessKey)
                    .containsExactly(SeedCases.MUNICIPAL_COORDINATOR, SeedCases.STUDY_GROUP);
            assertThat(ReportsContract.region(page, "shimokita").cases()).as("掲載しない").isEmpty();
            assertThat(get("prefecture", "/reports/case-collection?fiscalYear=2023").getBody())
                    .doesNotContain(SeedCases.SHIMOKITA).contains("この期間に掲載する事例はありません。");
            String list = get("center", "/reports/case-collection/edit?fiscalYear=2023").getBody();
            assertThat(keysOn(list)).as("the center chooses among every case of the period").contains(SeedCases.SHIMOKITA);
        } finally {
            post("center", "/reports/case-collection/cases/" + SeedCases.SHIMOKITA, "fiscalYear", "2023", "published", "on");
        }
    }

    @Test
    void onlyTheCenterEditsAndEveryoneElseIsRefused() {
        for (String user : List.of("prefecture", "admin", "muni.022039", "adviser.hachinohe", "coord.tsugaru")) {
            assertThat(get(user, "/reports/case-collection/edit?" + SINCE_THE_START).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(get(user, EDIT_EVACUATION + "?" + SINCE_THE_START).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post(user, EDIT_EVACUATION, "from", "2022-04", "to", "2024-03", "title", user).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post(user, "/reports/case-collection/directions", "region", "tsugaru", "from", "2022-04", "to", "2024-03",
                    "direction", user).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(texts.of(SeedCases.EVACUATION).title()).as("nothing a refused user sent was saved")
                .isNotIn("prefecture", "admin", "muni.022039", "adviser.hachinohe", "coord.tsugaru");
        assertThat(get("prefecture", "/reports/case-collection?" + SINCE_THE_START).getBody()).doesNotContain("adviser.hachinohe");

        ResponseEntity<String> list = get("center", "/reports/case-collection/edit?" + SINCE_THE_START);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(keysOn(list.getBody())).hasSize(5);
        assertThat(get("center", "/reports/case-collection/cases/" + SeedCases.WAITING + "?" + SINCE_THE_START).getStatusCode())
                .as("a request without activity records is no case of the collection").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("center", "/reports/case-collection/cases/DSP-2099-0001", "from", "2022-04", "to", "2024-03").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        String key = "/reports/case-collection/cases/" + SeedCases.ACCOMPANY;
        assertRefused(post("center", key, "from", "2022-04", "to", "2024-03", "pointHeading1", "見出しだけ"), "見出しと本文の両方");
        assertRefused(post("center", key, "from", "2022-04", "to", "2024-03", "voiceHeading1", "声", "voiceSpeaker1", "訪問看護師",
                "voiceText1", "よかった。"), "のどれかを選んでください");
        assertRefused(post("center", key, "from", "2022-04", "to", "2024-03", "voiceHeading1", "会議参加者の声",
                "voiceSpeaker1", "訪問看護師"), "話し手（例: 相談支援専門員（コーディネーター））と内容の両方");
        assertRefused(post("center", key, "from", "2022-04", "to", "2024-03", "title", "<script>alert(1)</script>"), "HTMLのタグ");
        assertRefused(post("center", key, "from", "2022-04", "to", "2024-03", "position", "0"), "1から999まで");
        assertRefused(post("center", key, "from", "2022-04", "to", "2024-03", "title", "あ".repeat(201)), "200文字以内");
        assertRefused(post("center", "/reports/case-collection/directions", "region", "nowhere", "from", "2022-04", "to", "2024-03",
                "direction", "方向性"), "圏域「nowhere」はありません");
        assertThat(texts.of(SeedCases.ACCOMPANY).published()).as("a refused form changes nothing").isTrue();
    }

    @Test
    void aBrowserSessionNeedsThePagesTokenAndAnotherSitesFormIsRefused() {
        HttpHeaders crossSite = new HttpHeaders();
        crossSite.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        crossSite.add("Origin", "https://evil.example");
        MultiValueMap<String, String> evil = new LinkedMultiValueMap<>();
        evil.add("from", "2022-04");
        evil.add("to", "2024-03");
        evil.add("title", "よそのサイトから");
        assertThat(rest.withBasicAuth("center", "demo").exchange(EDIT_EVACUATION, HttpMethod.POST, new HttpEntity<>(evil, crossSite),
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        WebappSession center = WebappSession.logIn(rest, "center", "demo");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("from", "2022-04");
        form.add("to", "2024-03");
        form.add("published", "on");
        form.add("title", "セッションからの題名");
        assertThat(center.postForm(EDIT_EVACUATION, form).getStatusCode()).as("without the page's token")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(texts.of(SeedCases.EVACUATION).title()).isNotIn("よそのサイトから", "セッションからの題名");

        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(center.get(EDIT_EVACUATION + "?" + SINCE_THE_START).getBody());
        assertThat(token.find()).isTrue();
        form.add("_csrf", token.group(1));
        assertThat(center.postForm(EDIT_EVACUATION, form).getStatusCode().isError()).isFalse();
        assertThat(texts.of(SeedCases.EVACUATION).title()).isEqualTo("セッションからの題名");
    }

    // --- helpers --------------------------------------------------------------------------------

    ResponseEntity<String> get(String user, String path) {
        return rest.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo").getForEntity(path, String.class);
    }

    ResponseEntity<String> post(String user, String path, String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo").exchange(path, HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
    }

    /** Saved: the answer is the editor's list of the period (the client follows the redirect). */
    static void assertSavedAndBackToTheList(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().isError()).as(String.valueOf(answer.getBody())).isFalse();
        assertThat(answer.getBody()).contains("<h1>活動事例集の編集</h1>");
    }

    void assertBadInput(String path, String message) {
        ResponseEntity<String> answer = get("center", path);
        assertRefused(answer, message);
    }

    static void assertRefused(ResponseEntity<String> answer, String message) {
        assertThat(answer.getStatusCode()).as(message).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains(message).doesNotContain("Exception", "at jp.", "at org.");
    }

    static List<String> keys(CaseCollection.Page page) {
        return page.regions().stream().flatMap(region -> region.cases().stream()).map(CaseEntry::businessKey).toList();
    }

    /** The business keys of the cases a page shows (the collection's sections, the editor's rows). */
    static List<String> keysOn(String html) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = Pattern.compile("<(?:section class=\"case\"|tr) data-business-key=\"([^\"]+)\"").matcher(html);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    /** The PDF's text without spaces and line ends: where a line breaks is the layout's business. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}

package jp.tsunagu.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.access.AccessScope;
import jp.tsunagu.activity.ActivityRecord;
import jp.tsunagu.activity.ActivityRecordRepository;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.report.CaseCollection.CaseEntry;
import jp.tsunagu.report.CaseCollection.Line;
import jp.tsunagu.report.CaseCollection.RegionSection;
import jp.tsunagu.report.Dashboard.FlowRow;
import jp.tsunagu.report.Dashboard.LeadTime;
import jp.tsunagu.support.EngineClock;
import jp.tsunagu.support.FlowDriver;
import jp.tsunagu.support.RestDriver;

/**
 * The reports, the dashboard and search on the seed's cases played through the flows
 * ({@link SeedCases}); the same expectations hold on H2 ({@link ReportsTest}) and PostgreSQL
 * ({@link ReportsPostgresTest}). Figures are worked out by hand from the fixture's dates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportsContract {

    static final FiscalYear R5 = new FiscalYear(2023);

    @TestConfiguration
    static class FollowTheEngineClock {
        @Bean
        @Primary
        Clock engineClock() {
            return new EngineClock();
        }
    }

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
    Dashboard dashboard;
    @Autowired
    AdvisersYear advisersYear;
    @Autowired
    ActivityRecordRepository records;

    @Autowired
    CollectionTexts collectionTexts;
    @Autowired
    JdbcTemplate jdbc;

    /** 随時相談 of the fixture: 八戸's adviser about 三戸町 (a 八戸 town, not 八戸市), in 令和5年度 and the year before. */
    static final String ADVICE_HACHINOHE = "ADV-2023-0002";
    static final String ADVICE_HACHINOHE_R4 = "ADV-2023-0001";
    /** 随時相談 the center answered about 大間町 (下北): the region's, no adviser's. */
    static final String ADVICE_CENTER_SHIMOKITA = "ADV-2023-0003";

    @BeforeAll
    void playTheSeedsCases() {
        new SeedCases(engine, cases, transaction).play();
        SeedCases.publishAll(collectionTexts);
        consultation(ADVICE_HACHINOHE_R4, "2023-03-20", "024414", "hachinohe", "adviser.hachinohe");
        consultation(ADVICE_HACHINOHE, "2023-09-05", "024414", "hachinohe", "adviser.hachinohe");
        consultation(ADVICE_CENTER_SHIMOKITA, "2023-11-20", "024236", "shimokita", "center");
    }

    void consultation(String key, String date, String municipalityCode, String regionId, String recordedBy) {
        jdbc.update("insert into adhoc_advice (business_key, advice_date, channel, asker_kind, municipality_code, region_id,"
                + " minutes, gist, recorded_by, recorded_at) values (?, ?, 'PHONE', 'COORDINATOR', ?, ?, 15, ?, ?, ?)",
                key, java.sql.Date.valueOf(date), municipalityCode, regionId, "コーディネーターから電話で相談を受けた。", recordedBy,
                java.sql.Timestamp.valueOf(date + " 10:00:00"));
    }

    @AfterAll
    void resetTheEngineClock() {
        ClockUtil.reset();
    }

    // --- case collection --------------------------------------------------------------------

    @Test
    void theCollectionOfReiwa5ListsEachRegionsCasesWithEraDatesCountsContentsAndVoices() {
        CaseCollection.Page page = collection.of(R5, Optional.empty(), AccessScope.all());

        assertThat(page.title()).isEqualTo("令和5年度 青森県医療的ケア児等圏域アドバイザー活動事例集");
        assertThat(page.periodLabel()).isEqualTo("令和5年4月〜令和6年3月");
        assertThat(page.hasPrevious()).as("令和4年度 has the plan's first meeting").isTrue();
        assertThat(page.hasNext()).as("令和6年度 has not begun on 2024-03-11").isFalse();
        assertThat(page.regions()).extracting(RegionSection::regionName)
                .containsExactly("青森", "津軽", "八戸", "西北五", "上十三", "下北");
        assertThat(page.activityCount()).isEqualTo(14);
        assertThat(page.participantTotal()).isEqualTo(16 + 43 + 18 + 34 + 23);

        assertThat(region(page, "aomori").cases()).isEmpty();
        assertThat(region(page, "seihokugo").advisers()).anySatisfy(adviser -> {
            assertThat(adviser.name()).isEqualTo("青森圏域アドバイザー");
            assertThat(adviser.regionNames()).containsExactly("青森", "西北五");
        });

        assertThat(region(page, "hachinohe").cases()).extracting(CaseEntry::businessKey)
                .containsExactly(SeedCases.STUDY_GROUP, SeedCases.MUNICIPAL_COORDINATOR);
        CaseEntry municipal = entry(page, "hachinohe", SeedCases.MUNICIPAL_COORDINATOR);
        assertThat(municipal.title()).isEqualTo("市町村コーディネーター配置");
        assertThat(municipal.municipalityName()).isEqualTo("八戸市");
        assertThat(municipal.progress()).extracting(Line::month).containsExactly("R5.8月", "R5.10月", "R5.11月");
        assertThat(municipal.progress()).extracting(Line::participants).containsExactly("4名", "5名", "9名");
        assertThat(municipal.progress()).extracting(Line::kind).containsOnly("打合せ");
        assertThat(municipal.progress()).extracting(Line::content).containsExactly(
                "市町村でコーディネーターを配置する際の業務内容等について検討",
                "市町村コーディネーターとの連携方法について検討",
                "市町村に配置されたコーディネーターとの連携について検討");
        assertThat(municipal.points()).extracting(CaseCollection.Point::number, CaseCollection.Point::text).containsExactly(
                tuple("①", "各課・専門職の課題を共通認識できるように庁内の関連課と打ち合わせの場を設定した。"),
                tuple("②", "自治体の現状と課題を共有し、課題解決に向けての庁内連携をどのように行っていくのかを検討した。"));
        assertThat(municipal.adviser()).as("the adviser who recorded the meetings").isEqualTo("八戸圏域アドバイザー");
        assertThat(municipal.voices()).singleElement().satisfies(voice -> {
            assertThat(voice.heading()).isEqualTo("圏域アドバイザー派遣申込者の声");
            assertThat(voice.speaker()).isEqualTo("市町村担当者");
            assertThat(voice.text()).startsWith("市町村担当者では気付かない専門的な視点");
        });

        CaseEntry accompaniment = entry(page, "kamitosan", SeedCases.ACCOMPANY);
        assertThat(accompaniment.title()).isEqualTo("伴走支援");
        assertThat(accompaniment.caseLabel()).isEqualTo("Bさん");
        assertThat(accompaniment.progress()).extracting(Line::month).containsExactly("R5.7月", "R5.7月", "R5.9月", "R5.10月");
        assertThat(accompaniment.progress()).extracting(Line::kind)
                .containsExactly("退院時カンファレンス", "同行訪問", "同行訪問", "事業所訪問");
        assertThat(accompaniment.progress()).extracting(Line::participants).containsExactly("15名", "7名", "5名", "7名");
        assertThat(accompaniment.progress().get(0).participantRoles()).isEqualTo("本人、家族、医療機関、市町村、支援センター、圏域アドバイザー等");
        assertThat(accompaniment.progress().get(0).participantsByKind()).isEqualTo(
                "本人・家族 2名、市町村（福祉） 1名、病院 1名、支援センター 1名、圏域アドバイザー 1名、その他 9名");
        assertThat(accompaniment.voices()).extracting(CaseCollection.Voice::speaker).containsExactly("相談支援専門員（コーディネーター）");

        CaseEntry shimokita = entry(page, "shimokita", SeedCases.SHIMOKITA);
        assertThat(shimokita.caseLabel()).isEqualTo("Cさん");
        assertThat(shimokita.progress()).extracting(Line::participants).containsExactly("5名", "18名");
        assertThat(shimokita.progress()).extracting(Line::online).containsExactly(false, true);
        assertThat(shimokita.voices()).extracting(CaseCollection.Voice::speaker).containsExactly("支援センター職員");

        CaseEntry plan = entry(page, "tsugaru", SeedCases.EVACUATION);
        assertThat(plan.title()).isEqualTo("災害時個別避難計画の作成");
        assertThat(plan.caseLabel()).isEqualTo("Dさん");
        assertThat(plan.summary()).as("概要 from the plan's own record").contains("（第1版・登録済み）");
        assertThat(plan.progress()).as("the meeting of R5.3月 belongs to 令和4年度")
                .extracting(Line::month).containsExactly("R5.5月", "R5.11月");
        assertThat(plan.progress()).extracting(Line::participants).containsExactly("9名", "7名");
        assertThat(plan.points()).singleElement().satisfies(point -> {
            assertThat(point.number()).isEqualTo("①");
            assertThat(point.heading()).as("a record's note has no heading").isEmpty();
            assertThat(point.text()).startsWith("停電時の自宅での電源確保");
        });
        assertThat(plan.adviser()).as("a coordinator recorded the plan's meetings: the region's adviser")
                .isEqualTo("津軽圏域アドバイザー");
        assertThat(plan.voices()).isEmpty();
    }

    @Test
    void thePreviousYearHoldsTheFirstMeetingOfThePlan() {
        CaseCollection.Page page = collection.of(R5.previous(), Optional.empty(), AccessScope.all());
        assertThat(page.title()).startsWith("令和4年度");
        assertThat(page.activityCount()).isEqualTo(1);
        assertThat(page.hasPrevious()).isFalse();
        assertThat(page.hasNext()).isTrue();
        CaseEntry plan = entry(page, "tsugaru", SeedCases.EVACUATION);
        assertThat(plan.progress()).singleElement().satisfies(line -> {
            assertThat(line.month()).isEqualTo("R5.3月");
            assertThat(line.participants()).isEqualTo("13名");
            assertThat(line.kind()).isEqualTo("ケース会議");
        });
    }

    @Test
    void thePrefectureOpensThePrintablePageAndChildrenAppearOnlyByTheirLabel() {
        ResponseEntity<String> answer = get("prefecture", "/reports/case-collection?fiscalYear=2023");
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        String html = answer.getBody();
        assertThat(html).contains("令和5年度 青森県医療的ケア児等圏域アドバイザー活動事例集", "＜八戸圏域＞", "＜上十三圏域＞",
                "R5.8月", "4名", "市町村でコーディネーターを配置する際の業務内容等について検討",
                "圏域アドバイザーが対応したこと・工夫したこと", "圏域アドバイザー派遣申込者の声",
                "一歩踏み出す事ができた", "Bさん", "@page { size: A4;");
        assertThat(html).doesNotContain("R5.3月", SeedCases.CHILD_NAME_IN_PLAN, "Exception");

        String kamitosan = get("prefecture", "/reports/case-collection?fiscalYear=2023&region=kamitosan").getBody();
        assertThat(kamitosan).contains(SeedCases.ACCOMPANY).doesNotContain(SeedCases.MUNICIPAL_COORDINATOR, "＜八戸圏域＞");
    }

    @Test
    void eachUserSeesOnlyTheRowsTheirRoleCovers() {
        String hachinoheCity = get("muni.022039", "/reports/case-collection?fiscalYear=2023").getBody();
        assertThat(hachinoheCity).contains(SeedCases.MUNICIPAL_COORDINATOR)
                .doesNotContain(SeedCases.STUDY_GROUP, SeedCases.ACCOMPANY, SeedCases.SHIMOKITA, SeedCases.EVACUATION);

        String adviser = get("adviser.hachinohe", "/reports/case-collection?fiscalYear=2023").getBody();
        assertThat(adviser).contains(SeedCases.MUNICIPAL_COORDINATOR, SeedCases.STUDY_GROUP)
                .doesNotContain(SeedCases.ACCOMPANY, SeedCases.EVACUATION);

        String coordinator = get("coord.tsugaru", "/reports/case-collection?fiscalYear=2023").getBody();
        assertThat(coordinator).as("coord.tsugaru coordinates Dさん").contains(SeedCases.EVACUATION)
                .doesNotContain(SeedCases.MUNICIPAL_COORDINATOR, SeedCases.ACCOMPANY);

        for (String user : List.of("muni.022039", "adviser.hachinohe", "coord.tsugaru")) {
            assertThat(get(user, "/dashboard").getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(get("center", "/dashboard").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/dashboard", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void withoutLoginEveryPageAnswers401() {
        for (String path : List.of("/reports/case-collection?fiscalYear=2023", "/reports/activities.csv?from=2023-04-01&to=2024-03-31",
                "/dashboard", "/search?q=DSP", "/reports/advisers-year.csv?fiscalYear=2023")) {
            ResponseEntity<String> answer = rest.getForEntity(path, String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        }
        // One wrong password only, and for a user no other test logs in as: Camunda throttles repeated failures.
        assertThat(rest.withBasicAuth("muni.024503", "wrong").getForEntity("/dashboard", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void badInputGets400WithAJapaneseSentenceAndNoStackTrace() {
        assertBadInput("/reports/case-collection", "年度（fiscalYear）");
        assertBadInput("/reports/case-collection?fiscalYear=R5", "西暦4桁");
        assertBadInput("/reports/case-collection?fiscalYear=2021", "令和3年度（2021年度）の活動記録はありません");
        assertBadInput("/reports/case-collection?fiscalYear=2024", "令和4年度（fiscalYear=2022）から令和5年度（fiscalYear=2023）まで");
        assertBadInput("/reports/case-collection?fiscalYear=2023&region=nowhere", "圏域「nowhere」はありません");
        assertBadInput("/reports/activities.csv?from=2023-13-01&to=2024-03-31", "日付（例: 2023-04-01）");
        assertBadInput("/reports/activities.csv?from=2024-03-31&to=2023-04-01",
                "期間の終わり（to=2023-04-01、2023年4月1日(土)）が始まり（from=2024-03-31、2024年3月31日(日)）より前です");
        assertBadInput("/reports/activities.csv?from=2023-04-01", "終わり（to）");
        assertBadInput("/dashboard?fiscalYear=1999", "平成11年度");
        assertBadInput("/reports/advisers-year.csv?fiscalYear=1999", "平成11年度");
        assertBadInput("/reports/advisers-year.csv?fiscalYear=R5", "西暦4桁");
        assertBadInput("/search?q=" + "あ".repeat(65), "64文字以内");
    }

    // --- CSV ------------------------------------------------------------------------------

    @Test
    void theCsvRoundTripsEveryActivityOfTheYearWithJapaneseIntact() {
        ResponseEntity<byte[]> answer = rest.withBasicAuth("prefecture", "demo")
                .getForEntity("/reports/activities.csv?from=2023-04-01&to=2024-03-31", byte[].class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().toString()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment", "filename*=UTF-8''");
        byte[] body = answer.getBody();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);

        List<List<String>> rows = Csv.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).isEqualTo(ActivitiesCsv.HEADERS);
        List<ActivityRecord> expected = records.findAll().stream()
                .filter(record -> !record.getActivityDate().isBefore(LocalDate.of(2023, 4, 1))
                        && !record.getActivityDate().isAfter(LocalDate.of(2024, 3, 31)))
                .sorted(Comparator.comparing(ActivityRecord::getActivityDate).thenComparing(ActivityRecord::getBusinessKey)
                        .thenComparing(ActivityRecord::getId))
                .toList();
        assertThat(expected).hasSize(14);
        assertThat(rows.subList(1, rows.size())).filteredOn(row -> row.get(8).equals("随時相談"))
                .as("the year's consultations, by date, among the records").extracting(row -> row.get(9))
                .containsExactly(ADVICE_HACHINOHE, ADVICE_CENTER_SHIMOKITA);
        List<List<String>> data = rows.subList(1, rows.size()).stream().filter(row -> !row.get(8).equals("随時相談")).toList();
        assertThat(data).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            ActivityRecord record = expected.get(i);
            List<String> row = data.get(i);
            assertThat(row.get(0)).isEqualTo(record.getActivityDate().toString());
            assertThat(row.get(1)).isEqualTo(JapaneseDates.shortMonth(record.getActivityDate()));
            assertThat(row.get(3)).isEqualTo(record.getKind().label());
            assertThat(row.get(4)).isEqualTo(Integer.toString(record.getParticipantCount()));
            assertThat(row.get(5)).isEqualTo(record.getParticipantRoles());
            assertThat(row.get(6)).isEqualTo(record.getContent());
            assertThat(row.get(7)).isEqualTo(record.getNotes() == null ? "" : record.getNotes());
            assertThat(row.get(9)).isEqualTo(record.getBusinessKey());
            assertThat(row.get(12)).as("記録者 by name (issue 24), never the user id")
                    .isNotBlank().isNotEqualTo(record.getRecordedBy()).doesNotContain(record.getRecordedBy());
            assertThat(row).hasSize(17);
            assertThat(row.get(16)).as("実施日（曜日つき）, the ISO 実施日 kept first for machines")
                    .isEqualTo(record.getActivityDate().getYear() + "年" + record.getActivityDate().getMonthValue() + "月"
                            + record.getActivityDate().getDayOfMonth() + "日(" + "月火水木金土日".charAt(
                                    record.getActivityDate().getDayOfWeek().getValue() - 1) + ")");
            assertThat(row.get(13)).as("participants by kind").endsWith("名");
            assertThat(row.get(14)).isEqualTo(record.isParticipantsMany() ? "○" : "");
            assertThat(row.get(15)).isEqualTo(record.isOnline() ? "○" : "");
        }
        assertThat(data).filteredOn(row -> row.get(15).equals("○")).singleElement().satisfies(row -> {
            assertThat(row.get(0)).isEqualTo("2023-08-22");
            assertThat(row.get(13)).isEqualTo("市町村（福祉） 1名、病院 2名、障害福祉サービス事業所 1名、支援センター 1名、"
                    + "圏域アドバイザー 1名、その他 12名");
        });
        assertThat(data).anySatisfy(row -> assertThat(row.get(7)).isEqualTo(SeedCases.NOTE_WITH_QUOTES));
        assertThat(data).filteredOn(row -> row.get(9).equals(SeedCases.ACCOMPANY))
                .hasSize(4).allSatisfy(row -> {
                    assertThat(row.get(2)).isEqualTo("上十三");
                    assertThat(row.get(8)).isEqualTo("圏域アドバイザー派遣");
                    assertThat(row.get(10)).isEqualTo("十和田市");
                    assertThat(row.get(11)).isEqualTo("Bさん");
                    assertThat(row.get(12)).isEqualTo("上十三圏域アドバイザー");
                });

        String municipal = new String(rest.withBasicAuth("muni.022039", "demo")
                .getForEntity("/reports/activities.csv?from=2023-04-01&to=2024-03-31", byte[].class).getBody(), StandardCharsets.UTF_8);
        List<List<String>> own = Csv.parse(municipal.substring(1));
        assertThat(own.subList(1, own.size())).extracting(row -> row.get(9))
                .containsExactly(SeedCases.MUNICIPAL_COORDINATOR, SeedCases.MUNICIPAL_COORDINATOR, SeedCases.MUNICIPAL_COORDINATOR);
    }

    // --- dashboard ------------------------------------------------------------------------

    @Test
    void dashboardFiguresMatchTheFixtureWorkedOutByHand() {
        Dashboard.Page page = new FlowDriver(engine).as("prefecture", () -> dashboard.of(Optional.of(R5)));

        // Requests accepted in 令和5年度: 八戸 24 h (study group) and 48 h (municipal coordinator),
        // 上十三 30 h, 下北 72 h. p90 of two values a < b is a + 0.9 (b - a).
        assertLeadTime(flow(page, "hachinohe", Flow.DISPATCH).toAcceptance(), 2, 1.5, 1.0 + 0.9 * (2.0 - 1.0));
        assertLeadTime(flow(page, "kamitosan", Flow.DISPATCH).toAcceptance(), 1, 1.25, 1.25);
        assertLeadTime(flow(page, "shimokita", Flow.DISPATCH).toAcceptance(), 1, 3.0, 3.0);
        assertThat(flow(page, "tsugaru", Flow.DISPATCH).toAcceptance().count()).as("the waiting request").isZero();
        // Closed: 八戸 165 and 119 days, 上十三 114, 下北 51; the plan approved 269 days after it began.
        assertLeadTime(flow(page, "hachinohe", Flow.DISPATCH).toClose(), 2, 142.0, 119 + 0.9 * (165 - 119));
        assertLeadTime(flow(page, "kamitosan", Flow.DISPATCH).toClose(), 1, 114.0, 114.0);
        assertLeadTime(flow(page, "shimokita", Flow.DISPATCH).toClose(), 1, 51.0, 51.0);
        assertLeadTime(flow(page, "tsugaru", Flow.EVACUATION_PLAN).toClose(), 1, 269.0, 269.0);
        assertThat(flow(page, "hachinohe", Flow.DISPATCH).toAcceptance().average()).isEqualTo("1.5日");

        FlowRow waiting = flow(page, "tsugaru", Flow.DISPATCH);
        assertThat(waiting.openRequests()).isEqualTo(1);
        assertThat(waiting.openTasks()).isEqualTo(1);
        assertThat(waiting.overdueTasks()).isEqualTo(1);
        assertThat(page.flows()).filteredOn(row -> row != waiting)
                .allSatisfy(row -> assertThat(row.openRequests() + row.openTasks() + row.overdueTasks()).isZero());

        assertThat(page.groups()).singleElement().satisfies(group -> {
            assertThat(group.groupId()).isEqualTo("adviser-tsugaru");
            assertThat(group.label()).isEqualTo("津軽圏域アドバイザー");
            assertThat(group.open()).isEqualTo(1);
            assertThat(group.overdue()).isEqualTo(1);
        });
        assertThat(page.overdueTotal()).isEqualTo(1);
        assertThat(page.overdue()).singleElement().satisfies(task -> {
            assertThat(task.taskDefinitionKey()).isEqualTo("UserTask_AdviserAcceptance");
            assertThat(task.businessKey()).isEqualTo(SeedCases.WAITING);
            assertThat(task.due()).isEqualTo("2024年3月7日(木) 11:00");
            assertThat(task.daysOverdue()).isEqualTo(3);
            assertThat(task.groups()).as("the group by name, not by id").isEqualTo("津軽圏域アドバイザー");
        });

        assertThat(page.months()).hasSize(12).startsWith("R5.4月").endsWith("R6.3月");
        assertThat(monthly(page, "八戸")).containsExactly(0L, 1L, 0L, 1L, 1L, 0L, 2L, 1L, 0L, 0L, 0L, 0L);
        assertThat(monthly(page, "上十三")).containsExactly(0L, 0L, 0L, 2L, 0L, 1L, 1L, 0L, 0L, 0L, 0L, 0L);
        assertThat(monthly(page, "下北")).containsExactly(0L, 0L, 0L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(monthly(page, "津軽")).as("the plan's meetings the adviser attended count as the adviser's work")
                .containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L);

        assertThat(page.incidents()).allSatisfy(row -> assertThat(row.open() + row.createdInYear()).isZero());
        assertThat(page.incidents()).extracting(Dashboard.IncidentRow::finishedInYear).containsExactly(4L, 0L, 0L);

        assertThat(page.plans()).extracting(Dashboard.CoverageRow::municipalityName).containsExactly("弘前市", "十和田市", "むつ市");
        assertThat(page.plans()).extracting(Dashboard.CoverageRow::withPlan).containsExactly(1L, 0L, 0L);
        assertThat(page.plans()).extracting(Dashboard.CoverageRow::withoutPlan).containsExactly(0L, 1L, 1L);
        assertThat(page.children()).isEqualTo(3);
        assertThat(page.childrenWithPlan()).isEqualTo(1);
    }


    // --- the advisers' year ------------------------------------------------------------------

    @Test
    void theAdvisersYearCountsWhatTheAdvisersDidPerRegionAndPerAdviser() {
        AdvisersYear.Year year = advisersYear.of(Optional.of(R5));

        // 八戸: six visits (three study group meetings, three meetings with 八戸市), 13+20+10+4+5+9 people
        assertRegion(year, "hachinohe", 6, 61, 6, 0, 0);
        // 上十三: four visits, 15+7+5+7; 下北: two visits, 5+18
        assertRegion(year, "kamitosan", 4, 34, 4, 0, 0);
        assertRegion(year, "shimokita", 2, 23, 2, 0, 0);
        // 津軽: no visit, but the plan's two meetings of 令和5年度 (9 and 7) had the adviser among their participants
        assertRegion(year, "tsugaru", 2, 16, 0, 0, 2);
        assertRegion(year, "aomori", 0, 0, 0, 0, 0);
        assertThat(year.total().activities()).isEqualTo(14);
        assertThat(year.total().participants()).isEqualTo(134);
        assertThat(year.total().many()).isZero();
        assertThat(year.kinds()).startsWith("面談", "同行訪問", "ケース会議", "打合せ", "勉強会");
        // 面談 0, 同行訪問 2, ケース会議 2, 打合せ 5, 勉強会 3, 退院時カンファレンス 1, 事業所訪問 1, 相談対応 0, その他 0
        assertThat(year.total().byKind()).containsExactly(0, 2, 2, 5, 3, 1, 1, 0, 0);
        assertThat(yearRegion(year, "tsugaru").figures().months()).containsExactly(0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0);

        // the demo's coordinators work at an office in each region's largest city
        assertThat(yearRegion(year, "shimokita").withoutCoordinator()).containsExactly("大間町", "東通村", "風間浦村", "佐井村");
        assertThat(yearRegion(year, "shimokita").municipalities()).isEqualTo(5);
        assertThat(yearRegion(year, "aomori").withoutCoordinator()).doesNotContain("青森市").hasSize(4);

        assertThat(year.advisers()).extracting(AdvisersYear.AdviserYear::userId).contains("adviser.aomori", "adviser.tsugaru",
                "adviser.hachinohe", "adviser.kamitosan", "adviser.shimokita");
        assertThat(adviser(year, "adviser.hachinohe").figures().dispatches()).isEqualTo(6);
        assertThat(adviser(year, "adviser.tsugaru").figures().meetingsAttended()).as("meetings of the region they cover")
                .isEqualTo(2);
        assertThat(adviser(year, "adviser.tsugaru").figures().activities()).isEqualTo(2);
        assertThat(adviser(year, "adviser.aomori").regionNames()).containsExactly("青森", "西北五");
        assertThat(adviser(year, "adviser.aomori").figures().activities()).isZero();

        // 随時相談: 八戸's adviser answered one about 三戸町 in 令和5年度 (one more in 令和4年度), the center one about 大間町
        assertThat(yearRegion(year, "hachinohe").figures().consultations()).isEqualTo(1);
        assertThat(yearRegion(year, "shimokita").figures().consultations()).as("the center's, about a 下北 town").isEqualTo(1);
        assertThat(year.regions()).filteredOn(region -> !List.of("hachinohe", "shimokita").contains(region.regionId()))
                .allSatisfy(region -> assertThat(region.figures().consultations()).as(region.regionId()).isZero());
        assertThat(adviser(year, "adviser.hachinohe").figures().consultations()).isEqualTo(1);
        assertThat(adviser(year, "adviser.shimokita").figures().consultations()).as("the center answered it").isZero();
        assertThat(adviser(year, "adviser.tsugaru").figures().consultations()).isZero();
        assertThat(year.total().consultations()).isEqualTo(2);
        assertThat(year.total().activities()).as("a consultation is no activity record").isEqualTo(14);
        assertThat(advisersYear.of(Optional.of(R5.previous())).total().consultations()).isEqualTo(1);

        String chart = year.monthlyChart();
        assertThat(chart).startsWith("<svg").contains("R5.4月", "八戸", "<title>八戸 R5.10月 2件</title>").endsWith("</svg>");
        assertThat(year.participantsChart()).contains(">61名<", ">34名<", ">23名<", ">16名<");
    }

    @Test
    void theDashboardShowsTheAdvisersYearWithChartsAndItsCsvOpensForManagersOnly() {
        String html = get("prefecture", "/dashboard?fiscalYear=2023").getBody();
        assertThat(html).contains("圏域アドバイザーの活動（令和5年度）", "<svg", "月別の活動件数（圏域別）",
                "/reports/advisers-year.csv?fiscalYear=2023", "大間町、東通村、風間浦村、佐井村（4/5）");
        assertThat(html).doesNotContain("<script");
        assertThat(html).containsPattern("data-region=\"hachinohe\">\\s*<td>八戸</td>\\s*<td class=\"n activities\">6</td>"
                + "\\s*<td class=\"n participants\">61</td>\\s*<td class=\"n many\">0</td>\\s*<td class=\"n dispatches\">6</td>");
        assertThat(html).containsPattern("data-adviser=\"adviser.tsugaru\">[^/]*</td>\\s*<td>津軽</td>\\s*<td class=\"n activities\">2</td>"
                + "\\s*<td class=\"n participants\">16</td>(\\s*<td class=\"n [a-z]+\">0</td>){3}\\s*<td class=\"n attended\">2</td>");
        assertThat(html).contains("<th>随時相談（件）</th>");
        assertThat(html).containsPattern("(?s)data-region=\"hachinohe\">((?!</tr>).)*<td class=\"n consultations\">1</td>");
        assertThat(html).containsPattern("(?s)data-region=\"tsugaru\">((?!</tr>).)*<td class=\"n consultations\">0</td>");
        assertThat(html).containsPattern("(?s)data-adviser=\"adviser.hachinohe\">((?!</tr>).)*<td class=\"n consultations\">1</td>");
        assertThat(html).containsPattern("(?s)data-adviser=\"adviser.shimokita\">((?!</tr>).)*<td class=\"n consultations\">0</td>");

        for (String user : List.of("prefecture", "center")) {
            ResponseEntity<byte[]> answer = rest.withBasicAuth(user, "demo")
                    .getForEntity("/reports/advisers-year.csv?fiscalYear=2023", byte[].class);
            assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(answer.getHeaders().getContentType().toString()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
            byte[] body = answer.getBody();
            assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            List<List<String>> rows = Csv.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
            List<String> headers = rows.get(0);
            assertThat(headers).startsWith("年度", "区分", "圏域", "アドバイザー", "活動件数", "延べ参加者")
                    .contains("種類別: 打合せ", "月別: R5.8月", "コーディネーターのいない市町村");
            List<String> hachinohe = rows.stream().filter(row -> row.get(1).equals("圏域") && row.get(2).equals("八戸"))
                    .findFirst().orElseThrow();
            assertThat(hachinohe.get(4)).isEqualTo("6");
            assertThat(hachinohe.get(5)).isEqualTo("61");
            assertThat(hachinohe.get(headers.indexOf("派遣（回）"))).isEqualTo("6");
            assertThat(hachinohe.get(headers.indexOf("月別: R5.10月"))).isEqualTo("2");
            List<String> tsugaru = rows.stream().filter(row -> row.get(1).equals("アドバイザー") && row.get(2).equals("津軽"))
                    .findFirst().orElseThrow();
            assertThat(tsugaru.get(headers.indexOf("退院・避難計画の会議への参加（回）"))).isEqualTo("2");
            int consultations = headers.indexOf("随時相談（件）");
            assertThat(consultations).isPositive();
            assertThat(hachinohe.get(consultations)).isEqualTo("1");
            assertThat(tsugaru.get(consultations)).isEqualTo("0");
            assertThat(rows.stream().filter(row -> row.get(1).equals("アドバイザー") && row.get(2).equals("八戸"))
                    .findFirst().orElseThrow().get(consultations)).isEqualTo("1");
            assertThat(rows.stream().filter(row -> row.get(1).equals("圏域") && row.get(2).equals("下北"))
                    .findFirst().orElseThrow().get(consultations)).isEqualTo("1");
            assertThat(rows.get(rows.size() - 1).get(consultations)).isEqualTo("2");
            assertThat(rows.get(rows.size() - 1)).startsWith("令和5年度", "合計", "", "", "14", "134");
        }
        assertThat(rest.withBasicAuth("admin", "admin").getForEntity("/reports/advisers-year.csv", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        for (String user : List.of("muni.022039", "adviser.hachinohe", "coord.tsugaru")) {
            ResponseEntity<String> refused = get(user, "/reports/advisers-year.csv?fiscalYear=2023");
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).as(user).doesNotContain("八戸", "134");
        }
    }

    static AdvisersYear.RegionYear yearRegion(AdvisersYear.Year year, String regionId) {
        return year.regions().stream().filter(region -> region.regionId().equals(regionId)).findFirst().orElseThrow();
    }

    static AdvisersYear.AdviserYear adviser(AdvisersYear.Year year, String userId) {
        return year.advisers().stream().filter(adviser -> adviser.userId().equals(userId)).findFirst().orElseThrow();
    }

    static void assertRegion(AdvisersYear.Year year, String regionId, int activities, int participants, int dispatches,
            int regional, int attended) {
        AdvisersYear.Figures figures = yearRegion(year, regionId).figures();
        assertThat(figures.activities()).as(regionId + " activities").isEqualTo(activities);
        assertThat(figures.participants()).as(regionId + " 延べ参加者").isEqualTo(participants);
        assertThat(figures.dispatches()).as(regionId + " dispatches").isEqualTo(dispatches);
        assertThat(figures.regional()).as(regionId + " regional").isEqualTo(regional);
        assertThat(figures.meetingsAttended()).as(regionId + " meetings attended").isEqualTo(attended);
    }

    @Test
    void aClaimedTaskStillCountsForItsGroup() {
        FlowDriver driver = new FlowDriver(engine);
        org.camunda.bpm.engine.task.Task waiting = engine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(SeedCases.WAITING).singleResult();
        driver.as("adviser.tsugaru", () -> {
            engine.getTaskService().claim(waiting.getId(), "adviser.tsugaru");
            return null;
        });
        try {
            Dashboard.Page page = driver.as("prefecture", () -> dashboard.of(Optional.of(R5)));
            assertThat(page.groups()).singleElement().satisfies(group -> {
                assertThat(group.groupId()).isEqualTo("adviser-tsugaru");
                assertThat(group.open()).isEqualTo(1);
                assertThat(group.overdue()).isEqualTo(1);
            });
            assertThat(page.overdue()).singleElement().extracting(Dashboard.OverdueRow::assignee)
                    .as("who holds it, by name").isEqualTo("津軽圏域アドバイザー");
        } finally {
            engine.getTaskService().setAssignee(waiting.getId(), null);
        }
    }
    @Test
    void thePrefectureSeesTheOverdueAcceptanceInRed() {
        String html = get("prefecture", "/dashboard").getBody();
        int row = html.indexOf("<tr class=\"overdue\" data-task=\"UserTask_AdviserAcceptance\">");
        assertThat(row).as(html).isPositive();
        assertThat(html.substring(row, html.indexOf("</tr>", row))).contains(SeedCases.WAITING, "3日", "2024年3月7日(木) 11:00", "津軽圏域アドバイザー",
                "/camunda/app/tasklist/default/#/?task=");
        assertThat(html.substring(row, html.indexOf("</tr>", row))).as("names, not ids; the day as our screens write it")
                .doesNotContain("adviser-tsugaru", "2024-03-07", "令和6年3月7日");
        assertThat(html).containsPattern("tr\\.overdue td \\{[^}]*color: #b00000");
        assertThat(html).contains("ダッシュボード（令和5年度）", "期限切れ 1件");
    }

    // --- search ---------------------------------------------------------------------------

    @Test
    void searchFindsByKeyLabelAndMunicipalityWithinTheUsersScope() {
        assertThat(found("prefecture", SeedCases.MUNICIPAL_COORDINATOR)).containsExactly(SeedCases.MUNICIPAL_COORDINATOR);
        assertThat(found("prefecture", "Bさん")).containsExactly(SeedCases.ACCOMPANY);
        assertThat(found("prefecture", "むつ市")).containsExactly(SeedCases.SHIMOKITA);
        assertThat(found("prefecture", "022021")).containsExactly(SeedCases.WAITING, SeedCases.EVACUATION);
        assertThat(found("prefecture", "０２２０２１")).as("full-width digits are the same code")
                .containsExactly(SeedCases.WAITING, SeedCases.EVACUATION);
        assertThat(found("prefecture", "dsp-2023")).hasSize(4);
        assertThat(found("prefecture", "%")).as("no wildcard").isEmpty();
        assertThat(found("muni.022039", "DSP-2023")).containsExactly(SeedCases.MUNICIPAL_COORDINATOR);
        assertThat(found("prefecture", "adv-2023")).as("consultations, newest first")
                .containsExactly(ADVICE_CENTER_SHIMOKITA, ADVICE_HACHINOHE, ADVICE_HACHINOHE_R4);
        assertThat(found("adviser.hachinohe", "ADV-2023")).containsExactly(ADVICE_HACHINOHE, ADVICE_HACHINOHE_R4);
        assertThat(found("muni.022039", "ADV-2023")).as("八戸市 was not asked about").isEmpty();
        assertThat(found("coord.hachinohe", "ADV-2023")).as("a consultation is no coordinator's").isEmpty();
        assertThat(get("prefecture", "/search?q=" + ADVICE_HACHINOHE).getBody()).contains("随時相談", "記録済み（電話）",
                "三戸町", "href=\"/advice\"");

        String prefecture = get("prefecture", "/search?q=" + SeedCases.WAITING).getBody();
        assertThat(prefecture).contains("class=\"tasklist\"", "class=\"cockpit\"", "アドバイザー受諾待ち");
        assertThat(get("prefecture", "/search?q=" + SeedCases.SHIMOKITA).getBody()).as("a closed request says how it ended")
                .contains("完了（圏域アドバイザーを派遣）");
        String adviser = get("adviser.tsugaru", "/search?q=" + SeedCases.WAITING).getBody();
        assertThat(adviser).as("the adviser may take the task, not open Cockpit")
                .contains("class=\"tasklist\"").doesNotContain("class=\"cockpit\"");
        String town = get("muni.022021", "/search?q=" + SeedCases.WAITING).getBody();
        assertThat(town).as("弘前市 sees its request but not the advisers' task").contains(SeedCases.WAITING)
                .doesNotContain("class=\"tasklist\"");
    }

    // --- helpers ----------------------------------------------------------------------------

    ResponseEntity<String> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    void assertBadInput(String path, String message) {
        ResponseEntity<String> answer = get("prefecture", path);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN)).as(path).isTrue();
        assertThat(answer.getBody()).as(path).contains(message).doesNotContain("Exception", "at jp.", "at org.");
    }

    List<String> found(String user, String query) {
        return new RestDriver(rest).found(user, query);
    }

    static RegionSection region(CaseCollection.Page page, String regionId) {
        return page.regions().stream().filter(region -> region.regionId().equals(regionId)).findFirst().orElseThrow();
    }

    static CaseEntry entry(CaseCollection.Page page, String regionId, String businessKey) {
        return region(page, regionId).cases().stream().filter(entry -> entry.businessKey().equals(businessKey))
                .findFirst().orElseThrow(() -> new AssertionError(businessKey + " not in " + regionId));
    }

    static FlowRow flow(Dashboard.Page page, String regionId, Flow flow) {
        return page.flows().stream().filter(row -> row.regionId().equals(regionId) && row.flow() == flow)
                .findFirst().orElseThrow();
    }

    static List<Long> monthly(Dashboard.Page page, String regionName) {
        return page.dispatches().stream().filter(row -> row.regionName().equals(regionName)).findFirst().orElseThrow().counts();
    }

    static void assertLeadTime(LeadTime leadTime, long count, double averageDays, double p90Days) {
        assertThat(leadTime.count()).isEqualTo(count);
        assertThat(leadTime.averageDays()).isCloseTo(averageDays, within(1e-6));
        assertThat(leadTime.p90Days()).isCloseTo(p90Days, within(1e-6));
    }
}

package jp.tsunagu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import jp.tsunagu.access.AccessScope;
import jp.tsunagu.demo.DemoSeed;
import jp.tsunagu.report.CaseCollection.CaseEntry;
import jp.tsunagu.report.CaseCollection.Line;
import jp.tsunagu.report.CaseCollection.RegionSection;

/**
 * The demo profile's start-up ({@link DemoSeed}, run by the application itself before the test)
 * played the seed's ten cases through the flows: the case collection since the advisers began
 * holds the seed's 33 rows of 経過 (src/test/resources/seed/keika-rows.csv) with their month,
 * kind and count, ten cases in six regions, as HTML and PDF; every demo role has open work in its
 * Tasklist; and a second start plays nothing. On H2 ({@link DemoSeedTest}) and PostgreSQL
 * ({@link DemoSeedPostgresTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoSeedContract {

    static final String SINCE_THE_START = "from=2022-04&to=2024-03";
    static final List<String> REGION_HEADINGS = List.of("＜青森圏域＞", "＜津軽圏域＞", "＜八戸圏域＞", "＜西北五圏域＞", "＜上十三圏域＞",
            "＜下北圏域＞");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseCollection collection;
    @Autowired
    DemoSeed seed;
    @Autowired
    TestRestTemplate rest;

    CaseCollection.Page sinceTheStart() {
        return collection.of(CollectionPeriod.parse("2022-04", "2024-03"), Optional.empty(), AccessScope.all());
    }

    @Test
    void theCollectionHoldsEveryOneOfTheSeeds33RowsWithItsMonthKindAndCount() throws IOException {
        CaseCollection.Page page = sinceTheStart();
        SeedKeikaRows seedRows = SeedKeikaRows.load();
        assertThat(seedRows.rows()).hasSize(33);
        Map<String, List<Line>> linesByRegion = new LinkedHashMap<>();
        for (RegionSection region : page.regions()) {
            linesByRegion.put(region.regionId(), new ArrayList<>(region.cases().stream()
                    .flatMap(entry -> entry.progress().stream()).toList()));
        }
        List<String> missing = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (SeedKeikaRows.Row row : seedRows.rows()) {
            List<Line> lines = linesByRegion.getOrDefault(row.region(), new ArrayList<>());
            Optional<Line> found = lines.stream().filter(line -> sameRow(row, line)).findFirst();
            found.ifPresentOrElse(lines::remove, () -> missing.add(row.seedCase() + " " + row.eraMonth() + " " + row.kind()));
            report.add((found.isPresent() ? "✓ " : "✗ ") + row.seedCase() + " " + row.region() + " " + row.eraMonth() + " "
                    + row.kind() + " " + row.participantsAsShown()
                    + found.map(line -> " ← " + line.month() + " " + line.kind() + " " + line.participants() + " " + line.content()).orElse(""));
        }
        write("demo-seed-rows.txt", String.join("\n", report) + "\n" + (33 - missing.size()) + " of 33 rows appear\n");
        assertThat(missing).as("rows of the seed not in the collection").isEmpty();
        assertThat(linesByRegion.values()).as("no row beyond the seed's").allSatisfy(rest -> assertThat(rest).isEmpty());
        assertThat(page.activityCount()).isEqualTo(33);
        assertThat(page.caseCount()).isEqualTo(10);
        assertThat(page.regions()).filteredOn(region -> !region.cases().isEmpty()).extracting(RegionSection::regionId)
                .containsExactly("aomori", "tsugaru", "hachinohe", "seihokugo", "kamitosan", "shimokita");
        assertThat(page.regions()).extracting(region -> region.cases().size()).containsExactly(2, 2, 2, 1, 2, 1);
    }

    /** Month and count as the seed has them; the kind is ours, or the seed's names it and leads the content. */
    static boolean sameRow(SeedKeikaRows.Row row, Line line) {
        return line.month().equals(row.eraMonth()) && line.participants().equals(row.participantsAsShown())
                && (line.kind().equals(row.kind()) || line.content().contains(row.kind()));
    }

    @Test
    void eachCaseHasTheSeedsTitlePointsAndVoicesAndEachRegionItsDirection() {
        CaseCollection.Page page = sinceTheStart();
        List<CaseEntry> cases = page.regions().stream().flatMap(region -> region.cases().stream()).toList();
        assertThat(cases).extracting(CaseEntry::title).containsExactly("医療的ケア児等コーディネーターの伴走支援",
                "青森圏域勉強会「TEAMつなぐ」の企画・運営", "医療的ケア児等コーディネーターの伴走支援", "災害時個別避難計画の作成推進に向けて",
                "市町村で配置する医療的ケア児等コーディネーターとの連携づくり", "八戸圏域勉強会「八戸の医ケアを考える会」の企画・運営",
                "医療的ケア児等コーディネーターの伴走支援", "医療的ケア児等コーディネーターの伴走支援", "上十三地域コーディネーター会議の企画・運営",
                "相談支援専門員のいない地域における圏外入院中児童の対応");
        assertThat(cases).allSatisfy(entry -> {
            assertThat(entry.points()).as(entry.businessKey()).hasSizeBetween(2, 3);
            assertThat(entry.voices()).as(entry.businessKey()).isNotEmpty();
            assertThat(entry.summary()).as(entry.businessKey()).isNotBlank();
        });
        assertThat(cases.get(0).voices().get(0).heading()).as("the requester's feedback").isEqualTo("圏域アドバイザー派遣申込者の声");
        assertThat(cases.get(1).voices().get(0).heading()).as("a study group's voices").isEqualTo("勉強会参加者の声");
        assertThat(cases.get(8).voices().get(0).heading()).as("a meeting's voices").isEqualTo("会議参加者の声");
        assertThat(page.regions()).allSatisfy(region -> assertThat(region.direction()).as(region.regionId()).isNotBlank());
    }

    @Test
    void thePdfHoldsEveryRegionsHeadingAndItsFirstPageIsWrittenOut() throws IOException {
        ResponseEntity<byte[]> answer = rest.withBasicAuth("prefecture", "demo")
                .getForEntity("/reports/case-collection.pdf?" + SINCE_THE_START, byte[].class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (PDDocument pdf = Loader.loadPDF(answer.getBody())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("[ \\t]+", "");
            assertThat(text).contains(REGION_HEADINGS.toArray(String[]::new));
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setStartPage(1);
            firstPage.setEndPage(2);
            write("demo-collection-pages1-2.txt", firstPage.getText(pdf));
            write("demo-collection.txt", new PDFTextStripper().getText(pdf));
        }
        String html = rest.withBasicAuth("prefecture", "demo").getForEntity("/reports/case-collection?" + SINCE_THE_START,
                String.class).getBody();
        assertThat(html).contains(REGION_HEADINGS.toArray(String[]::new)).contains("多数", "R4.9月", "R5.11月");
    }

    @Test
    void everyDemoRoleHasOpenWorkInItsTasklist() {
        List<String> users = new ArrayList<>(List.of("admin", "center", "prefecture", "muni.022080", "muni.022021"));
        for (String region : List.of("aomori", "tsugaru", "hachinohe", "seihokugo", "kamitosan", "shimokita")) {
            users.add("adviser." + region);
            users.add("coord." + region);
        }
        Map<String, Long> open = new LinkedHashMap<>();
        users.forEach(user -> open.put(user, as(user, () -> engine.getTaskService().createTaskQuery().active().count())));
        write("demo-open-work.txt", open.toString());
        assertThat(open).allSatisfy((user, count) -> assertThat(count).as(user).isPositive());

        assertThat(taskOf("center", "UserTask_Triage")).as("a request at triage").isNotEmpty();
        assertThat(taskOf("adviser.tsugaru", "UserTask_AdviserAcceptance")).as("one at acceptance").isNotEmpty();
        assertThat(taskOf("coord.kamitosan", "UserTask_ScheduleConference")).as("a discharge before its conference").isNotEmpty();
        assertThat(taskOf("coord.shimokita", "UserTask_SecondMeeting")).as("a plan at its second meeting").isNotEmpty();
        assertThat(taskOf("muni.022080", "UserTask_ConfirmMunicipality")).as("a discharge at the municipality").isNotEmpty();
        assertThat(taskOf("muni.022021", "UserTask_Feedback")).as("a request at its feedback").isNotEmpty();
    }

    @Test
    void aSecondStartPlaysNothing() {
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        long tasks = engine.getTaskService().createTaskQuery().count();
        assertThat(instances).isGreaterThan(10);
        assertThat(seed.playOnce()).isFalse();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(engine.getTaskService().createTaskQuery().count()).isEqualTo(tasks);
        assertThat(sinceTheStart().activityCount()).isEqualTo(33);
    }

    // --- helpers --------------------------------------------------------------------------------

    List<Task> taskOf(String user, String definitionKey) {
        return as(user, () -> engine.getTaskService().createTaskQuery().taskDefinitionKey(definitionKey).list());
    }

    <T> T as(String user, java.util.function.Supplier<T> work) {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    void write(String name, String text) {
        try {
            Path file = Path.of("target", getClass().getSimpleName() + "-" + name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

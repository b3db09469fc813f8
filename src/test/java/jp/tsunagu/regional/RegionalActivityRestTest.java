package jp.tsunagu.regional;

import static jp.tsunagu.support.RestDriver.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagu.activity.ActivityRecords;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.RestDriver;

/**
 * Who may start a regional activity and who sees it, through the REST API as the demo users:
 * 上十三's adviser plans a coordinator meeting for 十和田市; 十和田市 reads it, 三沢市 (same region,
 * not concerned) sees nothing, 八戸's adviser neither; the center and the prefecture see it.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class RegionalActivityRestTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    static final String TOWADA = "022063";
    static final String START = "/engine-rest/process-definition/key/" + ProcessKeys.REGIONAL_ACTIVITY + "/start";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ManagementService management;
    @Autowired
    ActivityRecords records;
    @Autowired
    RegionalActivityKindRepository kinds;

    RestDriver driver;

    @BeforeEach
    void init() {
        driver = new RestDriver(rest);
    }

    @Test
    void municipalitiesCoordinatorsThePrefectureAndOtherRegionsAdvisersDoNotStartIt() {
        Map<String, Object> body = Map.of("variables", variables("region", "kamitosan", "activityTheme", "コーディネーター会議"));
        for (String user : new String[] {"muni.022063", "coord.kamitosan", "prefecture", "adviser.hachinohe"}) {
            ResponseEntity<Map<String, Object>> answer = driver.send(user, HttpMethod.POST, START, body);
            assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(String.valueOf(answer.getBody().get("message"))).as(user).matches(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*");
        }
        assertThat(driver.send("adviser.hachinohe", HttpMethod.POST, START, body).getBody().get("message").toString())
                .contains("その圏域の圏域アドバイザーまたは支援センター");
        assertThat(driver.send("adviser.kamitosan", HttpMethod.POST, START,
                Map.of("variables", variables("region", "kamitosan", "activityTheme", "会議", "municipalityCode", TOWADA)))
                .getStatusCode()).as("only the start form's fields").isIn(HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN);
        driver.start("center", ProcessKeys.REGIONAL_ACTIVITY, variables("region", "shimokita", "activityTheme", "下北圏域の研修会"),
                HttpStatus.OK);
    }

    @Test
    void theRegionsAdvisersTheMunicipalityItIsForTheCenterAndThePrefectureSeeItNobodyElse() {
        Map<String, Object> started = driver.start("adviser.kamitosan", ProcessKeys.REGIONAL_ACTIVITY,
                variables("region", "kamitosan", "activityTheme", "上十三圏域コーディネーター会議"), HttpStatus.OK);
        String instanceId = (String) started.get("id");
        assertThat((String) started.get("businessKey")).matches("REG-\\d{4}-\\d{4}");

        Map<String, Object> plan = driver.task("adviser.kamitosan", instanceId, "UserTask_Plan");
        assertThat(driver.candidateGroups("adviser.kamitosan", plan)).containsExactly("adviser-kamitosan");
        driver.complete("adviser.kamitosan", plan, variables(
                "regionalKind", "COORDINATOR_MEETING",
                "firstMeetingDate", TODAY.toString(),
                "meetingPlace", "十和田市保健センター",
                "online", false,
                "wholeRegion", false,
                "targetMunicipality1", TOWADA,
                "expectedCount", 40));

        String instance = "/engine-rest/process-instance/" + instanceId;
        String history = "/engine-rest/history/process-instance/" + instanceId;
        for (String user : new String[] {"adviser.kamitosan", "muni.022063", "center", "prefecture"}) {
            assertThat(driver.statusOf(user, HttpMethod.GET, instance, null).value()).as(user + " sees it").isEqualTo(200);
            assertThat(driver.statusOf(user, HttpMethod.GET, history, null).value()).as(user + " sees its history").isEqualTo(200);
        }
        for (String user : new String[] {"adviser.hachinohe", "muni.022071", "muni.022012", "coord.kamitosan"}) {
            assertThat(driver.statusOf(user, HttpMethod.GET, instance, null).value()).as(user + " does not").isIn(403, 404);
            assertThat(driver.statusOf(user, HttpMethod.GET, history, null).value()).as(user + " does not").isIn(403, 404);
            assertThat(driver.tasks(user, instanceId)).as(user).isEmpty();
        }

        // search finds it by its key for the same people (its region's advisers, the town it is for, the center, the prefecture)
        String businessKey = (String) started.get("businessKey");
        for (String user : new String[] {"adviser.kamitosan", "muni.022063", "center", "prefecture", "admin"}) {
            assertThat(driver.found(user, businessKey)).as(user + " finds it").containsExactly(businessKey);
        }
        assertThat(driver.get("muni.022063", "/search?q=" + businessKey).getBody()).contains("圏域の活動", "上十三圏域", "開催・記録中");
        for (String user : new String[] {"adviser.hachinohe", "muni.022071", "muni.022012", "coord.kamitosan"}) {
            assertThat(driver.found(user, businessKey)).as(user + " does not").isEmpty();
        }

        Map<String, Object> review = driver.task("center", instanceId, "UserTask_CenterReview");
        for (String user : new String[] {"prefecture", "muni.022063", "adviser.kamitosan"}) {
            assertThat(driver.statusOf(user, HttpMethod.POST, "/engine-rest/task/" + review.get("id") + "/complete",
                    Map.of("variables", variables("centerComment", "了解")))).as(user + " reads, does not comment").matches(
                            status -> status.value() == 403 || status.value() == 404);
        }
        driver.complete("center", review, variables("centerComment", "支援センターからも1名参加します。"));

        // the meeting's day has come: the adviser records it
        management.executeJob(management.createJobQuery().processInstanceId(instanceId).singleResult().getId());
        Map<String, Object> record = driver.task("adviser.kamitosan", instanceId, "UserTask_RecordMeeting");
        assertThat(driver.tasks("adviser.hachinohe", instanceId)).isEmpty();
        driver.complete("adviser.kamitosan", record, variables(
                "activityDate", TODAY.toString(),
                "participantRoles", "圏域内コーディネーター、検討会議委員、市町村担当者、オブザーバー、圏域アドバイザー",
                "participants_OTHER", 41,
                "activityContent", "圏域内の事例検討会他",
                "adviserNotes", "課題のあるケース3件を選定し、各分野の参加者から意見・情報を共有した。",
                "participantVoices", "圏域として書類の取扱いを統一できた。"));
        assertThat(driver.statusOf("muni.022063", HttpMethod.GET, history, null).value()).isEqualTo(200);
        assertThat(records.of((String) started.get("businessKey"))).singleElement()
                .satisfies(r -> assertThat(r.getParticipantCount()).isEqualTo(41));

        // its record is in the reports of 十和田市 (it is for 十和田市), not of 三沢市 (same region, not concerned)
        String key = (String) started.get("businessKey");
        int year = TODAY.getMonthValue() >= 4 ? TODAY.getYear() : TODAY.getYear() - 1;
        String csv = "/reports/activities.csv?from=" + year + "-04-01&to=" + (year + 1) + "-03-31";
        String collection = "/reports/case-collection?fiscalYear=" + year;
        // the collection holds what the center published (掲載する)
        assertThat(driver.postForm("center", "/reports/case-collection/cases/" + key, "fiscalYear", String.valueOf(year),
                "published", "on").getStatusCode().isError()).isFalse();
        for (String reader : new String[] {"muni.022063", "adviser.kamitosan", "center", "prefecture"}) {
            assertThat(driver.get(reader, csv).getBody()).as(reader + " CSV").contains(key, "圏域内の事例検討会他");
            assertThat(driver.get(reader, collection).getBody()).as(reader + " case collection").contains("圏域内の事例検討会他");
        }
        for (String outsider : new String[] {"muni.022071", "muni.022012", "adviser.hachinohe", "coord.kamitosan"}) {
            assertThat(driver.get(outsider, csv).getBody()).as(outsider + " CSV").doesNotContain(key);
            assertThat(driver.get(outsider, collection).getBody()).as(outsider + " case collection")
                    .doesNotContain("圏域内の事例検討会他");
        }
    }

    @Test
    void anAdministratorAddsRenamesAndStopsAKindAndAKindInUseIsNeverDeleted() {
        String page = "/regional-activity-kinds";
        assertThat(driver.get("admin", page).getBody()).contains("圏域の活動の種類", "勉強会", "パネル展・交流会");
        String label = "養成研修" + System.nanoTime() % 100_000;
        assertThat(driver.postForm("admin", page, "label", label, "activityKind", "STUDY_GROUP").getStatusCode()
                .isError()).isFalse();
        RegionalActivityKind added = kinds.findAll().stream().filter(kind -> kind.getLabel().equals(label)).findFirst()
                .orElseThrow();
        assertThat(added.isActive()).isTrue();
        assertThat(added.getCode()).matches("KIND_\\d+");

        assertBadInput(driver.postForm("admin", page, "label", label, "activityKind", "STUDY_GROUP"), "すでにあります");
        assertBadInput(driver.postForm("admin", page, "label", "研修", "activityKind", "PARTY"), "「活動記録の種類」の選択「PARTY」は選べません");
        assertBadInput(driver.postForm("admin", page, "label", " ", "activityKind", "OTHER"), "「種類の名前」を入力してください");
        assertBadInput(driver.postForm("admin", page, "label", "<b>研修</b>", "activityKind", "OTHER"), "HTMLのタグ");
        assertBadInput(driver.postForm("admin", page + "/NO_SUCH/active", "active", "false"), "はありません");
        assertBadInput(driver.postForm("admin", page + "/" + added.getCode() + "/active", "active", "maybe"), "true か false");
        assertThat(driver.postForm("admin", page + "/" + added.getCode() + "/label", "label", label + "（育成）")
                .getStatusCode().isError()).isFalse();
        assertThat(kinds.findById(added.getCode()).orElseThrow().getLabel()).isEqualTo(label + "（育成）");

        // an adviser plans one of the new kind: it is used now
        Map<String, Object> started = driver.start("adviser.kamitosan", ProcessKeys.REGIONAL_ACTIVITY,
                variables("region", "kamitosan", "activityTheme", "コーディネーター養成研修"), HttpStatus.OK);
        Map<String, Object> plan = driver.task("adviser.kamitosan", (String) started.get("id"), "UserTask_Plan");
        driver.complete("adviser.kamitosan", plan, planOf(added.getCode()));
        assertBadInput(driver.postForm("admin", page + "/" + added.getCode() + "/delete"), "使われているため削除できません");
        assertThat(kinds.existsById(added.getCode())).isTrue();
        assertThat(driver.get("admin", page).getBody()).contains("活動で使用中のため削除不可");

        // stopped: no longer offered, and a plan naming it is refused; the activity keeps its kind
        assertThat(driver.postForm("admin", page + "/" + added.getCode() + "/active", "active", "false").getStatusCode()
                .isError()).isFalse();
        Map<String, Object> next = driver.start("adviser.kamitosan", ProcessKeys.REGIONAL_ACTIVITY,
                variables("region", "kamitosan", "activityTheme", "次の研修"), HttpStatus.OK);
        Map<String, Object> nextPlan = driver.task("adviser.kamitosan", (String) next.get("id"), "UserTask_Plan");
        assertThat(driver.get("adviser.kamitosan", "/engine-rest/task/" + nextPlan.get("id") + "/form-variables").getBody())
                .contains("勉強会").doesNotContain(label);
        ResponseEntity<Map<String, Object>> refused = driver.send("adviser.kamitosan", HttpMethod.POST,
                "/engine-rest/task/" + nextPlan.get("id") + "/complete", Map.of("variables", planOf(added.getCode())));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(refused.getBody().get("message"))).contains("は選べません");

        // an unused kind may be deleted
        String unused = "使わない種類" + System.nanoTime() % 100_000;
        driver.postForm("admin", page, "label", unused, "activityKind", "OTHER");
        String unusedCode = kinds.findAll().stream().filter(kind -> kind.getLabel().equals(unused)).findFirst()
                .orElseThrow().getCode();
        assertThat(driver.postForm("admin", page + "/" + unusedCode + "/delete").getStatusCode().isError()).isFalse();
        assertThat(kinds.existsById(unusedCode)).isFalse();

        assertThat(driver.get("prefecture", "/audit").getBody()).contains("追加: " + label, "名前の変更: " + label,
                "使用停止: " + label, "削除: " + unused);
    }

    private static Map<String, Object> planOf(String kindCode) {
        return variables("regionalKind", kindCode, "firstMeetingDate", TODAY.plusDays(30).toString(),
                "meetingPlace", "十和田市保健センター", "online", false, "wholeRegion", true);
    }

    private static void assertBadInput(ResponseEntity<String> answer, String says) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains(says);
    }
}

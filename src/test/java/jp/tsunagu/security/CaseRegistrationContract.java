package jp.tsunagu.security;

import static jp.tsunagu.support.RestDriver.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCaseRepository;
import jp.tsunagu.casework.MedicalCareItem;
import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.RestDriver;

/**
 * ケース登録 for a child who already lives at home (issue 24): a municipality registers its own
 * residents and the center anyone, on /cases/new, or by starting {@code evacuation-plan} without
 * a case number; every other role is refused (403) for reads and writes alike, a municipality for
 * another's child too; bad input is a 400 with a Japanese sentence and registers nothing; a
 * browser session needs the page's token; the registration is in the audit log, whose page and
 * the case page show dates in Japanese. Runs on H2 ({@link CaseRegistrationTest}) and PostgreSQL
 * ({@link CaseRegistrationPostgresTest}).
 */
abstract class CaseRegistrationContract {

    static final String HIROSAKI = "022021";
    static final String MUTSU = "022080";
    static final Pattern CASE_ID = Pattern.compile("CASE-\\d{4}-\\d{4,}");
    static final Pattern JAPANESE_TIME = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日\\([月火水木金土日]\\) \\d{2}:\\d{2}:\\d{2}");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ChildCaseRepository cases;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aMunicipalityRegistersItsOwnResidentsTheCenterAnyoneOthersNothing() {
        RestDriver driver = new RestDriver(rest);
        ResponseEntity<String> hirosakiForm = driver.get("muni." + HIROSAKI, "/cases/new");
        assertThat(hirosakiForm.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(hirosakiForm.getBody()).contains("ケース登録", "弘前市（022021）", "人工呼吸器の管理", "name=\"_csrf\"")
                .as("a municipality is offered its own residents only").doesNotContain("むつ市（022080）");
        assertThat(driver.get("center", "/cases/new").getBody()).contains("弘前市（022021）", "むつ市（022080）");
        for (String outsider : List.of("prefecture", "admin", "adviser.tsugaru", "coord.tsugaru")) {
            assertThat(driver.get(outsider, "/cases/new").getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.getForEntity("/cases/new", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        long before = cases.count();
        for (String outsider : List.of("prefecture", "admin", "adviser.tsugaru", "coord.tsugaru")) {
            ResponseEntity<String> refused = register(driver, outsider, "Xさん", "2024-03", HIROSAKI);
            assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).as(outsider).contains("ケース登録は、お住まいの市町村");
        }
        ResponseEntity<String> another = register(driver, "muni." + HIROSAKI, "Xさん", "2024-03", MUTSU);
        assertThat(another.getStatusCode()).as("弘前市 registers no むつ市 child").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cases.count()).as("nothing registered").isEqualTo(before);

        String own = caseIdOf(register(driver, "muni." + HIROSAKI, "Hさん", "令和6年3月", HIROSAKI,
                "care", "VENTILATOR", "care", "SUCTION", "physicianScore", "16"));
        ChildCase registered = load(own);
        assertThat(registered.getLabel()).isEqualTo("Hさん");
        assertThat(registered.getBirth()).as("令和6年3月 is 2024-03").isEqualTo(YearMonth.of(2024, 3));
        assertThat(registered.getHomeMunicipality().getCode()).isEqualTo(HIROSAKI);
        assertThat(registered.getCareItems()).containsExactlyInAnyOrder(MedicalCareItem.VENTILATOR, MedicalCareItem.SUCTION);
        assertThat(registered.getPhysicianScore()).isEqualTo(16);
        assertThat(registered.getCoordinator()).isNull();

        String byCenter = caseIdOf(register(driver, "center", "Iさん", "2023-11", MUTSU, "coordinatorUserId", "coord.shimokita"));
        assertThat(load(byCenter).getCoordinator().getUserId()).isEqualTo("coord.shimokita");
        assertThat(cases.count()).isEqualTo(before + 2);

        // who reads the registered case: its municipality and the center, not another municipality
        assertThat(driver.get("muni." + HIROSAKI, "/cases/" + own).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(driver.get("muni." + MUTSU, "/cases/" + own).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(driver.get("coord.shimokita", "/cases/" + byCenter).getStatusCode()).as("its coordinator").isEqualTo(HttpStatus.OK);
        assertThat(driver.get("muni." + HIROSAKI, "/cases/" + byCenter).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        String log = driver.get("prefecture", "/audit?caseId=" + own).getBody();
        assertThat(log).contains("ケース登録", "弘前市 担当者", "ケース登録（在宅）: 弘前市")
                .as("who registered it, by name (issue 24)").doesNotContain("muni." + HIROSAKI);
        assertThat(JAPANESE_TIME.matcher(log).find()).as("the audit log's times in Japanese: " + log).isTrue();
        assertThat(log).doesNotContainPattern("\\d{4}/\\d{2}/\\d{2} \\d{2}:");
    }

    @Test
    void badInputIsA400WithAJapaneseSentenceAndRegistersNothing() {
        RestDriver driver = new RestDriver(rest);
        long before = cases.count();
        String muni = "muni." + HIROSAKI;
        expect400(register(driver, muni, "", "2024-03", HIROSAKI), "ケースの呼び名");
        expect400(register(driver, muni, "Jさん", "", HIROSAKI), "生年月");
        expect400(register(driver, muni, "Jさん", "2024-13", HIROSAKI), "令和6年3月");
        expect400(register(driver, muni, "Jさん", "令和元年4月", HIROSAKI), "年月として読めません");
        String nextYear = String.valueOf(LocalDate.now(ZoneId.of("Asia/Tokyo")).getYear() + 1);
        expect400(register(driver, muni, "Jさん", nextYear + "-01", HIROSAKI), "未来の年月");
        expect400(register(driver, muni, "Jさん", "2024-03", HIROSAKI, "care", "TELEPATHY"), "医療的ケアの項目は一覧から");
        expect400(register(driver, muni, "Jさん", "2024-03", HIROSAKI, "physicianScore", "たくさん"), "医療的ケア判定スコア");
        expect400(register(driver, muni, "Jさん", "2024-03", HIROSAKI, "coordinatorUserId", "adviser.tsugaru"),
                "コーディネーターではありません");
        expect400(register(driver, muni, "<b>J</b>", "2024-03", HIROSAKI), "HTMLのタグ");
        expect400(register(driver, "center", "Jさん", "2024-03", "999999"), "市町村");
        expect400(register(driver, "center", "Jさん", "2024-03", ""), "お住まいの市町村");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void aBrowserSessionNeedsThePagesToken() {
        WebappSession hirosaki = WebappSession.logIn(rest, "muni." + HIROSAKI, "demo");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("caseLabel", "Kさん");
        form.add("caseBirthMonth", "2022-05");
        form.add("municipalityCode", HIROSAKI);
        long before = cases.count();
        assertThat(hirosaki.postForm("/cases", form).getStatusCode()).as("a cross-site form riding on the login")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cases.count()).isEqualTo(before);

        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(hirosaki.get("/cases/new").getBody());
        assertThat(token.find()).isTrue();
        form.add("_csrf", token.group(1));
        assertThat(hirosaki.postForm("/cases", form).getStatusCode().isError()).isFalse();
        assertThat(cases.count()).isEqualTo(before + 1);
    }

    /** evacuation-plan without caseId opens the case from its start form's child fields, as the discharge does. */
    @Test
    void aPlanStartedWithoutACaseNumberOpensTheCaseForTheMunicipalitysOwnResident() {
        RestDriver driver = new RestDriver(rest);
        long before = cases.count();
        Map<String, Object> started = driver.start("muni." + HIROSAKI, ProcessKeys.EVACUATION_PLAN,
                newChild(HIROSAKI, "Lさん", "令和5年8月"), HttpStatus.OK);
        String caseId = (String) driver.send("center", HttpMethod.GET, "/engine-rest/process-instance/" + started.get("id")
                + "/variables/caseId", null).getBody().get("value");
        ChildCase opened = load(caseId);
        assertThat(opened.getLabel()).isEqualTo("Lさん");
        assertThat(opened.getBirth()).isEqualTo(YearMonth.of(2023, 8));
        assertThat(opened.getHomeMunicipality().getCode()).isEqualTo(HIROSAKI);
        assertThat(opened.getCareItems()).containsExactly(MedicalCareItem.OXYGEN);
        assertThat(cases.count()).isEqualTo(before + 1);

        // the case page shows the plan with its start day in Japanese, and the birth month in 令和
        String page = driver.get("muni." + HIROSAKI, "/cases/" + caseId).getBody();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        assertThat(page).contains((String) started.get("businessKey"), "令和5年8月", JapaneseDates.day(today))
                .doesNotContain(today.toString());

        // the center too, for any municipality; a municipality not for another's child, a coordinator opens no case
        driver.start("center", ProcessKeys.EVACUATION_PLAN, newChild(MUTSU, "Mさん", "2024-01"), HttpStatus.OK);
        long afterCenter = cases.count();
        assertThat(afterCenter).isEqualTo(before + 2);
        for (String refused : List.of("muni." + HIROSAKI, "coord.shimokita")) {
            var answer = driver.send(refused, HttpMethod.POST, "/engine-rest/process-definition/key/"
                    + ProcessKeys.EVACUATION_PLAN + "/start", Map.of("variables", newChild(MUTSU, "Nさん", "2024-01")));
            assertThat(answer.getStatusCode()).as(refused + " " + answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        var missingLabel = driver.send("muni." + HIROSAKI, HttpMethod.POST, "/engine-rest/process-definition/key/"
                + ProcessKeys.EVACUATION_PLAN + "/start", Map.of("variables", variables("municipalityCode", HIROSAKI,
                        "caseBirthMonth", "2024-01")));
        assertThat(missingLabel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(missingLabel.getBody())).contains("ケースの呼び名");
        assertThat(cases.count()).as("nothing opened by a refused start").isEqualTo(afterCenter);
    }

    private static Map<String, Object> newChild(String municipality, String label, String birthMonth) {
        return variables("municipalityCode", municipality, "caseLabel", label, "caseBirthMonth", birthMonth,
                "care_OXYGEN", true);
    }

    private static ResponseEntity<String> register(RestDriver driver, String user, String label, String birthMonth,
            String municipality, String... more) {
        String[] fields = new String[6 + more.length];
        fields[0] = "caseLabel";
        fields[1] = label;
        fields[2] = "caseBirthMonth";
        fields[3] = birthMonth;
        fields[4] = "municipalityCode";
        fields[5] = municipality;
        System.arraycopy(more, 0, fields, 6, more.length);
        return driver.postForm(user, "/cases", fields);
    }

    /** The registered case's number: the redirect's target, or the case page it leads to. */
    private static String caseIdOf(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().isError()).as(String.valueOf(answer.getBody())).isFalse();
        String where = answer.getHeaders().getLocation() != null ? answer.getHeaders().getLocation().toString() : answer.getBody();
        Matcher id = CASE_ID.matcher(where);
        assertThat(id.find()).as(where).isTrue();
        return id.group();
    }

    private ChildCase load(String caseId) {
        return transaction.execute(status -> {
            ChildCase found = cases.findById(caseId).orElseThrow();
            found.getCareItems().size();
            if (found.getCoordinator() != null) {
                found.getCoordinator().getUserId();
            }
            return found;
        });
    }

    private static void expect400(ResponseEntity<String> answer, String sentence) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains(sentence);
    }
}

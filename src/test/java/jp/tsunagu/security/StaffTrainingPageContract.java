package jp.tsunagu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import jp.tsunagu.organization.StaffMember;
import jp.tsunagu.organization.StaffMemberRepository;
import jp.tsunagu.organization.StaffRole;
import jp.tsunagu.organization.Training;
import jp.tsunagu.organization.TrainingCourse;
import jp.tsunagu.support.RestDriver;

/**
 * /staff, the staff records' training history (issue 21): the center and administrators read and
 * write, the prefecture reads, everyone else is refused; bad input is 400 with a Japanese
 * sentence and changes nothing; a browser session needs the page's token; every change is in the
 * audit log. Runs on H2 ({@link StaffTrainingPageTest}) and PostgreSQL ({@link StaffTrainingPagePostgresTest}).
 */
abstract class StaffTrainingPageContract {

    static final Training ADVANCED_2024 = new Training(TrainingCourse.ADVANCED, 2024);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    StaffMemberRepository staff;

    @Test
    void theCenterAndAdministratorsReadAndWriteThePrefectureReadsOthersAreRefused() {
        RestDriver driver = new RestDriver(rest);
        long tsugaru = coordinatorId("coord.tsugaru");
        for (String reader : List.of("center", "admin", "prefecture")) {
            ResponseEntity<String> page = driver.get(reader, "/staff");
            assertThat(page.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(reader).contains("職員名簿と研修歴", "coord.tsugaru", "養成研修 2022年修了");
        }
        assertThat(driver.get("center", "/staff").getBody()).contains("研修の追加", "name=\"_csrf\"");
        assertThat(driver.get("prefecture", "/staff").getBody()).as("read only").contains("閲覧のみです")
                .doesNotContain("研修の追加").doesNotContain("name=\"_csrf\"");
        for (String outsider : List.of("adviser.shimokita", "coord.shimokita", "muni.022080")) {
            assertThat(driver.get(outsider, "/staff").getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.getForEntity("/staff", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        for (String refused : List.of("prefecture", "adviser.tsugaru", "coord.tsugaru", "muni.022021")) {
            ResponseEntity<String> answer = add(driver, refused, tsugaru, "ADVANCED", "2024");
            assertThat(answer.getStatusCode()).as(refused).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(answer.getBody()).as(refused).contains("支援センター");
        }
        assertThat(trainingsOf(tsugaru)).as("nothing changed").doesNotContain(ADVANCED_2024);

        assertThat(add(driver, "center", tsugaru, "ADVANCED", "2024").getStatusCode().isError()).as("saved").isFalse();
        assertThat(trainingsOf(tsugaru)).contains(ADVANCED_2024, new Training(TrainingCourse.BASIC, 2022));
        assertThat(driver.get("prefecture", "/staff").getBody()).contains("育成研修 2024年修了");
        assertThat(driver.postForm("prefecture", "/staff/" + tsugaru + "/trainings/remove", "course", "ADVANCED",
                "year", "2024").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(driver.postForm("admin", "/staff/" + tsugaru + "/trainings/remove", "course", "ADVANCED",
                "year", "2024").getStatusCode().isError()).as("an administrator corrects a mistake").isFalse();
        assertThat(trainingsOf(tsugaru)).doesNotContain(ADVANCED_2024).contains(new Training(TrainingCourse.BASIC, 2022));

        String log = driver.get("prefecture", "/audit").getBody();
        assertThat(log).contains("職員 coord.tsugaru", "研修歴の追加: 育成研修 2024年修了", "研修歴の削除: 育成研修 2024年修了");
    }

    @Test
    void badInputIsA400WithAJapaneseSentenceAndChangesNothing() {
        RestDriver driver = new RestDriver(rest);
        long hachinohe = coordinatorId("coord.hachinohe");
        List<Training> before = trainingsOf(hachinohe);
        expect400(add(driver, "center", hachinohe, "MASTER", "2024"), "研修の種類を選んでください");
        expect400(add(driver, "center", hachinohe, null, "2024"), "研修の種類を選んでください");
        expect400(add(driver, "center", hachinohe, "BASIC", "令和6"), "西暦4桁");
        expect400(add(driver, "center", hachinohe, "BASIC", ""), "西暦4桁");
        expect400(add(driver, "center", hachinohe, "BASIC", "99999999999999999999"), "西暦4桁");
        expect400(add(driver, "center", hachinohe, "BASIC", "1999"), "修了年は西暦で");
        expect400(add(driver, "center", hachinohe, "BASIC", "2020"), "すでに記録されています");
        expect400(driver.postForm("center", "/staff/" + hachinohe + "/trainings/remove", "course", "BASIC", "year", "2019"),
                "記録されていません");
        expect400(add(driver, "center", 999_999L, "BASIC", "2024"), "職員名簿にありません");
        expect400(driver.postForm("center", "/staff/coord.hachinohe/trainings", "course", "BASIC", "year", "2024"),
                "値が正しくありません");
        assertThat(trainingsOf(hachinohe)).isEqualTo(before);
    }

    @Test
    void aBrowserSessionNeedsThePagesToken() {
        long kamitosan = coordinatorId("coord.kamitosan");
        WebappSession center = WebappSession.logIn(rest, "center", "demo");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("course", "ADVANCED");
        form.add("year", "2025");
        String path = "/staff/" + kamitosan + "/trainings";
        assertThat(center.postForm(path, form).getStatusCode()).as("a cross-site form riding on the center's login")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(trainingsOf(kamitosan)).doesNotContain(new Training(TrainingCourse.ADVANCED, 2025));

        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(center.get("/staff").getBody());
        assertThat(token.find()).isTrue();
        form.add("_csrf", token.group(1));
        assertThat(center.postForm(path, form).getStatusCode().isError()).isFalse();
        assertThat(trainingsOf(kamitosan)).contains(new Training(TrainingCourse.ADVANCED, 2025));
    }

    private ResponseEntity<String> add(RestDriver driver, String user, long staffId, String course, String year) {
        return course == null ? driver.postForm(user, "/staff/" + staffId + "/trainings", "year", year)
                : driver.postForm(user, "/staff/" + staffId + "/trainings", "course", course, "year", year);
    }

    private static void expect400(ResponseEntity<String> answer, String sentence) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains(sentence);
    }

    private long coordinatorId(String userId) {
        return staff.findByUserIdAndRole(userId, StaffRole.COORDINATOR).map(StaffMember::getId).orElseThrow();
    }

    private List<Training> trainingsOf(long id) {
        return staff.findById(id).orElseThrow().getTrainings();
    }
}

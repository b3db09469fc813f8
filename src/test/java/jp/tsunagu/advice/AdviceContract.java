package jp.tsunagu.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.casework.MedicalCareItem;
import jp.tsunagu.casework.NewChildCase;
import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.support.RestDriver;

/**
 * 随時相談 (issue 20) through our pages as the demo users: who records for which municipality, who
 * reads which entries on /advice and in the activities CSV, Japanese 400s for bad input with
 * nothing stored, the case rule (only a case the adviser may see), CSRF and the audit log. Runs on
 * H2 ({@link AdviceTest}) and PostgreSQL ({@link AdvicePostgresTest}).
 */
abstract class AdviceContract {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    static final String MUTSU = "022080";
    static final String OMA = "024236";
    static final String AOMORI = "022012";

    TestRestTemplate rest;
    @Autowired
    AdhocAdviceRepository advice;
    @Autowired
    ChildCases cases;
    @Autowired
    TransactionTemplate transaction;

    RestDriver driver;

    /** Redirects are looked at, not followed: a stored consultation answers with the list's address. */
    @Autowired
    void rest(TestRestTemplate template) {
        this.rest = template.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    @BeforeEach
    void init() {
        driver = new RestDriver(rest);
    }

    @Test
    void theShimokitaAdviserRecordsACallAndItsRegionTheTownTheCenterAndThePrefectureReadIt() {
        String gist = "むつ市のコーディネーターから、保育所入所の調整について電話相談。" + System.nanoTime();
        ResponseEntity<String> saved = record("adviser.shimokita", "adviceDate", TODAY.toString(), "channel", "PHONE",
                "askerKind", "COORDINATOR", "municipalityCode", MUTSU, "minutes", "20", "gist", gist);
        assertThat(saved.getStatusCode().is3xxRedirection()).as(saved.getBody()).isTrue();
        String key = saved.getHeaders().getLocation().toString().replaceAll(".*recorded=", "");
        assertThat(key).matches("ADV-\\d{4}-\\d{4}");
        AdhocAdvice stored = advice.findById(key).orElseThrow();
        assertThat(stored.getRegion().getId()).isEqualTo("shimokita");
        assertThat(stored.getRecordedBy()).isEqualTo("adviser.shimokita");
        assertThat(driver.get("adviser.shimokita", "/advice?recorded=" + key).getBody()).contains(key + " を記録しました");

        for (String reader : List.of("adviser.shimokita", "center", "prefecture", "admin", "muni.022080")) {
            ResponseEntity<String> page = driver.get(reader, "/advice");
            assertThat(page.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(reader).contains(gist, "電話", "コーディネーター", "20分", "むつ市");
            assertThat(rowOf(page.getBody(), key)).as(reader + ": the day as our screens write it, the recorder by name")
                    .contains(JapaneseDates.day(TODAY), "下北圏域アドバイザー")
                    .doesNotContain(TODAY.toString(), "adviser.shimokita");
        }
        for (String outsider : List.of("adviser.tsugaru", "muni.022012", "muni.024236")) {
            ResponseEntity<String> page = driver.get(outsider, "/advice");
            assertThat(page.getStatusCode()).as(outsider + " opens the page").isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(outsider + " but not this entry").doesNotContain(gist).doesNotContain(key);
        }
        ResponseEntity<String> coordinator = driver.get("coord.shimokita", "/advice");
        assertThat(coordinator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(coordinator.getBody()).contains("随時相談の記録は、圏域アドバイザー、支援センター、県、相談のあった市町村が見られます");

        assertThat(csvRowsOf("muni.022080", key)).singleElement().satisfies(row -> {
            assertThat(row.get(0)).isEqualTo(TODAY.toString());
            assertThat(row.get(2)).isEqualTo("下北");
            assertThat(row.get(3)).isEqualTo("随時相談");
            assertThat(row.get(5)).isEqualTo("相談者: コーディネーター");
            assertThat(row.get(6)).isEqualTo("【電話・20分】" + gist);
            assertThat(row.get(8)).isEqualTo("随時相談");
            assertThat(row.get(10)).isEqualTo("むつ市");
            assertThat(row.get(12)).as("記録者 by name").isEqualTo("下北圏域アドバイザー");
            assertThat(row.get(16)).as("実施日（曜日つき）").isEqualTo(JapaneseDates.day(TODAY));
        });
        assertThat(csvRowsOf("center", key)).hasSize(1);
        assertThat(csvRowsOf("adviser.shimokita", key)).hasSize(1);
        assertThat(csvRowsOf("muni.022012", key)).isEmpty();
        assertThat(csvRowsOf("adviser.tsugaru", key)).isEmpty();
        assertThat(csvRowsOf("coord.shimokita", key)).isEmpty();

        String audit = driver.get("prefecture", "/audit").getBody();
        assertThat(rowOf(audit, key)).as("the audit log names who recorded it, not their id")
                .contains("随時相談の記録", "下北圏域アドバイザー").doesNotContain("adviser.shimokita")
                .containsPattern("<td>\\d{4}年\\d{1,2}月\\d{1,2}日\\([月火水木金土日]\\) \\d{2}:\\d{2}:\\d{2}</td>")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    /** The table row (tr) of a page that holds this text. */
    static String rowOf(String html, String text) {
        int at = html.indexOf(text);
        assertThat(at).as("「" + text + "」 on the page").isNotNegative();
        int start = html.lastIndexOf("<tr", at);
        return html.substring(start, html.indexOf("</tr>", at));
    }

    @Test
    void searchFindsAConsultationByItsKeyForThoseWhoReadItOnly() {
        ResponseEntity<String> saved = record("adviser.shimokita", "adviceDate", TODAY.toString(), "channel", "MAIL",
                "askerKind", "SCHOOL", "municipalityCode", MUTSU, "gist", "学校から、修学旅行の付き添いについてメールで相談。");
        String key = saved.getHeaders().getLocation().toString().replaceAll(".*recorded=", "");
        assertThat(key).matches("ADV-\\d{4}-\\d{4}");
        for (String reader : List.of("adviser.shimokita", "center", "prefecture", "admin", "muni.022080")) {
            assertThat(driver.found(reader, key)).as(reader).containsExactly(key);
            assertThat(driver.found(reader, key.toLowerCase())).as(reader + ", in small letters").containsExactly(key);
        }
        String page = driver.get("muni.022080", "/search?q=" + key).getBody();
        assertThat(page).contains("随時相談", "記録済み（メール）", "むつ市", "href=\"/advice\"")
                .doesNotContain("class=\"tasklist\"", "class=\"cockpit\"");
        for (String outsider : List.of("adviser.tsugaru", "muni.022012", "muni.024236", "coord.shimokita")) {
            assertThat(driver.found(outsider, key)).as(outsider).isEmpty();
        }
    }

    @Test
    void onlyAdvisersForTheirRegionsAndTheCenterRecordAndNothingElseIsStored() {
        long before = advice.count();
        for (String user : List.of("prefecture", "admin", "muni.022080", "coord.shimokita")) {
            ResponseEntity<String> refused = record(user, "adviceDate", TODAY.toString(), "channel", "PHONE",
                    "askerKind", "MUNICIPALITY", "municipalityCode", MUTSU, "gist", "相談");
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).as(user).contains("随時相談を記録できるのは、圏域アドバイザーと支援センターです");
            assertThat(driver.get(user, "/advice/new").getStatusCode()).as(user + " form").isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<String> otherRegion = record("adviser.tsugaru", "adviceDate", TODAY.toString(), "channel", "MAIL",
                "askerKind", "HOSPITAL", "municipalityCode", MUTSU, "gist", "相談");
        assertThat(otherRegion.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(otherRegion.getBody()).contains("「むつ市」は下北圏域の市町村です");
        assertThat(advice.count()).isEqualTo(before);

        String form = driver.get("adviser.tsugaru", "/advice/new").getBody();
        assertThat(form).contains("随時相談を記録する", "電話", "メール", "訪問", "その他", "弘前市").doesNotContain("むつ市");
        assertThat(driver.get("center", "/advice/new").getBody()).contains("むつ市", "弘前市", "青森市");
        assertThat(record("center", "adviceDate", TODAY.toString(), "channel", "VISIT", "askerKind", "FAMILY",
                "municipalityCode", OMA, "gist", "訪問して相談を受けた。").getStatusCode().is3xxRedirection()).isTrue();
        assertThat(advice.count()).isEqualTo(before + 1);
    }

    @Test
    void badInputIsRefusedWith400InJapaneseAndNothingIsStored() {
        long before = advice.count();
        String mutsuChild = openCase("Aさん", MUTSU);
        String aomoriChild = openCase("Bさん", AOMORI);
        List<String[]> cases = new ArrayList<>();
        // the refusal names the days as people read them (issue 24), not as the form sent them
        cases.add(new String[] {"未来の日付は入力できません（" + JapaneseDates.day(TODAY.plusDays(1)) + "、今日は"
                + JapaneseDates.day(TODAY) + "）", "adviceDate", TODAY.plusDays(1).toString()});
        cases.add(new String[] {"「相談日」は日付", "adviceDate", "昨日"});
        cases.add(new String[] {"「相談日」を入力", "adviceDate", ""});
        cases.add(new String[] {"「方法」の選択「FAX」は選べません", "channel", "FAX"});
        cases.add(new String[] {"「相談者の所属」を入力", "askerKind", ""});
        cases.add(new String[] {"「対応時間（分）」は整数", "minutes", "二十"});
        cases.add(new String[] {"「対応時間（分）」は1から1440まで", "minutes", "0"});
        cases.add(new String[] {"「相談の要旨と対応」を入力", "gist", "  "});
        cases.add(new String[] {"2000文字以内", "gist", "あ".repeat(2001)});
        cases.add(new String[] {"HTMLのタグ", "gist", "<script>alert(1)</script>"});
        cases.add(new String[] {"市町村コード「999999」は正しくありません", "municipalityCode", "999999"});
        cases.add(new String[] {"「市町村」を選んでください", "municipalityCode", ""});
        cases.add(new String[] {"見つからないか、あなたが見られるケースではありません", "caseId", aomoriChild});
        cases.add(new String[] {"見つからないか、あなたが見られるケースではありません", "caseId", "CASE-1999-0001"});
        List<String> differences = new ArrayList<>();
        for (String[] bad : cases) {
            ResponseEntity<String> answer = record("adviser.shimokita", with(bad[1], bad[2]));
            if (answer.getStatusCode().value() != 400 || answer.getBody() == null || !answer.getBody().contains(bad[0])) {
                differences.add(bad[1] + "=" + bad[2] + ": " + answer.getStatusCode().value() + " " + answer.getBody());
            }
        }
        ResponseEntity<String> otherHome = record("adviser.shimokita", "adviceDate", TODAY.toString(), "channel", "PHONE",
                "askerKind", "MUNICIPALITY", "municipalityCode", OMA, "caseId", mutsuChild, "gist", "相談");
        if (otherHome.getStatusCode().value() != 400 || !otherHome.getBody().contains("むつ市にお住まいです")) {
            differences.add("case of むつ市 with 大間町: " + otherHome.getStatusCode().value() + " " + otherHome.getBody());
        }
        assertThat(differences).as("inputs not refused with a Japanese 400").isEmpty();
        assertThat(advice.count()).isEqualTo(before);

        ResponseEntity<String> withCase = record("adviser.shimokita", "adviceDate", TODAY.minusDays(3).toString(),
                "channel", "PHONE", "askerKind", "CONSULTATION_OFFICE", "caseId", mutsuChild, "gist", "ケースについての相談。");
        assertThat(withCase.getStatusCode().is3xxRedirection()).as(withCase.getBody()).isTrue();
        String key = withCase.getHeaders().getLocation().toString().replaceAll(".*recorded=", "");
        AdhocAdvice stored = transaction.execute(status -> advice.findById(key).orElseThrow());
        assertThat(stored.getMunicipality().getCode()).as("the child's home, none chosen").isEqualTo(MUTSU);
        assertThat(stored.getChildCase().getId()).isEqualTo(mutsuChild);
        assertThat(driver.get("muni.022080", "/advice").getBody()).contains(mutsuChild + " Aさん");
        assertThat(driver.get("prefecture", "/audit?caseId=" + mutsuChild).getBody()).contains("随時相談の記録", key);
    }

    @Test
    void aBrowserSessionNeedsThePagesTokenAndAnotherSitesFormIsRefused() {
        long before = advice.count();
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, logInWithBrowser("adviser.shimokita"));
        ResponseEntity<String> form = rest.exchange("/advice/new", HttpMethod.GET, new HttpEntity<>(session), String.class);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        Matcher token = TOKEN.matcher(form.getBody());
        assertThat(token.find()).isTrue();
        session.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        LinkedMultiValueMap<String, String> fields = fields("adviceDate", TODAY.toString(), "channel", "PHONE",
                "askerKind", "MUNICIPALITY", "municipalityCode", MUTSU, "gist", "セッションからの相談記録");
        ResponseEntity<String> withoutToken = rest.exchange("/advice",
                HttpMethod.POST, new HttpEntity<>(fields, session), String.class);
        assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(withoutToken.getBody()).contains("画面の有効期限が切れたか");

        HttpHeaders crossSite = new HttpHeaders();
        crossSite.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        crossSite.add("Origin", "https://evil.example");
        assertThat(rest.withBasicAuth("adviser.shimokita", "demo").exchange("/advice", HttpMethod.POST,
                new HttpEntity<>(fields, crossSite), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(advice.count()).isEqualTo(before);

        fields.add("_csrf", token.group(1));
        assertThat(rest.exchange("/advice", HttpMethod.POST,
                new HttpEntity<>(fields, session), String.class).getStatusCode().is3xxRedirection()).isTrue();
        assertThat(advice.count()).isEqualTo(before + 1);
        assertThat(rest.getForEntity("/advice", String.class).getStatusCode()).as("no login").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    // --- helpers ---------------------------------------------------------------------------------

    static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** Logs in on our login page as a browser does; the session cookie. */
    String logInWithBrowser(String user) {
        ResponseEntity<String> page = rest.getForEntity("/login", String.class);
        String cookie = page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";", 2)[0];
        Matcher token = TOKEN.matcher(page.getBody());
        assertThat(token.find()).isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookie);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = rest.exchange("/login", HttpMethod.POST, new HttpEntity<>(fields("username", user,
                "password", RestDriver.passwordOf(user), "_csrf", token.group(1)), headers), String.class);
        assertThat(login.getStatusCode().is3xxRedirection()).as(login.getBody()).isTrue();
        return login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse(cookie);
    }

    ResponseEntity<String> record(String user, String... nameValuePairs) {
        return driver.postForm(user, "/advice", nameValuePairs);
    }

    /** A valid consultation of むつ市 with one field replaced. */
    static String[] with(String name, String value) {
        List<String> pairs = new ArrayList<>(List.of("adviceDate", TODAY.toString(), "channel", "PHONE",
                "askerKind", "MUNICIPALITY", "municipalityCode", MUTSU, "minutes", "15", "gist", "相談"));
        int at = pairs.indexOf(name);
        if (at >= 0 && at % 2 == 0) {
            pairs.set(at + 1, value);
        } else {
            pairs.add(name);
            pairs.add(value);
        }
        return pairs.toArray(String[]::new);
    }

    static LinkedMultiValueMap<String, String> fields(String... nameValuePairs) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            form.add(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return form;
    }

    /** The CSV rows of this consultation as the user downloads the activities of this fiscal year. */
    List<List<String>> csvRowsOf(String user, String key) {
        int year = TODAY.getMonthValue() >= 4 ? TODAY.getYear() : TODAY.getYear() - 1;
        ResponseEntity<byte[]> answer = rest.withBasicAuth(user, RestDriver.passwordOf(user)).getForEntity(
                "/reports/activities.csv?from=" + year + "-04-01&to=" + (year + 1) + "-03-31", byte[].class);
        if (!answer.getStatusCode().is2xxSuccessful()) {
            return List.of();
        }
        String text = new String(answer.getBody(), StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.substring(1).split("\r\n")) {
            List<String> fields = List.of(line.split(",", -1));
            if (fields.contains(key)) {
                rows.add(fields);
            }
        }
        return rows;
    }

    String openCase(String label, String municipalityCode) {
        return transaction.execute(status -> cases.open(new NewChildCase(label, YearMonth.of(2022, 4), municipalityCode,
                Set.of(MedicalCareItem.VENTILATOR), 32)).getId());
    }
}

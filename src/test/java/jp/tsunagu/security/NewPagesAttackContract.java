package jp.tsunagu.security;

import static jp.tsunagu.support.RestDriver.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import jp.tsunagu.advice.AdhocAdviceRepository;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.regional.RegionalActivityKindRepository;
import jp.tsunagu.support.RestDriver;

/**
 * The pages and flow steps that landed with issues 19–24, attacked as every demo role and as an
 * anonymous caller: who reads and who writes what (403/404), CSRF (no token, another Origin),
 * another region's or municipality's keys, bad input (Japanese 4xx, never 5xx) and what leaks
 * about a child. Runs on H2 ({@link NewPagesAttackTest}) and PostgreSQL ({@link NewPagesAttackPostgresTest}).
 */
abstract class NewPagesAttackContract {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    static final int FISCAL_YEAR = TODAY.getMonthValue() >= 4 ? TODAY.getYear() : TODAY.getYear() - 1;
    static final String MUTSU = "022080";
    static final String AOMORI_CITY = "022012";
    static final String HIROSAKI = "022021";
    static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    static final List<String> ROLES = List.of("muni.022080", "muni.022012", "coord.shimokita", "coord.aomori",
            "adviser.shimokita", "adviser.aomori", "center", "prefecture", "admin");

    TestRestTemplate rest;
    RestDriver driver;
    @Autowired
    AdhocAdviceRepository advice;
    @Autowired
    RegionalActivityKindRepository kinds;
    @Autowired
    jp.tsunagu.mail.MailSettings mailSettings;

    @Autowired
    void rest(TestRestTemplate template) {
        this.rest = template.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    @BeforeEach
    void init() {
        driver = new RestDriver(rest);
    }

    // --- anonymous -------------------------------------------------------------------------------

    @Test
    void anAnonymousCallerReadsAndWritesNothing() {
        for (String path : List.of("/advice", "/advice/new", "/staff", "/settings/mail",
                "/reports/case-collection?fiscalYear=" + FISCAL_YEAR, "/reports/case-collection.pdf?fiscalYear=" + FISCAL_YEAR,
                "/reports/case-collection/edit?fiscalYear=" + FISCAL_YEAR, "/regional-activity-kinds",
                "/reports/advisers-year.csv", "/dashboard", "/search?q=ADV-", "/search?q=REG-")) {
            ResponseEntity<String> answer = rest.getForEntity(path, String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(answer.getBody()).as(path).doesNotContain("CASE-", "ADV-2", "REG-2");
        }
        long before = advice.count();
        long kindsBefore = kinds.count();
        for (String path : List.of("/advice", "/staff/1/trainings", "/staff/1/trainings/remove", "/settings/mail",
                "/reports/case-collection/cases/DSP-2026-0001", "/reports/case-collection/directions",
                "/regional-activity-kinds", "/regional-activity-kinds/KIND_1/label", "/regional-activity-kinds/KIND_1/active",
                "/regional-activity-kinds/KIND_1/delete")) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("label", "匿名の種類");
            form.add("activityKind", "STUDY_GROUP");
            form.add("gist", "匿名");
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            ResponseEntity<String> answer = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(advice.count()).isEqualTo(before);
        assertThat(kinds.count()).isEqualTo(kindsBefore);
    }

    // --- reads per role --------------------------------------------------------------------------

    @Test
    void eachRoleOpensOnlyThePagesItMay() {
        Map<String, List<String>> allowed = Map.of(
                "/advice", List.of("muni.022080", "muni.022012", "adviser.shimokita", "adviser.aomori", "center", "prefecture", "admin"),
                "/advice/new", List.of("adviser.shimokita", "adviser.aomori", "center"),
                "/staff", List.of("center", "prefecture", "admin"),
                "/settings/mail", ROLES,
                "/reports/case-collection?fiscalYear=" + FISCAL_YEAR, ROLES,
                "/reports/case-collection/edit?fiscalYear=" + FISCAL_YEAR, List.of("center"),
                "/regional-activity-kinds", List.of("admin"),
                "/reports/advisers-year.csv", List.of("center", "prefecture", "admin"),
                "/dashboard", List.of("center", "prefecture", "admin"));
        allowed.forEach((path, readers) -> {
            for (String user : ROLES) {
                ResponseEntity<String> answer = driver.get(user, path);
                HttpStatus expected = readers.contains(user) ? HttpStatus.OK : HttpStatus.FORBIDDEN;
                assertThat(answer.getStatusCode()).as(user + " " + path + " " + answer.getBody()).isEqualTo(expected);
                if (expected == HttpStatus.FORBIDDEN) {
                    assertThat(answer.getBody()).as(user + " " + path).containsPattern(JAPANESE);
                }
                // a page about people is neither kept in a shared PC's cache nor framed by another site
                assertThat(answer.getHeaders().getCacheControl()).as(path).contains("no-store");
                assertThat(answer.getHeaders().getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
            }
        });
    }

    // --- writes per role -------------------------------------------------------------------------

    @Test
    void onlyTheirOwnersWriteAndEveryRefusalIsA403ThatChangesNothing() {
        long adviceBefore = advice.count();
        for (String user : List.of("muni.022080", "coord.shimokita", "prefecture", "admin")) {
            ResponseEntity<String> answer = driver.postForm(user, "/advice", validAdvice(MUTSU, "記録できない人の相談"));
            assertThat(answer.getStatusCode()).as(user + " " + answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(driver.postForm("adviser.aomori", "/advice", validAdvice(MUTSU, "他圏域の相談")).getStatusCode())
                .as("an adviser of 青森 about むつ市 (下北)").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(advice.count()).isEqualTo(adviceBefore);

        long kindsBefore = kinds.count();
        for (String user : List.of("center", "prefecture", "adviser.shimokita", "muni.022080", "coord.aomori")) {
            assertThat(driver.postForm(user, "/regional-activity-kinds", "label", "攻撃の種類" + user, "activityKind", "STUDY_GROUP")
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            // refused for who they are before anything about what they sent (403 before 400)
            assertThat(driver.postForm(user, "/regional-activity-kinds/KIND_1/active", "active", "vielleicht")
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(driver.postForm(user, "/regional-activity-kinds/KIND_1/label", "label", "改名")
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(driver.postForm(user, "/regional-activity-kinds/NO_SUCH/delete").getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(kinds.count()).isEqualTo(kindsBefore);

        for (String user : List.of("prefecture", "admin", "adviser.shimokita", "muni.022080", "coord.shimokita")) {
            assertThat(driver.postForm(user, "/reports/case-collection/directions", "fiscalYear", String.valueOf(FISCAL_YEAR),
                    "region", "shimokita", "direction", "書き換え").getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(driver.postForm(user, "/reports/case-collection/cases/DSP-2026-0001", "fiscalYear",
                    String.valueOf(FISCAL_YEAR), "published", "on").getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(driver.get(user, "/reports/case-collection/cases/DSP-2026-0001?fiscalYear=" + FISCAL_YEAR)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        for (String user : List.of("prefecture", "adviser.shimokita", "muni.022080", "coord.shimokita")) {
            assertThat(driver.postForm(user, "/staff/1/trainings", "course", "BASIC", "year", "2024").getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void theWritesThatPassAreInTheAuditLog() {
        String label = "監査される種類" + System.nanoTime() % 100000;
        assertThat(driver.postForm("admin", "/regional-activity-kinds", "label", label, "activityKind", "STUDY_GROUP")
                .getStatusCode().is3xxRedirection()).isTrue();
        String direction = "方向性" + System.nanoTime() % 100000;
        assertThat(driver.postForm("center", "/reports/case-collection/directions", "fiscalYear", String.valueOf(FISCAL_YEAR),
                "region", "kamitosan", "direction", direction).getStatusCode().is3xxRedirection()).isTrue();
        boolean mutsuReceives = mailSettings.receives("muni.022080");
        assertThat(driver.postForm("muni.022012", "/settings/mail", "receive", "off", "userId", "muni.022080")
                .getStatusCode().is3xxRedirection()).isTrue();
        assertThat(mailSettings.receives("muni.022012")).as("one's own switch").isFalse();
        assertThat(mailSettings.receives("muni.022080")).as("never another person's").isEqualTo(mutsuReceives);
        assertThat(driver.postForm("adviser.shimokita", "/advice", validAdvice(MUTSU, "監査される相談")).getStatusCode()
                .is3xxRedirection()).isTrue();
        String log = driver.get("prefecture", "/audit").getBody();
        assertThat(log).contains("追加: " + label, "上十三圏域", "メール通知の設定 muni.022012", "随時相談の記録");
    }

    // --- CSRF --------------------------------------------------------------------------------------

    @Test
    void aBrowserSessionWithoutThePagesTokenOrFromAnotherSiteIsRefused() {
        long adviceBefore = advice.count();
        WebappSession adviser = WebappSession.logIn(rest, "adviser.shimokita", "demo");
        assertThat(adviser.postForm("/advice", form(validAdvice(MUTSU, "CSRFの相談"))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        WebappSession admin = WebappSession.logIn(rest, "admin", "admin");
        assertThat(admin.postForm("/regional-activity-kinds", form("label", "CSRFの種類", "activityKind", "STUDY_GROUP"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        WebappSession center = WebappSession.logIn(rest, "center", "demo");
        assertThat(center.postForm("/reports/case-collection/directions", form("fiscalYear", String.valueOf(FISCAL_YEAR),
                "region", "aomori", "direction", "CSRF")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(center.postForm("/settings/mail", form("receive", "off")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // a wrong token is no token
        assertThat(center.postForm("/settings/mail", form("receive", "off", "_csrf", "forged")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // HTTP Basic from another site (a browser with cached credentials): refused on every new form
        for (String[] post : List.of(new String[] {"adviser.shimokita", "/advice"}, new String[] {"admin", "/regional-activity-kinds"},
                new String[] {"center", "/reports/case-collection/directions"}, new String[] {"center", "/settings/mail"},
                new String[] {"center", "/staff/1/trainings"})) {
            for (Map.Entry<String, String> header : Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site").entrySet()) {
                HttpHeaders headers = new HttpHeaders();
                headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
                headers.add(header.getKey(), header.getValue());
                ResponseEntity<String> answer = rest.withBasicAuth(post[0], RestDriver.passwordOf(post[0])).exchange(post[1],
                        HttpMethod.POST, new HttpEntity<>(form(validAdvice(MUTSU, "別サイトから")), headers), String.class);
                assertThat(answer.getStatusCode()).as(post[1] + " " + header).isEqualTo(HttpStatus.FORBIDDEN);
            }
        }
        assertThat(advice.count()).isEqualTo(adviceBefore);
    }

    // --- bad input -----------------------------------------------------------------------------------

    @Test
    void badQueriesAreAJapanese400NeverA500() {
        for (String path : List.of("/reports/case-collection?from=2023-13&to=2024-03", "/reports/case-collection?from=2023-04&to=2024-00",
                "/reports/case-collection?fiscalYear=99999999999999999999", "/reports/case-collection?fiscalYear=-2023",
                "/reports/case-collection?fiscalYear=2023&from=2023-04&to=2024-03", "/reports/case-collection?fiscalYear=2023&region=%3Cscript%3E",
                "/reports/case-collection?from=2024-03&to=2023-04", "/reports/case-collection?from=0000-01&to=9999-12",
                "/reports/case-collection.pdf?from=2023-13&to=2024-03", "/reports/case-collection.pdf?fiscalYear=1",
                "/reports/case-collection.pdf?fiscalYear=2023&region=nowhere",
                "/reports/case-collection/edit?from=2023-4&to=2024-03", "/reports/case-collection/edit?fiscalYear=%E2%80%8B2023",
                "/reports/advisers-year.csv?fiscalYear=2023-13", "/reports/advisers-year.csv?fiscalYear=-1",
                "/reports/advisers-year.csv?fiscalYear=99999", "/dashboard?fiscalYear=abc", "/dashboard?fiscalYear=99999999999",
                "/search?q=" + "ADV-".repeat(20))) {
            ResponseEntity<String> answer = driver.get("center", path);
            assertThat(answer.getStatusCode()).as(path + " " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(path).containsPattern(JAPANESE).doesNotContain("Exception", "at jp.");
        }
        for (String path : List.of("/dashboard?fiscalYear=2999", "/dashboard?fiscalYear=1989", "/reports/advisers-year.csv?fiscalYear=2999",
                "/reports/advisers-year.csv?fiscalYear=1989", "/search?q=%zz", "/reports/case-collection?fiscalYear=%zz",
                "/advice?recorded=%3Cscript%3E", "/settings/mail?receive=off")) {
            ResponseEntity<String> answer = driver.get("center", path);
            assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isIn(200, 400);
            assertThat(answer.getBody()).as(path).doesNotContain("<script>");
        }
        for (String path : List.of("/search?q=%3Cscript%3Ealert(1)%3C/script%3E", "/search?q=ADV-%E2%80%8B", "/search?q=%25",
                "/search?q=REG-_")) {
            ResponseEntity<String> answer = driver.get("center", path);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(answer.getBody()).as("echoed escaped").doesNotContain("<script>alert(1)");
        }
    }

    @Test
    void badFormsAreAJapanese400ThatStoresNothing() {
        long adviceBefore = advice.count();
        List<String[]> badAdvice = List.of(
                with(validAdvice(MUTSU, "相談"), "gist", "<script>alert(1)</script>"),
                with(validAdvice(MUTSU, "相談"), "gist", "見えない\u200B文字"),
                with(validAdvice(MUTSU, "相談"), "gist", "長".repeat(2001)),
                with(validAdvice(MUTSU, "相談"), "minutes", "99999999999999999999"),
                with(validAdvice(MUTSU, "相談"), "minutes", "-5"),
                with(validAdvice(MUTSU, "相談"), "adviceDate", "2023-13-01"),
                with(validAdvice(MUTSU, "相談"), "adviceDate", TODAY.plusDays(1).toString()),
                with(validAdvice(MUTSU, "相談"), "channel", "FAX"),
                with(validAdvice(MUTSU, "相談"), "municipalityCode", "999999"),
                with(validAdvice(MUTSU, "相談"), "municipalityCode", "0220801"),
                with(validAdvice(MUTSU, "相談"), "caseId", "CASE-9999-9999"),
                new String[] {"gist", "項目が足りない"});
        for (String[] fields : badAdvice) {
            expect400(driver.postForm("adviser.shimokita", "/advice", fields), String.join(",", fields).substring(0,
                    Math.min(80, String.join(",", fields).length())));
        }
        expect400(json("adviser.shimokita", "/advice"), "JSON to /advice");
        assertThat(advice.count()).isEqualTo(adviceBefore);

        long kindsBefore = kinds.count();
        expect400(driver.postForm("admin", "/regional-activity-kinds", "label", "<b>太字</b>", "activityKind", "STUDY_GROUP"), "markup");
        expect400(driver.postForm("admin", "/regional-activity-kinds", "label", "種類\u202E", "activityKind", "STUDY_GROUP"), "bidi");
        expect400(driver.postForm("admin", "/regional-activity-kinds", "label", "種".repeat(500), "activityKind", "STUDY_GROUP"), "long");
        expect400(driver.postForm("admin", "/regional-activity-kinds", "label", "種類だけ"), "no activity kind");
        expect400(driver.postForm("admin", "/regional-activity-kinds", "activityKind", "STUDY_GROUP"), "no label");
        expect400(driver.postForm("admin", "/regional-activity-kinds/KIND_1/active", "active", "1"), "active=1");
        expect400(driver.postForm("admin", "/regional-activity-kinds/NO_SUCH/label", "label", "新しい名前"), "unknown kind");
        expect400(json("admin", "/regional-activity-kinds"), "JSON to the kinds page");
        assertThat(kinds.count()).isEqualTo(kindsBefore);

        String year = String.valueOf(FISCAL_YEAR);
        expect400(driver.postForm("center", "/reports/case-collection/directions", "fiscalYear", year, "region", "mars",
                "direction", "方向性"), "unknown region");
        expect400(driver.postForm("center", "/reports/case-collection/directions", "fiscalYear", year, "region", "aomori",
                "direction", "<img src=x onerror=alert(1)>"), "markup");
        expect400(driver.postForm("center", "/reports/case-collection/directions", "fiscalYear", year, "region", "aomori",
                "direction", "方".repeat(4001)), "long");
        expect400(driver.postForm("center", "/reports/case-collection/directions", "from", "2023-13", "to", "2024-03",
                "region", "aomori", "direction", "方向性"), "month 13");
        expect400(json("center", "/reports/case-collection/directions"), "JSON to directions");

        expect400(driver.postForm("center", "/settings/mail", "receive", "yes"), "receive=yes");
        expect400(json("center", "/settings/mail"), "JSON to the mail settings");
        expect400(driver.postForm("center", "/staff/-1/trainings", "course", "BASIC", "year", "2024"), "staff -1");
        expect400(driver.postForm("center", "/staff/99999999999999999999/trainings", "course", "BASIC", "year", "2024"),
                "staff number too large");
    }

    @Test
    void theCaseEditorRefusesBadTextAndUnknownKeysAndAPublishedCaseReachesOnlyItsReaders() throws Exception {
        String year = String.valueOf(FISCAL_YEAR);
        assertThat(driver.postForm("center", "/reports/case-collection/cases/DSP-1900-0001", "fiscalYear", year, "published", "on")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(driver.get("center", "/reports/case-collection/cases/%3Cscript%3E?fiscalYear=" + year).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        String label = "事例集のKさん" + System.nanoTime() % 100000;
        String key = dischargeWithARecord(label);
        String path = "/reports/case-collection/cases/" + key;
        expect400(driver.postForm("center", path, "fiscalYear", year, "position", "99999999999999999999"), "huge position");
        expect400(driver.postForm("center", path, "fiscalYear", year, "position", "-1"), "negative position");
        expect400(driver.postForm("center", path, "fiscalYear", year, "title", "<script>x</script>"), "markup title");
        expect400(driver.postForm("center", path, "fiscalYear", year, "summary", "概\u2060要"), "word joiner");
        expect400(driver.postForm("center", path, "fiscalYear", year, "title", "題".repeat(201)), "long title");
        expect400(driver.postForm("center", path, "fiscalYear", year, "voiceSpeaker1", "母", "voiceText1", "声",
                "voiceHeading1", "勝手な見出し"), "unknown voice heading");
        expect400(driver.postForm("center", path, "fiscalYear", year, "pointHeading1", "見出しだけ"), "half a point");
        expect400(driver.postForm("center", path, "from", "2023-13", "to", "2024-03", "published", "on"), "month 13");
        expect400(json("center", path), "JSON to the case editor");
        assertThat(driver.get("muni.022080", "/reports/case-collection?fiscalYear=" + year).getBody())
                .as("not published yet").doesNotContain(label);

        assertThat(driver.postForm("center", path, "fiscalYear", year, "published", "on", "title", "退院の事例")
                .getStatusCode().is3xxRedirection()).isTrue();
        assertThat(driver.get("prefecture", "/audit").getBody()).contains("活動事例集 " + key, "掲載する");
        for (String user : ROLES) {
            boolean reads = List.of("muni.022080", "adviser.shimokita", "center", "prefecture", "admin").contains(user);
            String html = driver.get(user, "/reports/case-collection?fiscalYear=" + year).getBody();
            ResponseEntity<byte[]> pdf = rest.withBasicAuth(user, RestDriver.passwordOf(user))
                    .getForEntity("/reports/case-collection.pdf?fiscalYear=" + year, byte[].class);
            assertThat(pdf.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            String pdfText;
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.getBody())) {
                pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s", "");
            }
            if (reads) {
                assertThat(html).as(user).contains(key);
                assertThat(pdfText).as(user).contains(key);
            } else {
                assertThat(html).as(user).doesNotContain(key, label);
                assertThat(pdfText).as(user).doesNotContain(key, label);
            }
            assertThat(html).as(user + ": no birth month, no care items").doesNotContain("2025-10", "気管切開");
        }
    }

    @Test
    void malformedRequestsAreA4xxNeverA5xx() {
        for (String path : List.of("/advice", "/regional-activity-kinds", "/settings/mail", "/reports/case-collection/directions",
                "/staff/1/trainings")) {
            String user = path.equals("/advice") ? "adviser.shimokita" : path.equals("/regional-activity-kinds") ? "admin" : "center";
            for (String contentType : List.of("multipart/form-data", "multipart/form-data; boundary=x", "application/xml",
                    "application/json", "text/plain")) {
                HttpHeaders headers = new HttpHeaders();
                headers.set(HttpHeaders.CONTENT_TYPE, contentType);
                ResponseEntity<String> answer = rest.withBasicAuth(user, RestDriver.passwordOf(user)).exchange(path,
                        HttpMethod.POST, new HttpEntity<>("--x\r\nbroken", headers), String.class);
                assertThat(answer.getStatusCode().is4xxClientError()).as(path + " " + contentType + " " + answer.getStatusCode()
                        + " " + answer.getBody()).isTrue();
                assertThat(answer.getBody()).as(path + " " + contentType).containsPattern(JAPANESE);
            }
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            ResponseEntity<String> badEncoding = rest.withBasicAuth(user, RestDriver.passwordOf(user)).exchange(path,
                    HttpMethod.POST, new HttpEntity<>("gist=%E3%81&label=%zz&receive=%", headers), String.class);
            assertThat(badEncoding.getStatusCode().is4xxClientError()).as(path + " " + badEncoding.getBody()).isTrue();
            assertThat(driver.statusOf(user, HttpMethod.PUT, path, "x").is4xxClientError()).as("PUT " + path).isTrue();
        }
        ResponseEntity<String> huge = driver.postForm("adviser.shimokita", "/advice",
                with(validAdvice(MUTSU, "相談"), "gist", "長".repeat(1_200_000)));
        assertThat(huge.getStatusCode().is4xxClientError()).as(huge.getStatusCode().toString()).isTrue();
    }

    @Test
    void theRegionalFlowStartsOnlyForTheStartersOwnRegion() {
        for (String outsider : List.of("adviser.aomori", "muni.022080", "coord.shimokita", "prefecture", "admin")) {
            int status = driver.statusOf(outsider, HttpMethod.POST, "/engine-rest/process-definition/key/"
                    + ProcessKeys.REGIONAL_ACTIVITY + "/start", Map.of("variables", variables("region", "shimokita",
                            "activityTheme", "他圏域の勉強会"))).value();
            assertThat(status).as(outsider).isIn(400, 403);
        }
        for (Map<String, Object> bad : List.of(variables("region", "<script>", "activityTheme", "勉強会"),
                variables("activityTheme", "圏域なし"), variables("region", "shimokita", "activityTheme", "勉\u200B強会"),
                variables("region", "shimokita", "activityTheme", "勉強会", "municipalityCode", MUTSU))) {
            ResponseEntity<Map<String, Object>> answer = driver.send("adviser.shimokita", HttpMethod.POST,
                    "/engine-rest/process-definition/key/" + ProcessKeys.REGIONAL_ACTIVITY + "/start", Map.of("variables", bad));
            assertThat(answer.getStatusCode().value()).as(bad + " " + answer.getBody()).isEqualTo(400);
            assertThat(String.valueOf(answer.getBody().get("message"))).containsPattern(JAPANESE);
        }
    }

    // --- another region's or municipality's keys, and what leaks -------------------------------------

    @Test
    void searchFindsAConsultationOrRegionalActivityOnlyForThoseWhoMayReadIt() {
        ResponseEntity<String> saved = driver.postForm("adviser.shimokita", "/advice",
                validAdvice(MUTSU, "検索される相談" + System.nanoTime()));
        String adviceKey = saved.getHeaders().getLocation().toString().replaceAll(".*recorded=", "");
        Map<String, Object> started = driver.start("adviser.shimokita", ProcessKeys.REGIONAL_ACTIVITY,
                variables("region", "shimokita", "activityTheme", "下北圏域の勉強会"), HttpStatus.OK);
        String regionalKey = (String) started.get("businessKey");
        for (String user : ROLES) {
            boolean readsAdvice = List.of("muni.022080", "adviser.shimokita", "center", "prefecture", "admin").contains(user);
            assertThat(driver.found(user, adviceKey)).as(user + " " + adviceKey)
                    .isEqualTo(readsAdvice ? List.of(adviceKey) : List.of());
            boolean readsRegional = List.of("adviser.shimokita", "center", "prefecture", "admin").contains(user);
            assertThat(driver.found(user, regionalKey)).as(user + " " + regionalKey)
                    .isEqualTo(readsRegional ? List.of(regionalKey) : List.of());
        }
        assertThat(driver.get("muni.022012", "/advice").getBody()).doesNotContain(adviceKey);
        assertThat(driver.get("adviser.aomori", "/advice").getBody()).doesNotContain(adviceKey);
        assertThat(driver.get("muni.022080", "/advice").getBody()).contains(adviceKey);
    }

    @Test
    void aConsultationNamesOnlyACaseTheAdviserMaySeeAndSaysNothingMoreAboutOthers() {
        Map<String, Object> started = startMutsuDischarge("攻撃テストのHさん");
        String caseId = caseIdOf((String) started.get("id"));
        ResponseEntity<String> foreign = driver.postForm("adviser.aomori", "/advice",
                with(validAdvice(AOMORI_CITY, "他圏域のケース"), "caseId", caseId));
        ResponseEntity<String> missing = driver.postForm("adviser.aomori", "/advice",
                with(validAdvice(AOMORI_CITY, "ないケース"), "caseId", "CASE-2026-9999"));
        assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(foreign.getBody()).doesNotContain("攻撃テストのHさん", "むつ市")
                .isEqualTo(missing.getBody().replace("CASE-2026-9999", caseId));
        // the municipality that asks is not the child's: no word of where the child lives to an adviser who may not see it
        for (String user : List.of("coord.aomori", "muni.022012", "adviser.aomori")) {
            assertThat(driver.get(user, "/cases/" + caseId).getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(driver.found(user, caseId)).as(user).isEmpty();
            assertThat(driver.found(user, "攻撃テストのHさん")).as(user).isEmpty();
            String collection = driver.get(user, "/reports/case-collection?fiscalYear=" + FISCAL_YEAR).getBody();
            assertThat(collection).as(user).doesNotContain("攻撃テストのHさん", caseId);
        }
    }

    // --- the discharge flow's new steps through /engine-rest ---------------------------------------

    @Test
    void theDischargesNewStepsGoOnlyToTheirPartiesAndTheMovePlannedMessageOnlyFromTheCenter() {
        Map<String, Object> started = startMutsuDischarge("転居予定のJさん");
        String id = (String) started.get("id");
        String businessKey = (String) started.get("businessKey");
        Map<String, Object> confirm = driver.task("muni.022080", id, "UserTask_ConfirmMunicipality");
        driver.complete("muni.022080", confirm, variables("residenceConfirmed", true, "municipalContact", "むつ市 保健師"));
        Map<String, Object> informed = driver.task("adviser.tsugaru", id, "UserTask_InformRegion");
        for (String outsider : List.of("adviser.aomori", "muni.022021", "coord.tsugaru", "prefecture", "admin")) {
            assertThat(driver.statusOf(outsider, HttpMethod.POST, "/engine-rest/task/" + informed.get("id") + "/complete",
                    Map.of("variables", Map.of())).value()).as(outsider).isIn(403, 404);
        }
        driver.complete("adviser.tsugaru", informed, variables());
        Map<String, Object> selection = driver.task("adviser.shimokita", id, "UserTask_AdviserSelectsCoordinator");
        for (String outsider : List.of("adviser.tsugaru", "adviser.aomori", "muni.022080", "coord.shimokita", "prefecture", "admin")) {
            int status = driver.statusOf(outsider, HttpMethod.POST, "/engine-rest/task/" + selection.get("id") + "/complete",
                    Map.of("variables", variables("selectionOutcome", "NONE_AVAILABLE", "municipalityConsulted", "x",
                            "coordinatorAdvice", "x"))).value();
            assertThat(status).as(outsider).isIn(403, 404);
        }
        // a field the form does not have is refused, markup too
        assertThat(driver.statusOf("adviser.shimokita", HttpMethod.POST, "/engine-rest/task/" + selection.get("id") + "/complete",
                Map.of("variables", variables("selectionOutcome", "NONE_AVAILABLE", "municipalityConsulted", "むつ市",
                        "coordinatorAdvice", "理由", "municipalityCode", AOMORI_CITY))).value()).isEqualTo(400);
        assertThat(driver.statusOf("adviser.shimokita", HttpMethod.POST, "/engine-rest/task/" + selection.get("id") + "/complete",
                Map.of("variables", variables("selectionOutcome", "NONE_AVAILABLE", "municipalityConsulted", "<script>",
                        "coordinatorAdvice", "理由"))).value()).isEqualTo(400);

        driver.complete("adviser.shimokita", selection, variables("selectionOutcome", "NONE_AVAILABLE",
                "municipalityConsulted", "むつ市 保健師", "coordinatorAdvice", "圏域にコーディネーターがいないため、支援センターと対応する。"));
        Map<String, Object> agreement = driver.task("muni.022080", id, "UserTask_MunicipalityAgreesSelection");
        for (String outsider : List.of("muni.022012", "adviser.shimokita", "coord.shimokita", "prefecture", "admin")) {
            assertThat(driver.statusOf(outsider, HttpMethod.POST, "/engine-rest/task/" + agreement.get("id") + "/complete",
                    Map.of("variables", variables("municipalAgreement", "AGREED"))).value()).as(outsider).isIn(403, 404);
        }
        assertThat(driver.tasks("muni.022012", id)).as("青森市 reads nothing of a むつ市 child").isEmpty();
        for (Map<String, Object> bad : List.of(variables("municipalAgreement", "MAYBE"),
                variables("municipalAgreement", "AGREED", "coordinatorUserId", "coord.aomori"),
                variables("municipalAgreement", "AGREED", "municipalAgreementNote", "\u202Eいいえ"))) {
            assertThat(driver.statusOf("muni.022080", HttpMethod.POST, "/engine-rest/task/" + agreement.get("id") + "/complete",
                    Map.of("variables", bad)).value()).as(bad.toString()).isEqualTo(400);
        }

        // the planned move: only the center sends it, and only with its declared variables
        Map<String, Object> move = Map.of("messageName", "DischargeMovePlanned", "businessKey", businessKey,
                "processVariables", variables("plannedMunicipalityCode", AOMORI_CITY, "plannedMoveDate", TODAY.plusDays(30).toString()));
        for (String outsider : List.of("muni.022012", "muni.022080", "adviser.shimokita", "coord.shimokita", "prefecture", "admin")) {
            assertThat(driver.statusOf(outsider, HttpMethod.POST, "/engine-rest/message", move).value()).as(outsider)
                    .isIn(400, 403, 404);
        }
        assertThat(driver.tasks("muni.022012", id)).as("青森市 has gained nothing").isEmpty();
        assertThat(driver.statusOf("muni.022012", HttpMethod.GET, "/engine-rest/process-instance/" + id + "/variables", null)
                .value()).isIn(403, 404);
        for (Map<String, Object> bad : List.of(
                Map.of("messageName", "DischargeMovePlanned", "businessKey", businessKey, "processVariables",
                        variables("plannedMunicipalityCode", AOMORI_CITY, "plannedMoveDate", "2026-13-01")),
                Map.of("messageName", "DischargeMovePlanned", "businessKey", businessKey, "processVariables",
                        variables("plannedMunicipalityCode", MUTSU, "plannedMoveDate", TODAY.plusDays(30).toString())),
                Map.of("messageName", "DischargeMovePlanned", "businessKey", businessKey, "processVariables",
                        variables("plannedMunicipalityCode", AOMORI_CITY, "plannedMoveDate", TODAY.minusDays(1).toString())),
                Map.of("messageName", "DischargeMovePlanned", "businessKey", businessKey, "processVariables",
                        variables("plannedMunicipalityCode", "999999", "plannedMoveDate", TODAY.plusDays(30).toString())),
                Map.of("messageName", "DischargeMovePlanned", "businessKey", businessKey, "processVariables",
                        variables("plannedMunicipalityCode", AOMORI_CITY, "plannedMoveDate", TODAY.plusDays(30).toString(),
                                "caseLabel", "書き換え")))) {
            ResponseEntity<Map<String, Object>> answer = driver.send("center", HttpMethod.POST, "/engine-rest/message", bad);
            assertThat(answer.getStatusCode().value()).as(bad + " " + answer.getBody()).isEqualTo(400);
            assertThat(String.valueOf(answer.getBody().get("message"))).containsPattern(JAPANESE);
        }
        assertThat(driver.tasks("muni.022012", id)).isEmpty();
        driver.post("center", "/engine-rest/message", move, HttpStatus.NO_CONTENT);
        Map<String, Object> future = driver.task("muni.022012", id, "UserTask_PrepareMoveFuture");
        assertThat(driver.tasks("muni.022021", id)).as("弘前市 is no party").isEmpty();
        assertThat(driver.statusOf("muni.022021", HttpMethod.POST, "/engine-rest/task/" + future.get("id") + "/complete",
                Map.of("variables", variables("preparationNote", "x"))).value()).isIn(403, 404);
        assertThat(driver.statusOf("muni.022012", HttpMethod.POST, "/engine-rest/task/" + future.get("id") + "/complete",
                Map.of("variables", variables("preparationNote", "<script>alert(1)</script>"))).value()).isEqualTo(400);
    }

    // --- helpers -----------------------------------------------------------------------------------

    Map<String, Object> startMutsuDischarge(String label) {
        return driver.start("center", ProcessKeys.DISCHARGE_TRANSITION, variables(
                "municipalityCode", MUTSU, "caseLabel", label, "caseBirthMonth", "2025-10",
                "care_TRACHEOSTOMY", true, "hospitalName", "弘前大学医学部附属病院", "wardContact", "NICU",
                "hospitalRegion", "tsugaru", "expectedDischargeDate", TODAY.plusDays(60).toString(),
                "continuingCare", "気管切開"), HttpStatus.OK);
    }

    String caseIdOf(String instanceId) {
        ResponseEntity<Map<String, Object>> variable = driver.send("center", HttpMethod.GET,
                "/engine-rest/process-instance/" + instanceId + "/variables/caseId", null);
        assertThat(variable.getStatusCode()).isEqualTo(HttpStatus.OK);
        return (String) variable.getBody().get("value");
    }

    /** A むつ市 discharge up to the adviser's selection, made at a case meeting: one activity record. */
    String dischargeWithARecord(String label) {
        Map<String, Object> started = startMutsuDischarge(label);
        String id = (String) started.get("id");
        driver.complete("muni.022080", driver.task("muni.022080", id, "UserTask_ConfirmMunicipality"),
                variables("residenceConfirmed", true, "municipalContact", "むつ市 保健師"));
        driver.complete("adviser.tsugaru", driver.task("adviser.tsugaru", id, "UserTask_InformRegion"), variables());
        driver.complete("adviser.shimokita", driver.task("adviser.shimokita", id, "UserTask_AdviserSelectsCoordinator"),
                variables("selectionOutcome", "NONE_AVAILABLE", "municipalityConsulted", "むつ市 保健師",
                        "coordinatorAdvice", "圏域にコーディネーターがいないため、アドバイザーと支援センターで対応する。",
                        "activityDate", TODAY.toString(), "activityKind", "CASE_MEETING", "participants_OTHER", 3,
                        "activityContent", "選定の打合せ"));
        return (String) started.get("businessKey");
    }

    static String[] validAdvice(String municipalityCode, String gist) {
        return new String[] {"adviceDate", TODAY.toString(), "channel", "PHONE", "askerKind", "MUNICIPALITY",
                "municipalityCode", municipalityCode, "minutes", "15", "gist", gist};
    }

    static String[] with(String[] pairs, String name, String value) {
        List<String> list = new java.util.ArrayList<>(List.of(pairs));
        int at = list.indexOf(name);
        if (at >= 0 && at % 2 == 0) {
            list.set(at + 1, value);
        } else {
            list.add(name);
            list.add(value);
        }
        return list.toArray(String[]::new);
    }

    static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    ResponseEntity<String> json(String user, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, RestDriver.passwordOf(user)).exchange(path, HttpMethod.POST,
                new HttpEntity<>("{\"gist\":\"<script>\",\"label\":{\"a\":1},\"receive\":[1,2]}", headers), String.class);
    }

    static void expect400(ResponseEntity<String> answer, String what) {
        assertThat(answer.getStatusCode()).as(what + " " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).as(what).containsPattern(JAPANESE).doesNotContain("Exception");
    }
}

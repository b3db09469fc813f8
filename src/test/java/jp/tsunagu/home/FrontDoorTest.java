package jp.tsunagu.home;

import static jp.tsunagu.support.RestDriver.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.RestDriver;
import jp.tsunagu.web.ErrorPages;

/**
 * The front door of issue 22: the home page per role, 「申込の状況」, the way a logged-out browser
 * goes through /login and back (scripts keep HTTP Basic and 401), and Japanese error pages.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class FrontDoorTest {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    static final Pattern LINK = Pattern.compile("data-link=\"[^\"]+\">\\s*<a href=\"([^\"]+)\"");
    static final Pattern TASK_COUNT = Pattern.compile("id=\"task-count\">(\\d+)<");

    TestRestTemplate rest;
    @Autowired
    ErrorPages errorPages;

    /** Redirects are looked at, not followed, as the browser's address bar would show them. */
    @Autowired
    void rest(TestRestTemplate template) {
        this.rest = template.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    // --- home page ----------------------------------------------------------------------------

    @Test
    void eachRoleSeesTheLinksOfThePagesItMayOpen() {
        assertLinks("muni.022080", List.of("tasklist", "my-requests", "case-registration", "case-collection", "activities-csv",
                "search", "advice"), List.of("cockpit", "dashboard", "audit", "municipalities", "staff", "regional-activity-kinds"));
        assertLinks("coord.shimokita", List.of("tasklist", "my-requests", "case-collection", "search"),
                List.of("case-registration", "cockpit", "dashboard", "audit", "municipalities", "staff", "advice", "regional-activity-kinds"));
        assertLinks("adviser.shimokita", List.of("tasklist", "my-requests", "case-collection", "search", "advice"),
                List.of("case-registration", "cockpit", "dashboard", "audit", "municipalities", "staff", "regional-activity-kinds"));
        assertLinks("center", List.of("tasklist", "cockpit", "my-requests", "case-registration", "dashboard", "case-collection",
                "audit", "staff", "advice"), List.of("municipalities", "regional-activity-kinds"));
        assertLinks("prefecture", List.of("tasklist", "cockpit", "dashboard", "case-collection", "activities-csv", "audit",
                "staff", "advice"), List.of("case-registration", "my-requests", "municipalities", "regional-activity-kinds"));
        assertLinks("admin", List.of("tasklist", "cockpit", "dashboard", "audit", "municipalities", "staff", "advice",
                "regional-activity-kinds"), List.of("case-registration", "my-requests"));

        // every page of ours that is linked opens for that role, and one not linked refuses it
        for (String user : List.of("muni.022080", "coord.shimokita", "center", "prefecture", "admin")) {
            List<String> linked = new ArrayList<>();
            Matcher href = LINK.matcher(page(user, "/home"));
            while (href.find()) {
                linked.add(href.group(1).replace("&amp;", "&"));
            }
            assertThat(linked).as(user).isNotEmpty();
            for (String path : linked.stream().filter(path -> !path.startsWith("/camunda/")).toList()) {
                assertThat(basic(user, path, null).getStatusCode()).as(user + " opens " + path).isEqualTo(HttpStatus.OK);
            }
            for (String path : List.of("/cases/new", "/dashboard", "/audit", "/municipalities", "/staff", "/advice",
                    "/regional-activity-kinds")) {
                if (!linked.contains(path)) {
                    assertThat(basic(user, path, null).getStatusCode()).as(user + " refused " + path)
                            .isEqualTo(HttpStatus.FORBIDDEN);
                }
            }
        }
    }

    @Test
    void theHomePageCountsMyOpenTasksAsTheEngineLetsMeSeeThem() {
        RestDriver driver = new RestDriver(rest);
        int center = taskCount("center");
        int otherTown = taskCount("muni.022012");
        int adviser = taskCount("adviser.shimokita");

        String instance = (String) startDispatch(driver, "muni.022080").get("id");
        assertThat(taskCount("center")).as("the triage is the center's").isEqualTo(center + 1);
        assertThat(taskCount("muni.022012")).as("nothing for another town").isEqualTo(otherTown);
        assertThat(page("center", "/home")).contains("派遣依頼の受付確認");

        driver.complete("center", driver.task("center", instance, "UserTask_Triage"), variables("triageDecision", "ADVISER"));
        assertThat(taskCount("center")).isEqualTo(center);
        assertThat(taskCount("adviser.shimokita")).as("the acceptance is 下北's advisers'").isEqualTo(adviser + 1);
        assertThat(taskCount("muni.022012")).isEqualTo(otherTown);
    }

    // --- 申込の状況 ----------------------------------------------------------------------------

    @Test
    void aRequesterFollowsTheirOwnRequestsAndNobodyElseSeesThem() {
        RestDriver driver = new RestDriver(rest);
        Map<String, Object> started = startDispatch(driver, "muni.022080");
        String instance = (String) started.get("id");
        String number = (String) started.get("businessKey");
        assertThat(number).startsWith("DSP-");

        String mine = row(page("muni.022080", "/my-requests"), number);
        assertThat(mine).contains("ケース会議", "受付確認中", "派遣依頼の受付確認", "小児在宅支援センター")
                .doesNotContain("DSP-" + number.substring(4) + " むつ市");
        assertThat(page("muni.022080", "/home")).contains(number);

        assertThat(page("muni.022012", "/my-requests")).as("another town's officer").doesNotContain(number);
        assertThat(page("muni.022012", "/my-requests?requester=muni.022080&user=muni.022080"))
                .as("no URL parameter names the requester").doesNotContain(number);
        assertThat(page("adviser.shimokita", "/my-requests")).doesNotContain(number);
        assertThat(page("center", "/my-requests")).as("the center did not request it").doesNotContain(number);

        driver.complete("center", driver.task("center", instance, "UserTask_Triage"), variables("triageDecision", "ADVISER"));
        assertThat(row(page("muni.022080", "/my-requests"), number))
                .contains("アドバイザー受諾待ち", "派遣依頼の受諾と日程調整", "下北圏域アドバイザー");

        LocalDate visit = TODAY.plusDays(3);
        driver.complete("adviser.shimokita", driver.task("adviser.shimokita", instance, "UserTask_AdviserAcceptance"),
                variables("acceptDecision", "ACCEPT", "scheduledDate", visit.toString()));
        assertThat(row(page("muni.022080", "/my-requests"), number))
                .contains("派遣中", "活動の記録", JapaneseDates.day(visit), "下北圏域アドバイザー")
                .as("the request day and visit day as our screens write them, the adviser by name")
                .containsPattern("<td>\\d{4}年\\d{1,2}月\\d{1,2}日\\([月火水木金土日]\\)</td>")
                .doesNotContain(visit.toString(), "adviser.shimokita", "adviser-shimokita", "令和");

        String home = page("muni.022080", "/home");
        assertThat(home).as("the home page greets the officer by name").contains("むつ市 担当者 さん（むつ市）")
                .doesNotContain("muni.022080", "municipality-022080");
    }

    // --- login ----------------------------------------------------------------------------------

    @Test
    void aLoggedOutBrowserGoesToTheLoginPageAndBackWhileAScriptGets401() {
        ResponseEntity<String> bookmark = anonymous("/dashboard", BROWSER_ACCEPT);
        assertThat(bookmark.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(bookmark.getHeaders().getLocation().toString()).endsWith("/login?next=%2Fdashboard");
        ResponseEntity<String> withQuery = anonymous("/search?q=DSP", BROWSER_ACCEPT);
        assertThat(withQuery.getHeaders().getLocation().toString()).endsWith("/login?next=%2Fsearch%3Fq%3DDSP");
        ResponseEntity<String> root = anonymous("/", BROWSER_ACCEPT);
        assertThat(root.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(root.getHeaders().getLocation().getPath()).isEqualTo("/home");

        ResponseEntity<String> script = anonymous("/dashboard", null);
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(script.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(anonymous("/dashboard", "application/json").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        Browser browser = new Browser();
        ResponseEntity<String> form = browser.get("/login?next=%2Fdashboard");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("ログイン", "ユーザーID", "パスワード", "value=\"/dashboard\"");
        ResponseEntity<String> loggedIn = browser.logIn("center", "demo", "/dashboard");
        assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(loggedIn.getHeaders().getLocation().getPath()).isEqualTo("/dashboard");
        ResponseEntity<String> dashboard = browser.get("/dashboard");
        assertThat(dashboard.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(dashboard.getBody()).contains("ダッシュボード", "href=\"/home\"");
        assertThat(browser.get("/").getHeaders().getLocation().getPath()).isEqualTo("/home");
        assertThat(browser.get("/home").getBody()).contains("支援センター 担当者 さん").doesNotContain("center さん");
        ResponseEntity<String> tasklistUser = browser.get("/camunda/api/admin/auth/user/default");
        assertThat(tasklistUser.getStatusCode()).as("Tasklist shares the login").isEqualTo(HttpStatus.OK);
        assertThat(tasklistUser.getBody()).contains("\"userId\":\"center\"");
    }

    @Test
    void theLoginFormNeedsItsTokenAndTheRightPassword() {
        Browser browser = new Browser();
        browser.get("/login");
        LinkedMultiValueMap<String, String> noToken = new LinkedMultiValueMap<>();
        noToken.add("username", "center");
        noToken.add("password", "demo");
        noToken.add("next", "/dashboard");
        ResponseEntity<String> refused = browser.post("/login", noToken);
        assertThat(refused.getStatusCode()).as("a form from another site").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("画面の有効期限が切れたか");

        ResponseEntity<String> wrong = new Browser().logIn("coord.tsugaru", "wrong", "/dashboard");
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrong.getBody()).contains("ユーザーIDまたはパスワードが違います", "value=\"/dashboard\"");
    }

    @Test
    void afterTheLoginOnlyAPathOfOursIsFollowed() {
        for (String elsewhere : List.of("//evil.example", "https://evil.example/", "/\\evil.example", "evil.example",
                "javascript:alert(1)", "")) {
            ResponseEntity<String> loggedIn = new Browser().logIn("prefecture", "demo", elsewhere);
            assertThat(loggedIn.getStatusCode()).as(elsewhere).isEqualTo(HttpStatus.FOUND);
            URI location = loggedIn.getHeaders().getLocation();
            assertThat(location.getHost()).as(elsewhere).isIn(null, "localhost");
            assertThat(location.getPath()).as(elsewhere).isEqualTo("/home");
        }
        ResponseEntity<String> ours = new Browser().logIn("prefecture", "demo", "/search?q=DSP");
        assertThat(ours.getHeaders().getLocation().getPath()).isEqualTo("/search");
        assertThat(ours.getHeaders().getLocation().getQuery()).isEqualTo("q=DSP");
    }

    // --- error pages ----------------------------------------------------------------------------

    @Test
    void errorsAreJapanesePagesWithAWayBackForABrowserAndShortTextForAScript() {
        for (String path : List.of("/error", "/no-such-page", "/reports/no-such-report", "/evacuation-plans/EVP-2026-0001")) {
            ResponseEntity<String> page = basic("center", path, BROWSER_ACCEPT);
            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).as(path).isTrue();
            assertThat(page.getBody()).as(path).contains("ページが見つかりません", "href=\"/home\"",
                    "href=\"/camunda/app/tasklist/\"").doesNotContain("Whitelabel", "Not Found");
        }
        ResponseEntity<String> anonymousError = anonymous("/error", BROWSER_ACCEPT);
        assertThat(anonymousError.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(anonymousError.getBody()).contains("ページが見つかりません");

        ResponseEntity<String> text = anonymous("/error", null);
        assertThat(text.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(text.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
        assertThat(text.getBody()).contains("お探しのページは見つかりませんでした").doesNotContain("<html");
        ResponseEntity<String> json = basic("center", "/no-such-page", "application/json");
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(json.getBody()).contains("\"status\":404", "お探しのページは見つかりませんでした");
    }

    @Test
    void anUnexpectedFailureIsAJapanesePageWithStatus500() {
        MockHttpServletRequest failed = new MockHttpServletRequest("GET", "/error");
        failed.addHeader(HttpHeaders.ACCEPT, BROWSER_ACCEPT);
        failed.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        ResponseEntity<String> page = errorPages.error(failed);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(page.getBody()).contains("システムでエラーが起きました", "システム管理者に連絡", "href=\"/home\"");

        MockHttpServletRequest fromAScript = new MockHttpServletRequest("GET", "/error");
        fromAScript.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        assertThat(errorPages.error(fromAScript).getBody()).startsWith("しばらくしてから").doesNotContain("<");
    }

    @Test
    void aMunicipalOfficerOpeningTheDashboardGetsAJapaneseRefusalWithAWayBack() {
        ResponseEntity<String> refused = basic("muni.022080", "/dashboard", BROWSER_ACCEPT);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(refused.getBody()).contains("このページを開く権限がありません", "ダッシュボードは県障害福祉課",
                "href=\"/home\"", "ホームに戻る", "タスクリストに戻る");

        Browser officer = new Browser();
        officer.logIn("muni.022080", "demo", "/home");
        ResponseEntity<String> cockpit = officer.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.getStatusCode()).as("Cockpit is not a municipality's").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cockpit.getBody()).as("Camunda's refusal, through Spring's error path")
                .contains("このページを開く権限がありません", "ホームに戻る").doesNotContain("Whitelabel");

        ResponseEntity<String> script = basic("muni.022080", "/dashboard", null);
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(script.getBody()).as("a script still gets one sentence").startsWith("ダッシュボードは").doesNotContain("<");

        ResponseEntity<String> badYear = basic("prefecture", "/reports/case-collection?fiscalYear=abc", BROWSER_ACCEPT);
        assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badYear.getBody()).contains("入力内容を確認してください", "href=\"/home\"");
    }

    // --- helpers ----------------------------------------------------------------------------

    Map<String, Object> startDispatch(RestDriver driver, String user) {
        return driver.start(user, ProcessKeys.ADVISER_DISPATCH, variables("municipalityCode", "022080",
                "requestKind", "CASE_MEETING", "requestDetail", "ケース会議に同席してほしい。",
                "wishedDate", TODAY.plusDays(7).toString()), HttpStatus.OK);
    }

    void assertLinks(String user, List<String> shown, List<String> hidden) {
        String home = page(user, "/home");
        for (String link : shown) {
            assertThat(home).as(user + " sees " + link).contains("data-link=\"" + link + "\"");
        }
        for (String link : hidden) {
            assertThat(home).as(user + " does not see " + link).doesNotContain("data-link=\"" + link + "\"");
        }
    }

    int taskCount(String user) {
        Matcher count = TASK_COUNT.matcher(page(user, "/home"));
        assertThat(count.find()).as(user + " home page shows the count").isTrue();
        return Integer.parseInt(count.group(1));
    }

    /** The table row of this request on a 申込の状況 page. */
    static String row(String page, String businessKey) {
        int start = page.indexOf("data-request=\"" + businessKey + "\"");
        assertThat(start).as(businessKey + " listed").isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    String page(String user, String path) {
        ResponseEntity<String> answer = basic(user, path, BROWSER_ACCEPT);
        assertThat(answer.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    ResponseEntity<String> basic(String user, String path, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, RestDriver.passwordOf(user));
        if (accept != null) {
            headers.set(HttpHeaders.ACCEPT, accept);
        }
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    ResponseEntity<String> anonymous(String path, String accept) {
        HttpHeaders headers = new HttpHeaders();
        if (accept != null) {
            headers.set(HttpHeaders.ACCEPT, accept);
        }
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** A browser: keeps its cookies, asks for HTML, does not follow redirects. */
    final class Browser {

        private final Map<String, String> cookies = new LinkedHashMap<>();

        /** The path as the browser sends it, already encoded. */
        ResponseEntity<String> get(String path) {
            return keep(rest.exchange(URI.create(rest.getRootUri() + path), HttpMethod.GET, new HttpEntity<>(headers()), String.class));
        }

        ResponseEntity<String> post(String path, LinkedMultiValueMap<String, String> form) {
            HttpHeaders headers = headers();
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            return keep(rest.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class));
        }

        /** Opens the login page, then sends its form with the page's token. */
        ResponseEntity<String> logIn(String user, String password, String next) {
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").getBody());
            assertThat(token.find()).as("the login form carries a token").isTrue();
            LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("_csrf", token.group(1));
            form.add("username", user);
            form.add("password", password);
            form.add("next", next);
            return post("/login", form);
        }

        private HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.ACCEPT, BROWSER_ACCEPT);
            if (!cookies.isEmpty()) {
                List<String> pairs = new ArrayList<>();
                cookies.forEach((name, value) -> pairs.add(name + "=" + value));
                headers.add(HttpHeaders.COOKIE, String.join("; ", pairs));
            }
            return headers;
        }

        private ResponseEntity<String> keep(ResponseEntity<String> answer) {
            for (String header : answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
            return answer;
        }
    }
}

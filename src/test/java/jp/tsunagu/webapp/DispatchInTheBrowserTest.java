package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagu.dispatch.DispatchRequest;
import jp.tsunagu.dispatch.DispatchRequestRepository;
import jp.tsunagu.dispatch.DispatchStatus;
import jp.tsunagu.dispatch.RequestKind;
import jp.tsunagu.process.EngineTime;

/**
 * The web apps in a real browser that asks for Japanese. An adviser dispatch request: むつ市 asks
 * through the start form, the support center triages in Tasklist, the 下北 adviser finds the
 * request. Then Cockpit and Admin as the administrator. Each step leaves a screenshot under
 * target/e2e/.
 */
// The REST API finds its engine in Camunda's static registry: one application context at a time.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DispatchInTheBrowserTest {

    /**
     * Words that may stay in Latin letters: the product's name, the browser's time zone and the
     * process engine's name ("default", shown by Admin's system page).
     */
    static final Set<String> LATIN_ALLOWED = Set.of("Camunda", "Platform", "Asia", "Tokyo", "default");
    // Three letters or more, not part of an id such as adviser-dispatch or DSP-2026-0001.
    static final Pattern ENGLISH_WORD = Pattern.compile("(?<![\\w.-])[A-Za-z]{3,}(?![\\w.-])");

    @LocalServerPort
    int port;
    @Autowired
    DispatchRequestRepository requests;

    JapaneseBrowser browser;

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void mutsuAsksTheCenterTriagesAndTheShimokitaAdviserSeesTheRequest() throws Exception {
        inBrowser("dispatch", () -> {
            String businessKey = mutsuAsks();
            theCenterTriages(businessKey);
            theShimokitaAdviserSeesTheRequest(businessKey);
        });
    }

    @Test
    void cockpitAndAdminSpeakJapanese() throws Exception {
        inBrowser("cockpit-admin", () -> {
            browser.go("/camunda/app/cockpit/");
            browser.logIn("admin", "admin");
            assertThat(pageIsJapanese("実行中のプロセスインスタンス", "cockpit-dashboard")).startsWith("つなぐ コックピット");
            browser.click(By.xpath("//a[normalize-space()='プロセス']"));
            pageIsJapanese("圏域アドバイザー派遣申込", "cockpit-processes");

            browser.go("/camunda/app/admin/");
            assertThat(pageIsJapanese("ユーザー", "admin-dashboard")).startsWith("つなぐ 管理");
            browser.click(By.xpath("//a[normalize-space()='システム']"));
            pageIsJapanese("全般の設定", "admin-system");
            // The application switcher's names are written in Camunda's code; japanese.js renames them.
            assertThat(browser.script("return Array.from(document.querySelectorAll('.app-switch .dropdown-menu a'))"
                    + ".map(a => a.textContent.trim()).join(',');")).isEqualTo("コックピット,タスクリスト");
        });
    }

    /** Runs the steps in a fresh browser; on failure the page as it was goes to target/e2e/. */
    void inBrowser(String story, Runnable steps) throws Exception {
        browser = JapaneseBrowser.open("http://localhost:" + port, story);
        try {
            steps.run();
        } catch (RuntimeException | AssertionError failure) {
            browser.keepEvidence();
            throw failure;
        }
    }

    String mutsuAsks() {
        browser.go("/camunda/app/tasklist/");
        browser.waitFor(By.cssSelector("input[placeholder='ユーザー名']"));
        assertThat(browser.language()).isEqualTo("ja");
        assertThat(browser.title()).isEqualTo("つなぐ タスクリスト");
        browser.screenshot("login");

        browser.logIn("muni.022080", "demo");
        browser.click(By.xpath("//a[normalize-space()='業務を開始']"));
        browser.openStartForm("圏域アドバイザー派遣申込", "市町村");
        WebElement municipality = browser.field("市町村");
        assertThat(municipality.getAttribute("placeholder")).startsWith("検索");
        browser.screenshot("start-form");

        // Pressing 開始 too early shows form-js's own messages, in Japanese.
        browser.click(By.xpath("//button[normalize-space()='開始']"));
        browser.waitForText("入力してください（必須項目です）。");

        municipality.sendKeys("むつ");
        browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='むつ市（022080）']"));
        browser.choose("伴走支援（コーディネーターへの同行・助言）");
        browser.field("依頼内容").sendKeys("初めて医療的ケア児を担当するコーディネーターの初回訪問に同行してください。");
        LocalDate wished = EngineTime.today().plusDays(14);
        WebElement wishedDate = browser.field("希望日");
        assertThat(wishedDate.getAttribute("placeholder")).isEqualTo("yyyy/mm/dd");
        wishedDate.sendKeys(wished.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")), Keys.TAB);
        browser.field("希望日程の補足").sendKeys("平日の午後ならいつでも可");
        browser.screenshot("start-form-filled");
        List<String> before = businessKeys();
        browser.click(By.xpath("//button[normalize-space()='開始']"));
        browser.waitForText("業務を開始しました。");
        browser.screenshot("started");

        List<String> added = businessKeys();
        added.removeAll(before);
        assertThat(added).hasSize(1);
        DispatchRequest request = requests.require(added.get(0));
        assertThat(request.getRequesterUserId()).isEqualTo("muni.022080");
        assertThat(request.getMunicipality().getCode()).isEqualTo("022080");
        assertThat(request.getRequestKind()).isEqualTo(RequestKind.ACCOMPANY);
        assertThat(request.getWishedDate()).as("the date as typed, year first").isEqualTo(wished);
        assertThat(request.getWishedDatesNote()).isEqualTo("平日の午後ならいつでも可");
        browser.logOut();
        return request.getBusinessKey();
    }

    void theCenterTriages(String businessKey) {
        browser.logIn("center", "demo");
        browser.click(taskInList("派遣依頼の受付確認 " + businessKey + " むつ市"));
        browser.screenshot("center-task-list");
        By claim = By.xpath("//button[normalize-space()='担当する']");
        browser.click(claim);
        browser.waitUntilGone(claim);
        browser.choose("圏域アドバイザーを派遣する");
        browser.screenshot("triage-form");
        browser.click(By.xpath("//button[normalize-space()='完了']"));
        browser.waitForText("一覧からタスクを選んでください。");
        assertThat(requests.require(businessKey).getStatus()).isEqualTo(DispatchStatus.WAITING_FOR_ADVISER);
        browser.logOut();
    }

    void theShimokitaAdviserSeesTheRequest(String businessKey) {
        browser.logIn("adviser.shimokita", "demo");
        browser.waitFor(taskInList("派遣依頼の受諾と日程調整 " + businessKey));
        browser.screenshot("adviser-task-list");
    }

    static By taskInList(String name) {
        return By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(normalize-space(), '" + name + "')]");
    }

    List<String> businessKeys() {
        return new java.util.ArrayList<>(requests.findAll().stream().map(DispatchRequest::getBusinessKey).toList());
    }

    /**
     * Waits for the page to show {@code expected}, saves a screenshot and fails on any English
     * word in the visible text; returns the browser's title.
     */
    String pageIsJapanese(String expected, String screenshot) {
        browser.waitForText(expected);
        browser.screenshot(screenshot);
        Set<String> english = new TreeSet<>();
        Matcher words = ENGLISH_WORD.matcher(browser.visibleText());
        while (words.find()) {
            english.add(words.group());
        }
        english.removeAll(LATIN_ALLOWED);
        assertThat(english).as("English words on " + screenshot).isEmpty();
        return browser.title();
    }
}

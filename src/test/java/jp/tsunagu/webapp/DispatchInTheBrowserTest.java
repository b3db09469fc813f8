package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
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
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.dispatch.DispatchRequest;
import jp.tsunagu.dispatch.DispatchRequestRepository;
import jp.tsunagu.dispatch.DispatchStatus;
import jp.tsunagu.dispatch.RequestKind;
import jp.tsunagu.process.EngineTime;

/**
 * The web apps in a real browser that asks for Japanese. An adviser dispatch request: むつ市 asks
 * through the start form, the support center triages in Tasklist, the 下北 adviser finds the
 * request, the administrator looks at it in Cockpit. Then Cockpit, Admin and Welcome as the
 * administrator. Each page checked for English leaves a screenshot under target/e2e/.
 */
// The REST API finds its engine in Camunda's static registry: one application context at a time.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@RequiresChromium
class DispatchInTheBrowserTest {

    /**
     * Words that may stay in Latin letters: the product's name, the browser's time zone, the
     * process engine's name ("default", shown by Admin's system page) and the format hint of
     * Camunda Forms' date field ("yyyy/mm/dd", as Japanese forms write it too).
     */
    static final Set<String> LATIN_ALLOWED = Set.of("Camunda", "Platform", "Asia", "Tokyo", "default", "yyyy");
    /** The engine's names of variable types, which Cockpit's variables tab shows as they are. */
    static final Set<String> VARIABLE_TYPES = Set.of("Boolean", "Bytes", "Date", "Double", "File", "Integer", "Json",
            "Long", "Null", "Object", "Short", "String", "Xml");
    /** The English of Camunda's templates that japanese.js translates: none of it may be seen. */
    static final Set<String> CAMUNDA_ENGLISH = JapaneseScript.english();
    // Three letters or more, not part of an id such as adviser-dispatch or DSP-2026-0001.
    static final Pattern ENGLISH_WORD = Pattern.compile("(?<![\\w.-])[A-Za-z]{3,}(?![\\w.-])");

    @LocalServerPort
    int port;
    @Autowired
    DispatchRequestRepository requests;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    TransactionTemplate transaction;

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
            theAdministratorLooksAtTheRequestInCockpit(businessKey);
        });
    }

    @Test
    void cockpitAdminAndWelcomeSpeakJapanese() throws Exception {
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

            adminShowsAuthorizationsInJapanese();
            welcomeShowsTheProfileInJapanese();
            browser.logOut();
            pageIsJapanese("ログイン", "logged-out");
        });
    }

    /**
     * The authorizations of process definitions, one opened for editing with its permissions
     * menu, whose "Select all" Camunda writes in its template. Permission names (READ,
     * CREATE_INSTANCE) and the groups' and definitions' ids are the engine's and stay as they are.
     */
    void adminShowsAuthorizationsInJapanese() {
        Set<String> data = authorizationWords(Resources.PROCESS_DEFINITION);
        browser.click(By.xpath("//*[@cam-widget-header]//a[normalize-space()='権限']"));
        browser.click(By.xpath("//a[normalize-space()='プロセス定義']"));
        browser.waitFor(By.xpath("//table//td[normalize-space()='adviser-dispatch']"));
        pageIsJapanese("権限を新しく作成", "admin-authorizations", data);

        browser.click(By.xpath("(//table//a[normalize-space()='編集'])[1]"));
        browser.click(By.cssSelector("table tbody button.dropdown-toggle"));
        By selectAll = By.xpath("//*[contains(@class,'selection')]/span[normalize-space()='すべて選択']");
        browser.waitFor(selectAll);
        pageIsJapanese("すべて選択", "admin-authorization-permissions", data);
        browser.click(selectAll);
        browser.waitFor(By.xpath("//*[contains(@class,'selection')]/span[normalize-space()='すべての選択を解除']"));
        pageIsJapanese("すべての選択を解除", "admin-authorization-all-permissions", data);
    }

    /** Welcome and its profile form, whose example person Camunda writes in its template. */
    void welcomeShowsTheProfileInJapanese() {
        browser.go("/camunda/app/welcome/");
        assertThat(pageIsJapanese("プロフィール", "welcome")).startsWith("つなぐ ようこそ");
        browser.click(By.xpath("//a[normalize-space()='プロフィールを編集']"));
        browser.waitFor(By.cssSelector("input[placeholder='太郎']"));
        // The user name shown above the form is the account's id.
        pageIsJapanese("プロフィールの編集", "welcome-profile", Set.of("admin"));
        assertThat(browser.script("return Array.from(document.querySelectorAll('form input[placeholder]'))"
                + ".map(i => i.placeholder).join(',');")).isEqualTo("太郎,青森,例: aomori.taro@example.jp");
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
        // むつ市's officer finds むつ市 chosen already: from the officer's group, not from the page (issue 24)
        assertThat(municipality.getAttribute("value")).isEqualTo("むつ市（022080）");
        pageIsJapanese("希望日程の補足", "start-form");

        // Pressing 開始 too early shows form-js's own messages, in Japanese.
        browser.click(By.xpath("//button[normalize-space()='開始']"));
        browser.waitForText("入力してください（必須項目です）。");

        browser.choose("伴走支援（コーディネーターへの同行・助言）");
        // the coordinator is chosen by name and place from the staff records, not typed as a user id
        WebElement coordinator = browser.field("担当コーディネーター");
        coordinator.sendKeys("下北");
        browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='下北圏域コーディネーター（むつ市）']"));
        assertThat(coordinator.getAttribute("value")).isEqualTo("下北圏域コーディネーター（むつ市）");
        browser.field("依頼内容").sendKeys("初めて医療的ケア児を担当するコーディネーターの初回訪問に同行してください。");
        LocalDate wished = EngineTime.today().plusDays(14);
        WebElement wishedDate = browser.field("希望日");
        assertThat(wishedDate.getAttribute("placeholder")).isEqualTo("yyyy/mm/dd");
        // an impossible date is named beside the field, never rolled over into 2027/2/14 (issue 24)
        wishedDate.sendKeys("2026/13/45", Keys.TAB);
        browser.waitForText("「2026/13/45」は存在しない日付か、日付として読めません。");
        assertThat(wishedDate.getAttribute("value")).as("not rolled over").doesNotContain("2027/02/14");
        // typed in the Japanese calendar, it is read as the day it is
        wishedDate.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        wishedDate.sendKeys(JapaneseDates.longDate(wished), Keys.TAB);
        assertThat(wishedDate.getAttribute("value")).isEqualTo(wished.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        browser.waitUntilGone(By.className("tsunagu-date-error"));
        browser.field("希望日程の補足").sendKeys("平日の午後ならいつでも可");
        browser.screenshot("start-form-filled");
        List<String> before = businessKeys();
        browser.click(By.xpath("//button[normalize-space()='開始']"));
        browser.waitForText("業務を開始しました。");
        browser.screenshot("started");

        List<String> added = businessKeys();
        added.removeAll(before);
        assertThat(added).hasSize(1);
        browser.waitForText("案件番号は " + added.get(0) + " です。");
        DispatchRequest request = requests.require(added.get(0));
        assertThat(request.getRequesterUserId()).isEqualTo("muni.022080");
        assertThat(request.getMunicipality().getCode()).isEqualTo("022080");
        assertThat(request.getRequestKind()).isEqualTo(RequestKind.ACCOMPANY);
        assertThat(request.getWishedDate()).as("the date as typed, year first").isEqualTo(wished);
        assertThat(request.getWishedDatesNote()).isEqualTo("平日の午後ならいつでも可");
        String chosen = transaction.execute(status -> requests.require(added.get(0)).getCoordinator().getUserId());
        assertThat(chosen).as("the chosen coordinator's user id was sent").isEqualTo("coord.shimokita");
        browser.logOut();
        pageIsJapanese("ログイン", "muni-logged-out");
        return request.getBusinessKey();
    }

    void theCenterTriages(String businessKey) {
        browser.logIn("center", "demo");
        By task = taskInList("派遣依頼の受付確認 " + businessKey + " むつ市");
        browser.waitFor(task);
        pageIsJapanese("自分のタスク", "center-task-list");
        browser.click(task);
        browser.field("依頼内容");
        By claim = By.xpath("//button[normalize-space()='担当する']");
        pageIsJapanese("担当する", "center-task");
        browser.click(claim);
        browser.waitUntilGone(claim);
        browser.choose("圏域アドバイザーを派遣する");
        pageIsJapanese("圏域アドバイザーを派遣する", "triage-form");
        browser.click(By.xpath("//button[normalize-space()='完了']"));
        browser.waitForText("一覧からタスクを選んでください。");
        assertThat(requests.require(businessKey).getStatus()).isEqualTo(DispatchStatus.WAITING_FOR_ADVISER);
        browser.logOut();
    }

    void theShimokitaAdviserSeesTheRequest(String businessKey) {
        browser.logIn("adviser.shimokita", "demo");
        By task = taskInList("派遣依頼の受諾と日程調整 " + businessKey);
        browser.waitFor(task);
        pageIsJapanese("派遣依頼の受諾と日程調整", "adviser-task-list");
        // A select with nothing chosen (引継ぎ先の圏域, shown for a hand-over) reads 「選択してください」,
        // not form-js's "Select"; the form is looked at, not sent.
        browser.click(task);
        By claim = By.xpath("//button[normalize-space()='担当する']");
        browser.click(claim);
        browser.waitUntilGone(claim);
        browser.choose("他の圏域のアドバイザーに引き継ぐ");
        browser.waitFor(By.xpath("//*[contains(@class,'fjs-select-placeholder')][normalize-space()='選択してください']"));
        pageIsJapanese("引継ぎ先の圏域", "adviser-acceptance-form");
        browser.logOut();
    }

    /**
     * The request's process instance in Cockpit: its diagram and its variables. Variable names,
     * their values and their types are the process's data and stay as they are.
     */
    void theAdministratorLooksAtTheRequestInCockpit(String businessKey) {
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getId();
        // No flow of ours keeps a file yet; one attached here shows the links Cockpit has for
        // files, "Download" and (while editing) "Upload", written in Camunda's template.
        runtimeService.setVariable(instanceId, "visitMemo", Variables.fileValue("訪問メモ.txt")
                .file("初回訪問の記録".getBytes(StandardCharsets.UTF_8)).mimeType("text/plain").encoding("UTF-8").create());
        Set<String> data = variableWords(instanceId);

        browser.go("/camunda/app/cockpit/");
        browser.logIn("admin", "admin");
        browser.go("/camunda/app/cockpit/default/#/process-instance/" + instanceId + "/runtime?tab=variables-tab");
        browser.waitFor(By.cssSelector(".djs-container"));
        browser.waitFor(By.xpath("//td[contains(@class,'col-name')][normalize-space()='visitMemo']"));
        pageIsJapanese("ダウンロード", "cockpit-process-instance", data);
        assertThat(browser.script("return Array.from(document.querySelectorAll('.navigation button[title]'))"
                + ".map(b => b.title).join(',');")).isEqualTo("拡大,縮小,元の大きさに戻す");
        // A process instance started by a person has no super instance: Camunda writes "null".
        assertThat(browser.waitFor(By.cssSelector("dd.super-process-instance-id .null-value")).getText()).isEqualTo("（値なし）");

        browser.click(By.xpath("//tr[td[contains(@class,'col-name')][normalize-space()='visitMemo']]"
                + "//td[contains(@class,'actions')]//button[1]"));
        pageIsJapanese("アップロード", "cockpit-file-variable-edit", data);
        browser.logOut();
        pageIsJapanese("ログイン", "cockpit-logged-out");
    }

    static By taskInList(String name) {
        return By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(normalize-space(), '" + name + "')]");
    }

    /** The words of the variables' names and string values, and the engine's type names. */
    Set<String> variableWords(String instanceId) {
        Set<String> words = new TreeSet<>(VARIABLE_TYPES);
        runtimeService.getVariables(instanceId).forEach((name, value) -> {
            words.addAll(englishWords(name));
            if (value instanceof String text) {
                words.addAll(englishWords(text));
            }
        });
        return words;
    }

    /** The words of the engine's permission names and the ids in the authorizations of a resource. */
    Set<String> authorizationWords(Resources resource) {
        Set<String> words = new TreeSet<>();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        for (Permission permission : configuration.getPermissionProvider().getPermissionsForResource(resource.resourceType())) {
            words.addAll(englishWords(permission.getName()));
        }
        for (Authorization authorization : authorizationService.createAuthorizationQuery()
                .resourceType(resource).list()) {
            words.addAll(englishWords(String.join(" ", String.valueOf(authorization.getGroupId()),
                    String.valueOf(authorization.getUserId()), authorization.getResourceId())));
        }
        return words;
    }

    static Set<String> englishWords(String text) {
        Set<String> words = new TreeSet<>();
        Matcher matcher = ENGLISH_WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    List<String> businessKeys() {
        return new java.util.ArrayList<>(requests.findAll().stream().map(DispatchRequest::getBusinessKey).toList());
    }

    String pageIsJapanese(String expected, String screenshot) {
        return pageIsJapanese(expected, screenshot, Set.of());
    }

    /**
     * Waits for the page to show {@code expected}, saves a screenshot and fails on any of
     * Camunda's English that japanese.js should have translated, and on any English word in the
     * visible text, titles and placeholders but the allowed ones and the page's {@code data};
     * returns the browser's title.
     */
    String pageIsJapanese(String expected, String screenshot, Set<String> data) {
        browser.waitForText(expected);
        browser.screenshot(screenshot);
        JapaneseBrowser.Shown shown = browser.shown();

        Set<String> untranslated = new TreeSet<>(shown.texts());
        untranslated.addAll(shown.attributes());
        untranslated.retainAll(CAMUNDA_ENGLISH);
        assertThat(untranslated).as("Camunda's English that japanese.js translates, on " + screenshot).isEmpty();

        Set<String> english = englishWords(browser.visibleText() + "\n" + String.join("\n", shown.attributes()));
        english.removeAll(LATIN_ALLOWED);
        english.removeAll(data);
        assertThat(english).as("English words on " + screenshot).isEmpty();
        return browser.title();
    }
}

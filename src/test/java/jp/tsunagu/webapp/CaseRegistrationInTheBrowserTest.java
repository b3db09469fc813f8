package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagu.evacuation.EvacuationPlan;
import jp.tsunagu.evacuation.EvacuationPlanRepository;
import jp.tsunagu.evacuation.PlanStatus;

/**
 * A child who already lives at home, in a real browser (issue 24): 弘前市's officer registers the
 * child's case on ホーム → ケース登録 (birth month typed as 令和6年3月), lands on the case page,
 * and starts the child's evacuation plan in Tasklist with the new case number, after a first try
 * with a case number that does not exist, whose refusal is read in Japanese just above 開始.
 * The support center (the child has no coordinator yet) finds the plan's first meeting in the
 * filter Tasklist opens on, keeps it in sight after claiming it, reads its due and follow-up
 * dates as days, has its form refused (a device without its watts) with the reason just above
 * 完了 on a smaller screen, records it, and from the next step opens the family's copy of the plan
 * in a new tab. The browser window is 1280x800, then 1280x600.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@RequiresChromium
class CaseRegistrationInTheBrowserTest {

    static final Pattern CASE_ID = Pattern.compile("CASE-\\d{4}-\\d{4,}");

    @LocalServerPort
    int port;
    @Autowired
    EvacuationPlanRepository plans;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    @Test
    void hirosakiRegistersAChildAtHomeAndStartsItsPlanAndTheCenterHoldsItsFirstMeeting() throws Exception {
        try (JapaneseBrowser browser = JapaneseBrowser.open("http://localhost:" + port, "case-registration")) {
            try {
                browser.windowSize(1280, 800);
                String caseId = register(browser);
                startPlan(browser, caseId);
                List<EvacuationPlan> started = plans.findByCaseIdAndStatusIn(caseId, EnumSet.allOf(PlanStatus.class));
                assertThat(started).hasSize(1);
                assertThat(started.get(0).getMunicipalityCode()).isEqualTo("022021");
                browser.logOut();
                String[] days = dueInThreeDaysAndFollowUpNextYear(started.get(0).getProcessInstanceId());
                theCenterRecordsTheFirstMeeting(browser, started.get(0).getBusinessKey(), days);
            } catch (RuntimeException | AssertionError failure) {
                browser.keepEvidence();
                throw failure;
            }
        }
    }

    private static String register(JapaneseBrowser browser) {
        browser.go("/");
        browser.waitFor(By.id("username")).sendKeys("muni.022021");
        browser.waitFor(By.id("password")).sendKeys("demo");
        browser.click(By.xpath("//button[normalize-space()='ログイン']"));
        browser.waitForText("つなぐ ホーム");
        browser.click(By.cssSelector("[data-link='case-registration'] a"));
        browser.waitForText("ケース登録（在宅のお子さん）");
        browser.waitFor(By.id("caseLabel")).sendKeys("Hさん");
        browser.waitFor(By.id("caseBirthMonth")).sendKeys("令和6年3月");
        assertThat(browser.waitFor(By.id("municipalityCode")).getText()).contains("弘前市（022021）").doesNotContain("むつ市");
        browser.click(By.xpath("//label[span[normalize-space()='人工呼吸器の管理']]/input"));
        browser.screenshot("case-registration-filled");
        browser.click(By.xpath("//button[normalize-space()='ケースを登録する']"));
        browser.waitForText("住所地の市町村");
        assertThat(browser.visibleText()).contains("Hさん", "令和6年3月", "弘前市", "人工呼吸器の管理");
        browser.screenshot("case-registered");
        Matcher id = CASE_ID.matcher(browser.title());
        assertThat(id.find()).as(browser.title()).isTrue();
        return id.group();
    }

    private static void startPlan(JapaneseBrowser browser, String caseId) {
        browser.go("/camunda/app/tasklist/");
        browser.click(By.xpath("//a[normalize-space()='業務を開始']"));
        browser.openStartForm("災害時個別避難計画", "ケース番号（既にある場合）");
        WebElement caseField = browser.field("ケース番号（既にある場合）");
        // with a case number the new case's fields go away when the field is left: leave it
        // before pressing 開始, or the button moves under the click
        By newCaseLabel = By.xpath("//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.), 'ケースの呼び名')]");
        caseField.sendKeys(NO_SUCH_CASE, Keys.TAB);
        browser.waitUntilGone(newCaseLabel);
        // 弘前市's officer finds 弘前市 chosen already, from the officer's group (issue 24)
        WebElement municipality = browser.field("市町村");
        assertThat(municipality.getAttribute("value")).isEqualTo("弘前市（022021）");
        browser.screenshot("plan-start-form");

        // a case number that names no case: the server refuses, and says so above 開始
        By start = By.xpath("//button[normalize-space()='開始']");
        browser.click(start);
        String refusal = refusalAbove(browser, start, "start-refused");
        assertThat(refusal).startsWith("ケース「" + NO_SUCH_CASE + "」は見つからない");

        caseField.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        caseField.sendKeys(caseId, Keys.TAB);
        browser.waitUntilGone(newCaseLabel);
        browser.click(start);
        browser.waitForText("業務を開始しました。");
    }

    static final String NO_SUCH_CASE = "CASE-2026-9999";
    static final Pattern LATIN_WORD = Pattern.compile("(?<![\\w-])[A-Za-z]{3,}(?![\\w-])");

    /**
     * The first meeting's due date in three days and a follow-up date in January of next year, as
     * a person sets them in Tasklist's header; returns the days as Tasklist must show them.
     */
    private String[] dueInThreeDaysAndFollowUpNextYear(String instanceId) {
        var task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
        LocalDate today = LocalDate.now(TOKYO);
        LocalDate due = today.plusDays(3);
        LocalDate followUp = LocalDate.of(today.getYear() + 1, 1, 5);
        task.setDueDate(java.util.Date.from(due.atTime(17, 0).atZone(TOKYO).toInstant()));
        task.setFollowUpDate(java.util.Date.from(followUp.atTime(9, 0).atZone(TOKYO).toInstant()));
        taskService.saveTask(task);
        String weekdays = "月火水木金土日";
        return new String[] {
            due.getMonthValue() + "月" + due.getDayOfMonth() + "日(" + weekdays.charAt(due.getDayOfWeek().ordinal()) + ")",
            followUp.getYear() + "年1月5日(" + weekdays.charAt(followUp.getDayOfWeek().ordinal()) + ")"};
    }

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static void theCenterRecordsTheFirstMeeting(JapaneseBrowser browser, String businessKey, String[] days) {
        browser.logIn("center", "demo");
        assertThat(browser.waitFor(By.cssSelector(".task-filter.active")).getText())
                .as("Tasklist opens on the filter of one's own and one's groups' tasks").startsWith("自分とグループのタスク");
        By task = By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(normalize-space(), '" + businessKey + "')]");
        browser.click(task);
        By claim = By.xpath("//button[normalize-space()='担当する']");
        browser.click(claim);
        browser.waitUntilGone(claim);
        assertThat(browser.waitFor(task).isDisplayed()).as("a claimed task stays in the list").isTrue();
        assertThat(browser.visibleText()).as("no priority shown").doesNotContainPattern("(?m)^50$");
        // due and follow-up dates as days, in the list and in the task's header, never 「3日後」
        assertThat(datesShown(browser, ".tasks-list .due-date")).containsExactly(days[0]);
        assertThat(datesShown(browser, ".tasks-list .followup-date")).containsExactly(days[1]);
        assertThat(datesShown(browser, ".task-card .due-date")).containsExactly(days[0]);
        assertThat(datesShown(browser, ".task-card .followup-date")).containsExactly(days[1]);

        browser.field("実施日").sendKeys(LocalDate.now(TOKYO).minusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")), Keys.TAB);
        browser.field("内容").sendKeys("ご家族と関係者で日常生活の様子と機器を共有しました。");
        browser.field("日常生活の様子").sendKeys("日中は自宅で過ごし、夜間は人工呼吸器を使用。");
        // a device without its watts: form-js lets it through, the server does not
        browser.field("医療機器1の名称").sendKeys("人工呼吸器");
        // a smaller screen: the buttons are still there to press, and the reason beside them
        browser.windowSize(1280, 600);
        By complete = By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space()='完了']");
        // scrolled to the end of the form, as far as the task pane goes: 保存 and 完了 lie above the
        // page footer, not under it
        browser.script("const pane = document.querySelector('.task-details .three-cols-layout-cell.content');"
                + " pane.scrollTop = pane.scrollHeight;");
        buttonIsInViewAndUncovered(browser, complete);
        buttonIsInViewAndUncovered(browser, By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space()='保存']"));
        browser.click(complete);
        assertThat(refusalAbove(browser, complete, "task-refused")).isEqualTo("「人工呼吸器の消費電力（W）」を入力してください。");
        assertThat(browser.script("return !!document.evaluate(arguments[0], document, null, 9, null).singleNodeValue;",
                "//div[contains(@class,'form-actions')]//button[normalize-space()='保存']")).as("保存 is there too").isEqualTo(true);
        buttonIsInViewAndUncovered(browser, By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space()='保存']"));

        // with the watts and the battery's hours the meeting is recorded, and the plan's first
        // version drafted from it
        browser.field("医療機器1の消費電力（W）").sendKeys("150");
        browser.field("医療機器1のバッテリー駆動時間（時間）").sendKeys("8");
        browser.field("本人・家族").sendKeys("2");
        browser.field("支援センター").sendKeys("1");
        browser.click(complete);
        browser.waitForText("一覧からタスクを選んでください。");
        browser.waitUntilGone(By.className("tsunagu-refusal"));

        // the next step's form links to the family's copy: it opens in a new tab, the form stays
        By draft = By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(normalize-space(), '個別避難計画の作成 " + businessKey + "')]");
        browser.click(draft);
        // not claimed yet: Tasklist veils the form, but the link to the family's copy stays usable
        browser.waitFor(By.cssSelector(".disabled-form"));
        By familyCopy = By.xpath("//a[normalize-space()='印刷用の計画（家族用）を新しいタブで開く']");
        browser.waitFor(familyCopy);
        browser.inNewTab(familyCopy, () -> {
            browser.waitForText("計画番号 " + businessKey);
            assertThat(browser.currentUrl()).endsWith("/evacuation-plans/" + businessKey + "/print");
            assertThat(browser.title()).startsWith("災害時個別避難計画 " + businessKey);
            assertThat(browser.visibleText()).contains("災害時個別避難計画", "弘前市", "人工呼吸器");
            browser.screenshot("family-copy");
        });
        assertThat(browser.waitFor(familyCopy).isDisplayed()).as("Tasklist stays where it was").isTrue();
        assertThat(browser.currentUrl()).contains("/camunda/app/tasklist/");
    }

    /**
     * The refusal shown for the button just pressed: right above it, in Japanese only (no English
     * word, no id), with Camunda's own red notification closed, and the button itself in view and
     * uncovered (the page footer lies over nothing of it).
     */
    private static String refusalAbove(JapaneseBrowser browser, By button, String screenshot) {
        WebElement shown = browser.waitFor(By.className("tsunagu-refusal"));
        browser.screenshot(screenshot);
        String refusal = shown.getText();
        assertThat(refusal).containsPattern("[ぁ-んァ-ヶ一-龠]").doesNotContain("Cannot").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        assertThat(LATIN_WORD.matcher(refusal.replace(NO_SUCH_CASE, "")).find()).as(refusal).isFalse();
        @SuppressWarnings("unchecked")
        List<Number> boxes = (List<Number>) browser.script("""
                const box = document.querySelector('.tsunagu-refusal').getBoundingClientRect();
                const button = document.evaluate(arguments[0], document, null, 9, null).singleNodeValue.getBoundingClientRect();
                return [box.bottom, button.top, box.left, button.right];""", xpath(button));
        assertThat(boxes.get(0).doubleValue()).as("the reason ends above the button").isLessThanOrEqualTo(boxes.get(1).doubleValue() + 0.5);
        assertThat(boxes.get(1).doubleValue() - boxes.get(0).doubleValue()).as("right above it").isLessThan(40);
        assertThat(boxes.get(2).doubleValue()).as("in the same column").isLessThan(boxes.get(3).doubleValue());
        buttonIsInViewAndUncovered(browser, button);
        assertThat(browser.script("return Array.from(document.querySelectorAll('.notifications .alert'))"
                + ".filter(a => a.getClientRects().length > 0).map(a => a.textContent).join('|');"))
                .as("Camunda's notification of the refusal is closed").isEqualTo("");
        return refusal;
    }

    private static void buttonIsInViewAndUncovered(JapaneseBrowser browser, By button) {
        Object covered = browser.script("""
                const button = document.evaluate(arguments[0], document, null, 9, null).singleNodeValue;
                const r = button.getBoundingClientRect();
                if (r.top < 0 || r.bottom > innerHeight) { return 'out of view: ' + r.top + '..' + r.bottom + ' of ' + innerHeight; }
                for (const [x, y] of [[r.left + 2, r.top + 2], [r.right - 2, r.bottom - 2], [(r.left + r.right) / 2, (r.top + r.bottom) / 2]]) {
                  const top = document.elementFromPoint(x, y);
                  if (!top || !(top === button || button.contains(top))) { return 'covered by ' + (top ? top.tagName + '.' + top.className : 'nothing'); }
                }
                return '';""", xpath(button));
        assertThat(covered).as(button + " in view and uncovered").isEqualTo("");
    }

    @SuppressWarnings("unchecked")
    private static List<String> datesShown(JapaneseBrowser browser, String where) {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(span => span.textContent.trim());", where + " span[am-time-ago]");
    }

    private static String xpath(By locator) {
        String text = locator.toString();
        return text.substring(text.indexOf(':') + 1).trim();
    }
}

package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.process.EngineTime;
import jp.tsunagu.regional.RegionalActivity;
import jp.tsunagu.regional.RegionalActivityRepository;
import jp.tsunagu.regional.RegionalActivityStatus;

/**
 * The 下北 adviser plans a regional activity in Tasklist, as a person would (issue 20): starts
 * 圏域の活動 for 下北 from 業務を開始, then fills in its plan (a study group for the whole region)
 * and completes it. Screenshots under target/e2e/regional-*.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@RequiresChromium
class RegionalActivityInTheBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    RegionalActivityRepository activities;
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
    void theShimokitaAdviserStartsAndPlansAStudyGroupForTheRegion() throws Exception {
        browser = JapaneseBrowser.open("http://localhost:" + port, "regional");
        try {
            String businessKey = theAdviserStartsIt();
            theAdviserPlansIt(businessKey);
        } catch (RuntimeException | AssertionError failure) {
            browser.keepEvidence();
            throw failure;
        }
    }

    String theAdviserStartsIt() {
        browser.go("/camunda/app/tasklist/");
        browser.logIn("adviser.shimokita", "demo");
        browser.click(By.xpath("//a[normalize-space()='業務を開始']"));
        browser.openStartForm("圏域の活動（勉強会・会議など）", "圏域");
        pick("圏域", "下北圏域");
        browser.field("テーマ・名称").sendKeys("医療的ケア児の災害への備え 勉強会");
        onlyJapanese("regional-start-form");
        List<String> before = keys();
        browser.click(By.xpath("//button[normalize-space()='開始']"));
        browser.waitForText("業務を開始しました。");
        List<String> added = keys();
        added.removeAll(before);
        assertThat(added).hasSize(1);
        assertThat(added.get(0)).matches("REG-\\d{4}-\\d{4}");
        browser.waitForText("案件番号は " + added.get(0) + " です。");
        return added.get(0);
    }

    void theAdviserPlansIt(String businessKey) {
        By task = By.xpath("//ol[contains(@class,'tasks-list')]//a[contains(normalize-space(), '" + businessKey + "')]");
        browser.go("/camunda/app/tasklist/");
        // the plan is assigned to whoever started the activity: 自分のタスク
        browser.click(By.xpath("//*[contains(@class,'task-filter')]//a[starts-with(normalize-space(), '自分のタスク')]"));
        browser.click(task);
        pick("活動の種類", "勉強会");
        LocalDate day = EngineTime.today().plusDays(30);
        browser.field("開催日（1回目）").sendKeys(day.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")), Keys.TAB);
        browser.field("開催場所").sendKeys("むつ市役所 会議室");
        browser.choose("圏域全体が対象");
        browser.field("参加予定人数").sendKeys("30");
        onlyJapanese("regional-plan-form");
        browser.click(By.xpath("//button[normalize-space()='完了']"));
        browser.waitForText("一覧からタスクを選んでください。");

        RegionalActivity activity = transaction.execute(status -> {
            RegionalActivity stored = activities.require(businessKey);
            stored.getMeetings().size(); // read inside the transaction
            return stored;
        });
        assertThat(activity.getStatus()).isEqualTo(RegionalActivityStatus.RUNNING);
        assertThat(activity.getRegion().getId()).isEqualTo("shimokita");
        assertThat(activity.getStartedBy()).isEqualTo("adviser.shimokita");
        assertThat(activity.getKind().getCode()).isEqualTo("STUDY_GROUP");
        assertThat(activity.isWholeRegion()).isTrue();
        assertThat(activity.getMunicipalityCodes()).contains("022080", "024236");
        assertThat(activity.getMeetings()).singleElement()
                .satisfies(meeting -> assertThat(meeting.getPlannedDate()).as("as typed, year first").isEqualTo(day));
        assertThat(activity.getExpectedCount()).isEqualTo(30);
        browser.logOut();
    }

    /** A form-js select: opens its list by a click on what it shows, as a person does, and picks the option. */
    void pick(String label, String option) {
        browser.click(By.id(browser.field(label).getAttribute("id") + "-display"));
        browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + option + "']"));
    }

    /** The form as the adviser sees it, in Japanese: no English word but the allowed ones. */
    void onlyJapanese(String screenshot) {
        browser.screenshot(screenshot);
        Set<String> english = DispatchInTheBrowserTest.englishWords(browser.visibleText());
        english.removeAll(DispatchInTheBrowserTest.LATIN_ALLOWED);
        english.remove("TEAM"); // the seed's study group 「TEAMつなぐ」, the form's example of a theme
        assertThat(english).as("English words on " + screenshot).isEmpty();
    }

    List<String> keys() {
        return new java.util.ArrayList<>(activities.findAll().stream().map(RegionalActivity::getBusinessKey).toList());
    }
}

package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * and starts the child's evacuation plan in Tasklist with the new case number.
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

    @Test
    void hirosakiRegistersAChildAtHomeAndStartsItsPlan() throws Exception {
        try (JapaneseBrowser browser = JapaneseBrowser.open("http://localhost:" + port, "case-registration")) {
            try {
                String caseId = register(browser);
                startPlan(browser, caseId);
                List<EvacuationPlan> started = plans.findByCaseIdAndStatusIn(caseId, EnumSet.allOf(PlanStatus.class));
                assertThat(started).hasSize(1);
                assertThat(started.get(0).getMunicipalityCode()).isEqualTo("022021");
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
        browser.field("ケース番号（既にある場合）").sendKeys(caseId);
        // 弘前市's officer finds 弘前市 chosen already, from the officer's group (issue 24)
        WebElement municipality = browser.field("市町村");
        assertThat(municipality.getAttribute("value")).isEqualTo("弘前市（022021）");
        browser.screenshot("plan-start-form");
        browser.click(By.xpath("//button[normalize-space()='開始']"));
        browser.waitForText("業務を開始しました。");
    }
}

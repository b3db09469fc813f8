package jp.tsunagu.webapp;

import static jp.tsunagu.support.RestDriver.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.RestDriver;

/**
 * The front door in a real browser, as むつ市's officer: "/" leads to our login page and on to the
 * home page, then to 「申込の状況」 with the request they made, to the dashboard's refusal (403, in
 * Japanese) and back home; Tasklist shares the login and its header leads home again.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@RequiresChromium
class FrontDoorInTheBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;

    @Test
    void aMunicipalOfficerGoesThroughTheFrontDoor() throws Exception {
        String businessKey = (String) new RestDriver(rest).start("muni.022080", ProcessKeys.ADVISER_DISPATCH,
                variables("municipalityCode", "022080", "requestKind", "ACCOMPANY", "requestDetail", "同行してほしい。",
                        "wishedDate", LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7).toString()), HttpStatus.OK)
                .get("businessKey");
        try (JapaneseBrowser browser = JapaneseBrowser.open("http://localhost:" + port, "front-door")) {
            walk(browser, businessKey);
        }
    }

    private static void walk(JapaneseBrowser browser, String businessKey) {
        try {
            browser.go("/");
            browser.waitFor(By.id("username")).sendKeys("muni.022080");
            assertThat(browser.title()).isEqualTo("ログイン｜つなぐ");
            browser.waitFor(By.id("password")).sendKeys("demo");
            browser.click(By.xpath("//button[normalize-space()='ログイン']"));

            browser.waitForText("つなぐ ホーム");
            assertThat(browser.visibleText()).contains("むつ市 担当者 さん（むつ市）", "未完了のタスク", businessKey);
            browser.screenshot("home");

            browser.click(By.cssSelector("[data-link='my-requests'] a"));
            browser.waitFor(By.id("my-requests"));
            assertThat(browser.visibleText()).contains(businessKey, "伴走支援", "受付確認中", "小児在宅支援センター");
            browser.screenshot("my-requests");

            browser.go("/dashboard");
            browser.waitForText("このページを開く権限がありません");
            assertThat(browser.visibleText()).contains("ダッシュボードは県障害福祉課");
            browser.screenshot("dashboard-refused");
            browser.click(By.xpath("//a[normalize-space()='ホームに戻る']"));
            browser.waitFor(By.id("task-count"));

            browser.click(By.xpath("//nav//a[normalize-space()='タスクリスト']"));
            browser.waitFor(By.cssSelector("li.tsunagu-home a"));
            assertThat(browser.title()).isEqualTo("つなぐ タスクリスト");
            browser.screenshot("tasklist-home-link");
            browser.click(By.cssSelector("li.tsunagu-home a"));
            browser.waitFor(By.id("task-count"));
        } catch (RuntimeException | AssertionError failure) {
            browser.keepEvidence();
            throw failure;
        }
    }
}

package jp.tsunagu.webapp;

import static jp.tsunagu.support.RestDriver.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
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
 * Tasklist's task header in a real browser (issue 24), as むつ市's officer: a task of their
 * municipality held by a colleague shows the group as むつ市 and the colleague by name; then as the
 * center, an adviser's task shows 下北圏域アドバイザー for the group and for the adviser who took it.
 * No id (municipality-022080, muni.022080.kato, adviser-shimokita, adviser.shimokita) is on the screen.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@RequiresChromium
class TasklistNamesInTheBrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    static final String COLLEAGUE = "muni.022080.sato";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;

    @Test
    void theTaskHeaderNamesGroupsAndPeople() throws Exception {
        RestDriver driver = new RestDriver(rest);
        String discharge = (String) driver.start("center", ProcessKeys.DISCHARGE_TRANSITION, variables(
                "municipalityCode", "022080", "caseLabel", "Pさん", "caseBirthMonth", "2025-10",
                "care_SUCTION", true, "hospitalName", "むつ総合病院", "wardContact", "小児科 0175-00-0000",
                "hospitalRegion", "shimokita", "expectedDischargeDate", TODAY.plusDays(60).toString(),
                "continuingCare", "吸引"), HttpStatus.OK).get("id");
        String confirm = (String) driver.task("muni.022080", discharge, "UserTask_ConfirmMunicipality").get("id");
        User colleague = identity.newUser(COLLEAGUE);
        colleague.setFirstName("一郎");
        colleague.setLastName("佐藤");
        colleague.setEmail("sato.ichiro@example.jp");
        colleague.setPassword("not-used-here");
        identity.saveUser(colleague);
        identity.createMembership(COLLEAGUE, "municipality-022080");
        tasks.claim(confirm, COLLEAGUE);

        String dispatch = (String) driver.start("muni.022080", ProcessKeys.ADVISER_DISPATCH, variables(
                "municipalityCode", "022080", "requestKind", "CASE_MEETING", "requestDetail", "ケース会議に同席してほしい。",
                "wishedDate", TODAY.plusDays(7).toString()), HttpStatus.OK).get("id");
        driver.complete("center", driver.task("center", dispatch, "UserTask_Triage"), variables("triageDecision", "ADVISER"));
        String acceptance = (String) driver.task("adviser.shimokita", dispatch, "UserTask_AdviserAcceptance").get("id");
        tasks.claim(acceptance, "adviser.shimokita");

        try (JapaneseBrowser browser = JapaneseBrowser.open("http://localhost:" + port, "tasklist-names")) {
            try {
                browser.go("/camunda/app/tasklist/");
                browser.logIn("muni.022080", "demo");
                browser.go("/camunda/app/tasklist/default/#/?task=" + confirm);
                browser.waitForText("佐藤 一郎");
                String municipal = header(browser);
                assertThat(municipal).as("the group and the colleague by name").contains("むつ市", "佐藤 一郎")
                        .doesNotContain("municipality-022080", COLLEAGUE, "sato.ichiro@example.jp");
                browser.screenshot("municipal-task-header");
                browser.logOut();

                browser.logIn("center", "demo");
                browser.go("/camunda/app/tasklist/default/#/?task=" + acceptance);
                browser.waitForText("下北圏域アドバイザー");
                String center = header(browser);
                assertThat(center).contains("下北圏域アドバイザー").doesNotContain("adviser-shimokita", "adviser.shimokita");
                browser.screenshot("center-task-header");
            } catch (RuntimeException | AssertionError failure) {
                browser.keepEvidence();
                throw failure;
            }
        }
    }

    /** The open task's header (name, groups, assignee) as a person sees it. */
    private static String header(JapaneseBrowser browser) {
        browser.waitFor(By.cssSelector("[cam-tasklist-task-meta], .task-meta, .names"));
        return browser.visibleText();
    }
}

package jp.tsunagu.web;

import static jp.tsunagu.support.RestDriver.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagu.support.RestDriver;

/**
 * A catalogue of bad input across every entry point (REST starts of the three flows, Tasklist's
 * submit-form, task completions, messages, our pages): wrong types, missing fields, unknown
 * codes, oversized and script-like text, malformed JSON, wrong business keys, other people's
 * tasks. Each is answered with a 4xx and a Japanese sentence, and leaves every table as it was.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class BadInputCatalogueRestTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    static final String DISPATCH = "/engine-rest/process-definition/key/adviser-dispatch/start";
    static final String DISCHARGE = "/engine-rest/process-definition/key/discharge-transition/start";
    static final String EVACUATION = "/engine-rest/process-definition/key/evacuation-plan/start";
    /** Tables of ours and the engine's whose row counts must not move. */
    static final List<String> TABLES = List.of("dispatch_request", "dispatch_request_region", "discharge",
            "discharge_municipality", "arranged_service", "evacuation_plan", "evacuation_plan_version",
            "evacuation_plan_device", "evacuation_plan_supporter", "child_case", "child_case_care_item",
            "activity_record", "start_request", "audit_entry",
            "act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_job", "act_ru_identitylink",
            "act_ru_authorization", "act_ru_incident", "act_ge_bytearray",
            "act_hi_procinst", "act_hi_taskinst", "act_hi_actinst", "act_hi_varinst", "act_hi_detail",
            "act_hi_identitylink", "act_hi_incident", "act_hi_job_log", "act_hi_op_log");

    /** One bad input: who sends what where, and the answer it must get. */
    record Bad(String what, String user, HttpMethod method, String path, Object body, List<Integer> statuses,
            String messagePart) {
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @TestFactory
    Stream<DynamicTest> everyBadInputIsRefusedInJapaneseAndChangesNothing() {
        RestDriver driver = new RestDriver(rest);
        String dispatch = (String) driver.start("muni.022080", "adviser-dispatch", dispatchRequest(), HttpStatus.OK).get("id");
        String triage = (String) driver.task("center", dispatch, "UserTask_Triage").get("id");
        Map<String, Object> dischargeStarted = driver.start("center", "discharge-transition", discharge(), HttpStatus.OK);
        String dischargeKey = (String) dischargeStarted.get("businessKey");
        String confirm = (String) driver.task("muni.022080", (String) dischargeStarted.get("id"), "UserTask_ConfirmMunicipality").get("id");
        String caseId = jdbc.queryForObject("select case_id from discharge where business_key = ?", String.class, dischargeKey);
        driver.start("muni.022080", "evacuation-plan", variables("caseId", caseId, "municipalityCode", "022080"), HttpStatus.OK);

        List<Bad> catalogue = new ArrayList<>();
        // adviser-dispatch start (REST)
        catalogue.add(start("市町村なし", "muni.022080", DISPATCH, without(dispatchRequest(), "municipalityCode"), "市町村"));
        catalogue.add(start("検査数字の合わない市町村コード", "muni.022080", DISPATCH, with(dispatchRequest(), "municipalityCode", "022081"), null));
        catalogue.add(start("存在しない市町村コード", "muni.022080", DISPATCH, with(dispatchRequest(), "municipalityCode", "999999"), null));
        catalogue.add(start("市町村コードが数値", "muni.022080", DISPATCH, with(dispatchRequest(), "municipalityCode", 22080), "文字で"));
        catalogue.add(start("未知の依頼の種類", "muni.022080", DISPATCH, with(dispatchRequest(), "requestKind", "FLY_TO_THE_MOON"), "選べません"));
        catalogue.add(start("依頼の種類なし", "muni.022080", DISPATCH, without(dispatchRequest(), "requestKind"), "依頼の種類"));
        catalogue.add(start("依頼内容が空白", "muni.022080", DISPATCH, with(dispatchRequest(), "requestDetail", "   "), "依頼内容"));
        catalogue.add(start("依頼内容が長すぎる", "muni.022080", DISPATCH, with(dispatchRequest(), "requestDetail", "あ".repeat(2001)), "2000文字以内"));
        catalogue.add(start("依頼内容にスクリプト", "muni.022080", DISPATCH,
                with(dispatchRequest(), "requestDetail", "<script>alert('x')</script>同行してほしい"), "スクリプト"));
        catalogue.add(start("依頼内容に javascript: URL", "muni.022080", DISPATCH,
                with(dispatchRequest(), "requestDetail", "javascript:alert(1)"), "スクリプト"));
        catalogue.add(start("希望日が日付でない", "muni.022080", DISPATCH, with(dispatchRequest(), "wishedDate", "来週の火曜"), "日付"));
        catalogue.add(start("希望日が過去", "muni.022080", DISPATCH, with(dispatchRequest(), "wishedDate", TODAY.minusDays(1).toString()), "過去"));
        catalogue.add(start("希望日が真偽値", "muni.022080", DISPATCH, with(dispatchRequest(), "wishedDate", true), "日付"));
        // an unknown case answers as another municipality's would (no way to learn which exist)
        catalogue.add(new Bad("存在しないケース番号", "muni.022080", HttpMethod.POST, DISPATCH,
                Map.of("variables", with(dispatchRequest(), "caseId", "CASE-2099-9999")), List.of(403), "見つからないか"));
        catalogue.add(new Bad("他の市町村の申込", "muni.022012", HttpMethod.POST, DISPATCH, Map.of("variables", dispatchRequest()),
                List.of(403), "開始できません"));
        catalogue.add(start("クライアント要求IDが長すぎる", "muni.022080", DISPATCH, with(dispatchRequest(), "clientRequestId", "x".repeat(101)), "100文字"));
        catalogue.add(start("クライアント要求IDに引用符", "muni.022080", DISPATCH, with(dispatchRequest(), "clientRequestId", "a' or '1'='1"), "クライアント要求ID"));
        catalogue.add(new Bad("壊れたJSON", "muni.022080", HttpMethod.POST, DISPATCH, "{\"variables\": {\"municipalityCode\": ",
                List.of(400), "JSON"));
        catalogue.add(new Bad("本文が配列", "muni.022080", HttpMethod.POST, DISPATCH, "[1, 2, 3]", List.of(400), "JSON"));
        catalogue.add(new Bad("型宣言と値が合わない", "muni.022080", HttpMethod.POST, DISPATCH, Map.of("variables", Map.of(
                "municipalityCode", Map.of("value", "022080"), "requestKind", Map.of("value", "ACCOMPANY"),
                "requestDetail", Map.of("value", "依頼"), "wishedDate", Map.of("value", "abc", "type", "Integer"))),
                List.of(400), "送信された内容"));
        catalogue.add(new Bad("存在しないフロー", "muni.022080", HttpMethod.POST,
                "/engine-rest/process-definition/key/no-such-flow/start", Map.of("variables", dispatchRequest()), List.of(404), "見つかりません"));
        catalogue.add(new Bad("タスクリストの開始フォームに長すぎる文", "muni.022080", HttpMethod.POST,
                "/engine-rest/process-definition/key/adviser-dispatch/submit-form",
                Map.of("variables", with(dispatchRequest(), "wishedDatesNote", "い".repeat(501))), List.of(400), "500文字以内"));
        // discharge-transition start
        catalogue.add(start("退院予定日が不正", "center", DISCHARGE, with(discharge(), "expectedDischargeDate", "2026-13-45"), "日付"));
        catalogue.add(start("判定スコアが負", "center", DISCHARGE, with(discharge(), "physicianScore", -5), null));
        catalogue.add(start("病院名なし", "center", DISCHARGE, without(discharge(), "hospitalName"), null));
        catalogue.add(start("呼び名に HTML", "center", DISCHARGE, with(discharge(), "caseLabel", "<img src=x onerror=alert(1)>"), "タグ"));
        catalogue.add(start("未知の病院の圏域", "center", DISCHARGE, with(discharge(), "hospitalRegion", "atlantis"), null));
        catalogue.add(start("制御文字を含む病棟連絡先", "center", DISCHARGE, with(discharge(), "wardContact", "NICU\u0000\u0007"), "制御文字"));
        // evacuation-plan start
        catalogue.add(start("ケース番号なし", "muni.022080", EVACUATION, variables("municipalityCode", "022080"), "ケース番号"));
        catalogue.add(start("計画が既にあるケース", "muni.022080", EVACUATION, variables("caseId", caseId, "municipalityCode", "022080"), "個別避難計画"));
        catalogue.add(new Bad("アドバイザーは計画を始められない", "adviser.shimokita", HttpMethod.POST, EVACUATION,
                Map.of("variables", variables("caseId", caseId, "municipalityCode", "022080")), List.of(403), "権限"));
        // task completions
        String completeTriage = "/engine-rest/task/" + triage + "/complete";
        catalogue.add(new Bad("受付の判断が未知", "center", HttpMethod.POST, completeTriage,
                Map.of("variables", variables("triageDecision", "MAYBE")), List.of(400), "選べません"));
        catalogue.add(new Bad("理由のないお断り", "center", HttpMethod.POST, completeTriage,
                Map.of("variables", variables("triageDecision", "DECLINED")), List.of(400), "お断りの理由"));
        catalogue.add(new Bad("ほかの人のタスク", "muni.022080", HttpMethod.POST, completeTriage,
                Map.of("variables", variables("triageDecision", "ADVISER")), List.of(403), "権限"));
        catalogue.add(new Bad("存在しないタスク", "center", HttpMethod.POST, "/engine-rest/task/no-such-task/complete",
                Map.of("variables", variables("triageDecision", "ADVISER")), List.of(404), "見つかりません"));
        catalogue.add(new Bad("完了時の壊れたJSON", "center", HttpMethod.POST, completeTriage, "{\"variables\": [", List.of(400), "JSON"));
        String completeConfirm = "/engine-rest/task/" + confirm + "/complete";
        catalogue.add(new Bad("確認が真偽値でない", "muni.022080", HttpMethod.POST, completeConfirm,
                Map.of("variables", variables("residenceConfirmed", "yes", "municipalContact", "保健師")), List.of(400), "はい・いいえ"));
        catalogue.add(new Bad("他の市町村の確認タスク", "muni.022012", HttpMethod.POST, completeConfirm,
                Map.of("variables", variables("residenceConfirmed", true, "municipalContact", "保健師")), List.of(403), "権限"));
        // messages and pages
        catalogue.add(new Bad("存在しない申込番号へのメッセージ", "center", HttpMethod.POST, "/engine-rest/message",
                Map.of("messageName", "DischargeDateChanged", "businessKey", "DIS-2099-9999",
                        "processVariables", variables("expectedDischargeDate", TODAY.plusDays(90).toString())), List.of(400), "送信された内容"));
        catalogue.add(new Bad("権限のない人のメッセージ", "muni.022012", HttpMethod.POST, "/engine-rest/message",
                Map.of("messageName", "DischargeReadmitted", "businessKey", dischargeKey), List.of(400, 403), null));
        catalogue.add(new Bad("存在しない計画の印刷", "center", HttpMethod.GET, "/evacuation-plans/EVP-2099-9999/print",
                null, List.of(404), null));

        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(30);
        System.out.println("BadInputCatalogueRestTest: " + catalogue.size() + " bad inputs");
        return catalogue.stream().map(bad -> DynamicTest.dynamicTest(bad.what(), () -> assertRefused(bad)));
    }

    void assertRefused(Bad bad) {
        Map<String, Long> before = rowCounts();
        ResponseEntity<String> answer = send(bad);
        assertThat(answer.getStatusCode().value()).as(bad.what() + ": " + answer.getBody()).isIn(bad.statuses());
        assertThat(answer.getBody()).as(bad.what()).isNotBlank()
                .containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
        if (bad.messagePart() != null) {
            assertThat(answer.getBody()).as(bad.what()).contains(bad.messagePart());
        }
        assertThat(answer.getBody()).as("no stack trace").doesNotContain("\tat ", "\n\tat");
        assertThat(rowCounts()).as(bad.what() + ": the database is unchanged").isEqualTo(before);
    }

    ResponseEntity<String> send(Bad bad) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML));
        return rest.withBasicAuth(bad.user(), RestDriver.passwordOf(bad.user()))
                .exchange(bad.path(), bad.method(), new HttpEntity<>(bad.body(), headers), String.class);
    }

    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        counts.put("business keys given", jdbc.queryForObject("select coalesce(sum(last_value), 0) from business_key_counter", Long.class));
        return counts;
    }

    static Bad start(String what, String user, String path, Map<String, Object> variables, String messagePart) {
        return new Bad(what, user, HttpMethod.POST, path, Map.of("variables", variables), List.of(400), messagePart);
    }

    static Map<String, Object> dispatchRequest() {
        return variables("municipalityCode", "022080", "requestKind", "ACCOMPANY",
                "requestDetail", "初めて医療的ケア児を担当するコーディネーターに同行してほしい。",
                "wishedDate", TODAY.plusDays(7).toString());
    }

    static Map<String, Object> discharge() {
        return variables("municipalityCode", "022080", "caseLabel", "Hさん", "caseBirthMonth", "2025-10",
                "care_TRACHEOSTOMY", true, "care_SUCTION", true, "hospitalName", "弘前大学医学部附属病院",
                "wardContact", "NICU 0172-00-0000", "hospitalRegion", "tsugaru",
                "expectedDischargeDate", TODAY.plusDays(60).toString(), "continuingCare", "気管切開、吸引（頻回）");
    }

    static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
        Map<String, Object> changed = new HashMap<>(variables);
        changed.putAll(variables(name, value));
        return changed;
    }

    static Map<String, Object> without(Map<String, Object> variables, String name) {
        Map<String, Object> changed = new HashMap<>(variables);
        changed.remove(name);
        return changed;
    }
}

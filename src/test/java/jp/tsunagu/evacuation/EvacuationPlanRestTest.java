package jp.tsunagu.evacuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.activity.ActivityRecords;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.casework.MedicalCareItem;
import jp.tsunagu.casework.NewChildCase;
import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.support.RestDriver;

/**
 * The seed's 津軽 case through REST as the demo users: 弘前市 starts the plan, coord.tsugaru holds
 * three meetings (the third at the destination hospital) and drafts, adviser.tsugaru adds what
 * other municipalities do, the family consents, 弘前市 approves; then the printable plan.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class EvacuationPlanRestTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ChildCases cases;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EvacuationPlanVersionRepository versions;
    @Autowired
    ActivityRecords activities;
    @Autowired
    EvacuationPlanRepository plans;

    @Test
    void theTsugaruCaseIsPlannedApprovedAndPrinted() {
        String caseId = transaction.execute(status -> {
            ChildCase child = cases.open(new NewChildCase("Eさん", YearMonth.of(2017, 5), "022021",
                    Set.of(MedicalCareItem.VENTILATOR, MedicalCareItem.TUBE_FEEDING), 38));
            cases.assignCoordinator(child.getId(), "coord.tsugaru");
            return child.getId();
        });
        Map<String, Object> started = post("muni.022021", "/engine-rest/process-definition/key/evacuation-plan/start",
                Map.of("variables", variables("caseId", caseId, "municipalityCode", "022021")), HttpStatus.OK);
        String instanceId = (String) started.get("id");
        String businessKey = (String) started.get("businessKey");

        complete("coord.tsugaru", onlyTask("coord.tsugaru", instanceId, "UserTask_FirstMeeting"), variables(
                "activityDate", TODAY.toString(), "activityKind", "CASE_MEETING",
                "participantRoles", "本人、母、父、弘前市、コーディネーター、支援センター、圏域アドバイザー", "participants_OTHER", 13,
                "activityContent", "日常生活と医療機器の共有", "dailyLife", "日中は特別支援学校に通学。夜間は人工呼吸器。",
                "device1Name", "人工呼吸器", "device1Watts", 80, "device1BatteryHours", 3,
                "candidateDestinations", "弘前大学医学部附属病院"));
        complete("adviser.tsugaru", onlyTask("adviser.tsugaru", instanceId, "UserTask_RegionalInformation"), variables(
                "regionalInformation", "発電機を日常生活用具として給付している市町村がある。"));
        complete("coord.tsugaru", onlyTask("coord.tsugaru", instanceId, "UserTask_DraftPlan"), variables(
                "personName", "弘前 太郎", "personAddress", "弘前市○○", "personPhone", "0172-00-0000",
                "supporter1Name", "祖母", "supporter1Relation", "家族", "supporter1Phone", "090-1111-2222",
                "destination", "弘前大学医学部附属病院", "travelMinutes", 30, "route", "国道7号",
                "transport", "自家用車", "warningMethod", "防災無線と市からの電話", "receivingHospital", "弘前大学医学部附属病院",
                "receivingHospitalPhone", "0172-33-5111", "homeDoctor", "つがる小児クリニック　津軽医師",
                "homeDoctorPhone", "0172-44-0000", "municipalityPhone", "0172-35-1111",
                "device1Name", "人工呼吸器", "device1Watts", 80, "device1BatteryHours", 3,
                "powerPlan", "内部バッテリー → 車 → 発電機", "medicinesAndSupplies", "吸引カテーテル",
                "safetyConfirmation", "コーディネーターが電話で確認"));
        complete("coord.tsugaru", onlyTask("coord.tsugaru", instanceId, "UserTask_SecondMeeting"), variables(
                "activityDate", TODAY.toString(), "activityKind", "CASE_MEETING", "participantRoles", "母、弘前市、コーディネーター",
                "participants_OTHER", 9, "activityContent", "課題整理", "sendBackToDraft", false));
        complete("coord.tsugaru", onlyTask("coord.tsugaru", instanceId, "UserTask_DestinationMeeting"), variables(
                "activityDate", TODAY.toString(), "activityKind", "MEETING", "participantRoles", "母、病院、コーディネーター",
                "participants_OTHER", 6, "activityContent", "病院で受入れ方法と環境を確認"));
        complete("coord.tsugaru", onlyTask("coord.tsugaru", instanceId, "UserTask_FamilyConsent"), variables(
                "consentGiven", true, "sharedWith", "民生委員、弘前地区消防事務組合"));
        assertThat(tasks("muni.022012", instanceId)).as("青森市 sees nothing of 弘前市's plan").isEmpty();
        complete("muni.022021", onlyTask("muni.022021", instanceId, "UserTask_Approve"), variables("approvalDecision", "APPROVE"));

        EvacuationPlanVersion stored = versions.latest(businessKey);
        assertThat(stored.getStatus()).isEqualTo(VersionStatus.APPROVED);
        assertThat(stored.getDestination()).isEqualTo("弘前大学医学部附属病院");
        assertThat(stored.getSupporters()).containsExactly(new Supporter("祖母", "家族", "090-1111-2222"));
        assertThat(activities.of(businessKey)).extracting(a -> a.getParticipantCount()).containsExactly(13, 9, 6);

        String path = "/evacuation-plans/" + businessKey + "/print";
        ResponseEntity<String> page = rest.withBasicAuth("muni.022021", "demo").getForEntity(path, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("災害時個別避難計画", "第1版", "現行版", "承認", "ご本人", "弘前 太郎",
                "避難支援者", "祖母", "090-1111-2222", "避難先と避難経路", "弘前大学医学部附属病院", "30分",
                "医療機器と電源", "人工呼吸器", "80 W", "3.0 時間", "持ち出す薬", "安否確認", "同意あり", "民生委員",
                businessKey);
        // the family's copy: who to call, the next review, a line to sign, A4 with page numbers, 令和 dates
        assertThat(page.getBody()).contains("かかりつけ医", "つがる小児クリニック　津軽医師", "0172-44-0000",
                "受入れ病院の電話番号", "0172-33-5111", "弘前市の担当窓口", "0172-35-1111",
                "次回の見直し", PrintablePlanController.era(TODAY.plusYears(1)) + "ごろ",
                PrintablePlanController.era(TODAY) + " 承認", "家族の同意・署名欄", "署名", "令和　　年　　月　　日",
                "size: A4", "counter(page)", "counter(pages)");
        // ... and nothing internal: the data holds these, the page does not
        assertThat(page.getBody()).as("no instance id, case id, case label, user id or regional note")
                .doesNotContain(instanceId, caseId, "Eさん", "muni.022021", "coord.tsugaru", "adviser.tsugaru",
                        "発電機を日常生活用具", "圏域の情報");
        assertThat(stored.getApprovedBy()).as("the approver's id is in the data").isEqualTo("muni.022021");
        assertThat(plans.findById(businessKey).orElseThrow().getRegionalInformation()).as("the note is in the data")
                .contains("発電機を日常生活用具");
        assertThat(stored.getHomeDoctorPhone()).isEqualTo("0172-44-0000");
        assertThat(page.getBody()).doesNotContain("バッテリー駆動時間が避難先までの所要時間より短い");
        assertThat(rest.withBasicAuth("adviser.tsugaru", "demo").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("coord.tsugaru", "demo").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("muni.022012", "demo").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("coord.aomori", "demo").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("muni.022021", "demo").getForEntity(path + "?version=7", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("muni.022021", "demo").getForEntity(path + "?version=abc", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rest.withBasicAuth("center", "demo").getForEntity("/evacuation-plans/EVP-1999-0001/print", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // a change in the child's life, reported from the case page, opens a review
        String casePage = rest.withBasicAuth("muni.022021", "demo").getForEntity("/cases/" + caseId, String.class).getBody();
        assertThat(casePage).contains("計画の見直しを依頼する");
        // issue 24: the meetings by the day as our screens write it and by who recorded them, by name
        assertThat(casePage.split("<td class=\"recorder\">津軽圏域コーディネーター</td>", -1)).as(casePage).hasSize(4);
        assertThat(casePage).contains("<td>" + JapaneseDates.day(TODAY) + "</td>")
                .doesNotContain("coord.tsugaru", TODAY.toString());
        assertThat(rest.withBasicAuth("adviser.tsugaru", "demo").getForEntity("/cases/" + caseId, String.class).getBody())
                .doesNotContain("計画の見直しを依頼する");
        String review = "/evacuation-plans/" + businessKey + "/review-request";
        assertThat(formPost("muni.022012", review, "体調の変化").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(formPost("adviser.tsugaru", review, "体調の変化").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(formPost("muni.022021", review, " ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(formPost("muni.022021", review, "在宅酸素療法が始まった").getStatusCode().isError()).isFalse();
        Map<String, Object> reviewTask = onlyTask("coord.tsugaru", instanceId, "UserTask_Review");
        assertThat(reviewTask).as("the review task is there").isNotNull();
        ResponseEntity<String> again = formPost("coord.tsugaru", review, "転居の予定");
        assertThat(again.getStatusCode()).as("already in review").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody()).contains("見直し中");
    }

    ResponseEntity<String> formPost(String user, String path, String reason) {
        return new RestDriver(rest).postForm(user, path, "reviewReason", reason);
    }

    // --- helpers ---------------------------------------------------------------------------

    static Map<String, Object> variables(Object... nameValuePairs) {
        return RestDriver.variables(nameValuePairs);
    }

    Map<String, Object> post(String user, String path, Object body, HttpStatus expected) {
        return new RestDriver(rest).post(user, path, body, expected);
    }

    void complete(String user, Map<String, Object> task, Map<String, Object> variables) {
        new RestDriver(rest).complete(user, task, variables);
    }

    List<Map<String, Object>> tasks(String user, String instanceId) {
        return new RestDriver(rest).tasks(user, instanceId);
    }

    Map<String, Object> onlyTask(String user, String instanceId, String activityId) {
        return new RestDriver(rest).task(user, instanceId, activityId);
    }
}

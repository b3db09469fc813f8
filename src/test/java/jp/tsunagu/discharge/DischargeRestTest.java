package jp.tsunagu.discharge;

import static jp.tsunagu.support.RestDriver.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.tsunagu.activity.ActivityRecords;
import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.process.EngineTime;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.RestDriver;

/**
 * The seed's 下北 case through REST as the demo users: a むつ市 child in hospital in 津軽, no
 * coordinator in the area; the adviser and the center cover, and each task goes to the right group.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DischargeRestTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DischargeRepository discharges;
    @Autowired
    ActivityRecords activities;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aMutsuChildInHospitalInTsugaruWithNoCoordinatorInTheArea() throws Exception {
        RestDriver driver = new RestDriver(rest);
        Map<String, Object> started = driver.start("center", ProcessKeys.DISCHARGE_TRANSITION, variables(
                "municipalityCode", "022080", "caseLabel", "Hさん", "caseBirthMonth", "2025-10",
                "care_TRACHEOSTOMY", true, "care_SUCTION", true, "hospitalName", "弘前大学医学部附属病院",
                "wardContact", "NICU 0172-00-0000", "hospitalRegion", "tsugaru",
                "expectedDischargeDate", TODAY.plusDays(60).toString(),
                "continuingCare", "気管切開、吸引（頻回）"), HttpStatus.OK);
        String id = (String) started.get("id");
        String businessKey = (String) started.get("businessKey");

        Map<String, Object> confirm = driver.task("muni.022080", id, "UserTask_ConfirmMunicipality");
        assertThat(driver.candidateGroups("muni.022080", confirm)).containsExactly("municipality-022080");
        assertThat(driver.tasks("muni.022021", id)).as("弘前市 (the hospital's town) sees nothing").isEmpty();
        driver.complete("muni.022080", confirm, variables("residenceConfirmed", true, "municipalContact", "むつ市 保健師"));

        // The hospital is in 津軽: 津軽's advisers are informed (a task to read), nothing more.
        Map<String, Object> informed = driver.task("adviser.tsugaru", id, "UserTask_InformRegion");
        assertThat(driver.candidateGroups("adviser.tsugaru", informed)).containsExactly("adviser-tsugaru");
        assertThat(driver.tasks("adviser.tsugaru", id)).as("only the task to read").hasSize(1);
        driver.complete("adviser.tsugaru", informed, variables());

        Map<String, Object> selection = driver.task("adviser.shimokita", id, "UserTask_AdviserSelectsCoordinator");
        assertThat(driver.candidateGroups("adviser.shimokita", selection))
                .containsExactlyInAnyOrder("adviser-shimokita", "support-center");
        // What Tasklist reads for the form (serialized, as its Camunda Forms renderer asks): the
        // staff records' coordinators as JSON options, 下北's first for a むつ市 child.
        JsonNode formVariables = JSON.readTree(driver.get("adviser.shimokita",
                "/engine-rest/task/" + selection.get("id") + "/form-variables?deserializeValues=false").getBody());
        JsonNode candidates = formVariables.path(DischargeVariables.COORDINATOR_CANDIDATES);
        assertThat(candidates.path("valueInfo").path("serializationDataFormat").asText()).isEqualTo("application/json");
        JsonNode options = JSON.readTree(candidates.path("value").asText());
        assertThat(options.isArray()).as(candidates.toString()).isTrue();
        assertThat(options.get(0).path("value").asText()).isEqualTo("coord.shimokita");
        assertThat(options.get(0).path("label").asText()).contains("（むつ市）", "下北圏域", "養成研修");
        driver.complete("adviser.shimokita", selection, variables("selectionOutcome", "NONE_AVAILABLE",
                "municipalityConsulted", "むつ市 保健師", "coordinatorAdvice",
                "圏域にコーディネーターがいないため、アドバイザーと支援センターで対応し、保健師を身近な相談先とする。"));
        Map<String, Object> agreement = driver.task("muni.022080", id, "UserTask_MunicipalityAgreesSelection");
        JsonNode agreementForm = JSON.readTree(driver.get("muni.022080",
                "/engine-rest/task/" + agreement.get("id") + "/form-variables").getBody());
        assertThat(agreementForm.path("coordinatorAdvice").path("value").asText()).as("the municipality reads the adviser's reasons")
                .startsWith("圏域にコーディネーターがいない");
        driver.complete("muni.022080", agreement, variables("municipalAgreement", "AGREED"));

        Map<String, Object> scheduling = driver.task("adviser.shimokita", id, "UserTask_ScheduleConference");
        assertThat(driver.candidateGroups("adviser.shimokita", scheduling))
                .containsExactlyInAnyOrder("adviser-shimokita", "support-center");
        driver.complete("adviser.shimokita", scheduling, variables("conferencePlannedDate", TODAY.plusDays(20).toString(),
                "conferencePlace", "弘前大学医学部附属病院（オンライン併用）",
                "conferenceInvited", "母、主治医、病棟看護師、MSW、むつ市保健師、支援センター、圏域アドバイザー"));
        Map<String, Object> conference = driver.task("adviser.shimokita", id, "UserTask_DischargeConference");
        assertThat(driver.candidateGroups("adviser.shimokita", conference))
                .containsExactlyInAnyOrder("adviser-shimokita", "support-center");
        assertThat(driver.task("center", id, "UserTask_FindCoordinator")).isNotNull();
        driver.complete("adviser.shimokita", conference, variables("activityDate", TODAY.toString(),
                "activityKind", "DISCHARGE_CONFERENCE", "participantRoles", "母、病院（津軽）、むつ市保健師、支援センター、圏域アドバイザー",
                "participants_OTHER", 18, "activityContent", "退院時カンファレンス（オンライン併用）"));

        Map<String, Object> visit = driver.task("adviser.shimokita", id, "UserTask_FirstHomeVisit");
        Map<String, Object> beforeDischarge = variables("activityDate", TODAY.toString(),
                "activityKind", "ACCOMPANIED_VISIT", "participantRoles", "母、保健師、圏域アドバイザー",
                "participants_OTHER", 3, "activityContent", "初回訪問", "service_HOME_NURSING", true);
        Map<String, Object> early = driver.post("adviser.shimokita", "/engine-rest/task/" + visit.get("id") + "/complete",
                Map.of("variables", beforeDischarge), HttpStatus.BAD_REQUEST);
        assertThat((String) early.get("message")).as("a first home visit before the discharge").contains("退院日（", "より前");
        assertThat((String) early.get("message")).as("both days as people read them (issue 24)")
                .contains("（" + JapaneseDates.day(TODAY) + "）", "退院日（" + JapaneseDates.day(TODAY.plusDays(60)) + "）")
                .doesNotContain(TODAY.toString(), TODAY.plusDays(60).toString());
        // the discharge has happened: the visit is recorded a few days after it
        ClockUtil.setCurrentTime(Date.from(TODAY.plusDays(65).atTime(10, 0).atZone(EngineTime.JAPAN).toInstant()));
        driver.complete("adviser.shimokita", visit, variables("activityDate", TODAY.plusDays(62).toString(),
                "activityKind", "ACCOMPANIED_VISIT", "participantRoles", "母、保健師、圏域アドバイザー",
                "participants_OTHER", 3, "activityContent", "初回訪問", "service_HOME_NURSING", true));
        Map<String, Object> service = driver.task("center", id, "UserTask_ArrangeService");

        // Back in hospital: the service waits (Tasklist shows the refusal under the form) and a
        // new date by message is refused; the center's new date ends the pause.
        driver.post("center", "/engine-rest/message", Map.of("messageName", "DischargeReadmitted", "businessKey", businessKey),
                HttpStatus.NO_CONTENT);
        Map<String, Object> refused = driver.post("center", "/engine-rest/task/" + service.get("id") + "/submit-form",
                Map.of("variables", variables("provider", "むつ訪問看護ステーション", "providerVisited", true)), HttpStatus.BAD_REQUEST);
        assertThat(refused.get("message")).isEqualTo(RefuseWhileReadmitted.REFUSAL);
        Map<String, Object> message = driver.post("center", "/engine-rest/message", Map.of("messageName", "DischargeDateChanged",
                "businessKey", businessKey, "processVariables", variables("newDischargeDate", TODAY.plusDays(90).toString())),
                HttpStatus.BAD_REQUEST);
        assertThat((String) message.get("message")).contains("再入院中");
        driver.complete("center", driver.task("center", id, "UserTask_NewDischargeDate"),
                variables("newDischargeDate", TODAY.plusDays(90).toString()));
        driver.complete("center", service, variables("provider", "むつ訪問看護ステーション", "providerVisited", true));

        Discharge stored = discharges.require(businessKey);
        assertThat(stored.isNoCoordinator()).isTrue();
        assertThat(stored.getHospitalRegionId()).isEqualTo("tsugaru");
        assertThat(stored.getMunicipalContact()).isEqualTo("むつ市 保健師");
        assertThat(activities.of(businessKey)).extracting(a -> a.getRecordedBy()).containsOnly("adviser.shimokita");
        assertThat(activities.of(businessKey)).extracting(a -> a.getRegionId()).containsOnly("shimokita");
    }
}

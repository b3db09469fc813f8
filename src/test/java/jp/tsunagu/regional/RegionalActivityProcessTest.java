package jp.tsunagu.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import jp.tsunagu.activity.ActivityKind;
import jp.tsunagu.activity.ActivityRecord;
import jp.tsunagu.activity.ActivityRecords;
import jp.tsunagu.activity.ParticipantCount;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.common.OperationRefusedException;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.FlowTest;
import jp.tsunagu.support.Participants;

/**
 * Every path of regional-activity, on the real beans and an in-memory H2 engine with
 * authorization checks on: each step runs as the demo user who would do it.
 */
@TestPropertySource(properties = FlowTest.PROCESS_UNDER_TEST + "=" + ProcessKeys.REGIONAL_ACTIVITY)
class RegionalActivityProcessTest extends FlowTest {

    @Autowired
    RegionalActivityRepository activities;
    @Autowired
    ActivityRecords records;

    @Test
    void aStudyGroupSeriesIsPlannedTheCenterCommentsAndEachMeetingIsRecordedInTurn() {
        ProcessInstance instance = start("adviser.aomori", Map.of("region", "aomori", "activityTheme", "青森圏域勉強会「TEAMつなぐ」"));
        assertThat(instance.getBusinessKey()).matches("REG-\\d{4}-\\d{4}");
        assertThat(instance).isWaitingAt("UserTask_Plan");
        Task plan = task();
        assertThat(plan).isAssignedTo("adviser.aomori");
        assertThat(driver.candidateGroups(plan)).containsExactly("adviser-aomori");
        assertThat(plan.getName()).isEqualTo("活動計画の入力 " + instance.getBusinessKey());
        assertThat(String.valueOf(tasks.getVariableLocal(plan.getId(), "regionalKindOptions")))
                .contains("勉強会", "支援体制検討会議", "パネル展・交流会");
        assertThat(String.valueOf(tasks.getVariableLocal(plan.getId(), "regionalMunicipalityOptions")))
                .contains("青森市（022012）", "外ヶ浜町").doesNotContain("八戸市");

        complete("adviser.aomori", plan, plan("STUDY_GROUP", "2026-12-03", "2026-12-10", true));

        assertThat(instance).isWaitingAt("UserTask_CenterReview", "TimerEvent_MeetingDay");
        RegionalActivity stored = activities.require(instance.getBusinessKey());
        assertThat(stored.getStatus()).isEqualTo(RegionalActivityStatus.RUNNING);
        assertThat(stored.getMunicipalityCodes()).hasSize(5).contains("022012", "023078");
        assertThat(stored.getMeetings()).extracting(RegionalMeeting::getPlannedDate)
                .containsExactly(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 10));
        Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("UserTask_CenterReview").singleResult();
        assertThat(driver.candidateGroups(review)).containsExactly("support-center");
        assertThat(tasks.getVariable(review.getId(), "planSummary").toString()).contains("勉強会", "開催日: 2026年12月3日(木)、2026年12月10日(木)", "青森圏域全体")
                .as("the days as people read them").doesNotContain("2026-12-03");
        complete("center", review, Map.of("centerComment", "第2回は県の担当者も参加します。"));
        assertThat(activities.require(instance.getBusinessKey()).getCenterComment()).contains("県の担当者");

        // the first meeting's day
        assertThat(job().getDuedate()).isEqualTo(at(LocalDate.of(2026, 12, 3), LocalTime.MIDNIGHT));
        clock(LocalDate.of(2026, 12, 3), LocalTime.of(9, 0));
        execute(job());
        assertThat(instance).isWaitingAt("UserTask_RecordMeeting");
        Task first = task();
        assertThat(driver.candidateGroups(first)).containsExactly("adviser-aomori");
        assertThat(first.getDueDate()).as("five working days after the meeting").isEqualTo(at(LocalDate.of(2026, 12, 10), LocalTime.of(17, 0)));
        assertThat(tasks.getVariable(first.getId(), "activityDate")).as("the form opens with the planned date").isEqualTo("2026-12-03");
        clock(LocalDate.of(2026, 12, 3), LocalTime.of(18, 0));
        Map<String, Object> held = record("2026-12-03", 61, "障害福祉・医療サービスのいろはの「い」");
        held.put("activityOnline", true);
        complete("adviser.aomori", first, held);

        // the second one, recorded after the reminder, by 「多数」
        clock(LocalDate.of(2026, 12, 10), LocalTime.of(9, 0));
        execute(job());
        assertThat(instance).isWaitingAt("UserTask_RecordMeeting");
        assertThat(tasks.getVariable(task().getId(), "activityDate")).isEqualTo("2026-12-10");
        assertThat(tasks.getVariable(task().getId(), "participants_ADVISER")).as("the last meeting's entries are gone").isNull();
        clock(LocalDate.of(2026, 12, 17), LocalTime.of(17, 0));
        execute(job());
        assertThat(instance).isWaitingAt("UserTask_RecordMeetingReminded");
        Task reminded = task();
        assertThat(driver.candidateGroups(reminded)).containsExactly("adviser-aomori");
        assertThat(reminded.getName()).startsWith("開催の記録（期限を過ぎています）");
        Map<String, Object> many = record("2026-12-10", 0, "家族からの事例提供とグループワーク");
        many.put("participantsMany", true);
        complete("adviser.aomori", reminded, many);

        assertThat(instance).isEnded().hasPassed("ServiceTask_Close");
        RegionalActivity closed = activities.require(instance.getBusinessKey());
        assertThat(closed.getStatus()).isEqualTo(RegionalActivityStatus.CLOSED);
        List<ActivityRecord> recorded = records.of(instance.getBusinessKey());
        assertThat(closed.getMeetings()).extracting(meeting -> meeting.getActivityRecord().getId())
                .containsExactly(recorded.get(0).getId(), recorded.get(1).getId());
        assertThat(closed.getMeetings().get(0).getVoices()).contains("つながり");
        assertThat(recorded).extracting(ActivityRecord::getParticipantCount).containsExactly(61, 0);
        assertThat(recorded).hasSize(2).allSatisfy(record -> {
            assertThat(record.getKind()).isEqualTo(ActivityKind.STUDY_GROUP);
            assertThat(record.getRegionId()).isEqualTo("aomori");
            assertThat(record.getRecordedBy()).isEqualTo("adviser.aomori");
            assertThat(record.getCaseId()).isNull();
        });
        assertThat(recorded.get(1).isParticipantsMany()).isTrue();
        assertThat(recorded.get(1).getParticipantCount()).isZero();
        assertThat(recorded.get(0).getParticipants()).containsExactly(new ParticipantCount("ADVISER", 1),
                new ParticipantCount("OTHER", 60));
        assertThat(recorded).extracting(ActivityRecord::isOnline).containsExactly(true, false);
        assertThat(recorded.get(1).getParticipants()).as("「多数」 with no kind counted").isEmpty();
    }

    @Test
    void theCenterStartsForARegionAndAMeetingNotRecordedAfterTheReminderGoesToTheCenterToo() {
        ProcessInstance instance = start("center", Map.of("region", "kamitosan", "activityTheme", "上十三圏域コーディネーター会議"));
        Task plan = task();
        assertThat(plan).isAssignedTo("center");
        assertThat(driver.candidateGroups(plan)).containsExactly("adviser-kamitosan");
        Map<String, Object> variables = plan("COORDINATOR_MEETING", "2026-11-30", "", false);
        variables.put("targetMunicipality1", "022063");
        variables.put("targetMunicipality2", "022071");
        complete("center", plan, variables);
        RegionalActivity stored = activities.require(instance.getBusinessKey());
        assertThat(stored.getMunicipalityCodes()).containsExactlyInAnyOrder("022063", "022071");
        assertThat(stored.getMeetings()).hasSize(1);

        execute(job()); // today's meeting
        Task record = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("UserTask_RecordMeeting").singleResult();
        assertThat(record.getDueDate()).isEqualTo(at(LocalDate.of(2026, 12, 7), LocalTime.of(17, 0)));
        execute(job());
        Task reminded = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("UserTask_RecordMeetingReminded").singleResult();
        assertThat(reminded.getDueDate()).as("five more working days").isEqualTo(at(LocalDate.of(2026, 12, 7), LocalTime.of(17, 0)));
        clock(LocalDate.of(2026, 12, 8), LocalTime.of(9, 0));
        execute(job());
        Task withCenter = tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("UserTask_RecordMeetingWithCenter").singleResult();
        assertThat(driver.candidateGroups(withCenter)).containsExactlyInAnyOrder("adviser-kamitosan", "support-center");
        complete("adviser.kamitosan", withCenter, record("2026-11-30", 41, "圏域内の事例検討会他"));

        complete("center", tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult(), Map.of());
        assertThat(instance).isEnded();
        assertThat(records.of(instance.getBusinessKey())).singleElement()
                .satisfies(r -> assertThat(r.getKind()).isEqualTo(ActivityKind.MEETING));
    }

    @Test
    void onlyTheRegionsAdvisersAndTheCenterStartAndAPlanIsCheckedAgainstTheTables() {
        Map<String, Object> start = Map.of("region", "aomori", "activityTheme", "勉強会");
        assertThatThrownBy(() -> start("muni.022012", start)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> start("coord.aomori", start)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> start("prefecture", start)).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> start("adviser.hachinohe", start)).isInstanceOf(OperationRefusedException.class)
                .hasMessageContaining("その圏域の圏域アドバイザーまたは支援センター");
        assertThatThrownBy(() -> start("adviser.aomori", Map.of("region", "tokyo", "activityTheme", "勉強会")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("圏域「tokyo」はありません");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.REGIONAL_ACTIVITY).count()).isZero();

        ProcessInstance instance = start("adviser.aomori", Map.of("region", "seihokugo", "activityTheme", "西北五圏域の勉強会"));
        Task plan = task();
        Map<String, Object> otherRegion = plan("STUDY_GROUP", "2026-12-03", "", false);
        otherRegion.put("targetMunicipality1", "022039"); // 八戸市
        assertThatThrownBy(() -> complete("adviser.aomori", plan, otherRegion))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("西北五圏域の市町村ではありません");
        assertThatThrownBy(() -> complete("adviser.aomori", plan, plan("STUDY_GROUP", "2026-12-03", "", false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("対象の市町村");
        assertThatThrownBy(() -> complete("adviser.aomori", plan, plan("PICNIC", "2026-12-03", "", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("活動の種類");
        assertThatThrownBy(() -> complete("adviser.aomori", plan, plan("STUDY_GROUP", "2026-12-03", "2026-12-03", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("同じ日");
        assertThatThrownBy(() -> complete("adviser.aomori", plan, plan("STUDY_GROUP", "2026-12-03", "来週", true)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("日付ではありません");
        assertThat(instance).isWaitingAt("UserTask_Plan");
    }

    // --- helpers ---------------------------------------------------------------------------

    static Map<String, Object> plan(String kind, String first, String more, boolean wholeRegion) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("regionalKind", kind);
        plan.put("firstMeetingDate", first);
        plan.put("moreMeetingDates", more);
        plan.put("meetingPlace", "青森県総合社会教育センター");
        plan.put("online", false);
        plan.put("coHosts", "青森地区医療的ケア児等コーディネーター協会");
        plan.put("wholeRegion", wholeRegion);
        plan.put("expectedCount", 60);
        return plan;
    }

    static Map<String, Object> record(String date, int count, String content) {
        Map<String, Object> record = new HashMap<>();
        record.put("activityDate", date);
        record.put("participantRoles", "医療的ケア児支援に関わる職種問わず");
        record.putAll(Participants.counted(count));
        record.put("activityContent", content);
        record.put("adviserNotes", "研修会開催場所の使用許可等を市町村と調整した。");
        record.put("participantVoices", "訪問看護師や医療従事者とのつながりができた。");
        return record;
    }

    static Date at(LocalDate date, LocalTime time) {
        return Date.from(ZonedDateTime.of(date, time, JAPAN).toInstant());
    }

    static void clock(LocalDate date, LocalTime time) {
        ClockUtil.setCurrentTime(at(date, time));
    }

    ProcessInstance start(String user, Map<String, Object> variables) {
        current = driver.as(user, () -> runtime.startProcessInstanceByKey(ProcessKeys.REGIONAL_ACTIVITY, variables));
        return current;
    }

    Task task() {
        return BpmnAwareTests.task(current);
    }

    void complete(String user, Task task, Map<String, Object> variables) {
        driver.complete(user, task, variables);
    }
}

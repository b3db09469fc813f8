package jp.tsunagu.regional;

import java.time.LocalDate;

import jp.tsunagu.activity.ActivityForm;
import jp.tsunagu.process.Variable;

/**
 * Process variables of {@code regional-activity}, each declared once with its type, label and
 * limit (forms/regional-*.form and the BPMN's expressions use the same names). The region is the
 * shared {@link jp.tsunagu.process.ProcessVariables#REGION_ID}, the initiator
 * {@link jp.tsunagu.process.ProcessVariables#INITIATOR}; the meeting's record fields are
 * {@link ActivityForm}'s.
 */
public final class RegionalVariables {

    // start form (regional-start): region and
    public static final Variable<String> THEME = Variable.text("activityTheme", "テーマ・名称", 200);

    // plan (UserTask_Plan, regional-plan)
    /** Options of the kind select (task-local JSON list, from the table regional_activity_kind). */
    public static final String KIND_OPTIONS = "regionalKindOptions";
    /** Options of the municipality selects (task-local JSON list, the region's municipalities). */
    public static final String MUNICIPALITY_OPTIONS = "regionalMunicipalityOptions";
    /** A code of the table regional_activity_kind (an administrator extends it, so not an enum). */
    public static final Variable<String> KIND = Variable.text("regionalKind", "活動の種類", 32);
    public static final Variable<LocalDate> FIRST_MEETING_DATE = Variable.date("firstMeetingDate", "開催日（1回目）");
    /** Further dates of a series, one per line (2026-07-15). */
    public static final Variable<String> MORE_MEETING_DATES = Variable.text("moreMeetingDates", "2回目以降の開催日", 1000);
    public static final Variable<String> PLACE = Variable.text("meetingPlace", "開催場所", 200);
    public static final Variable<Boolean> ONLINE = Variable.flag("online", "オンライン開催");
    public static final Variable<String> CO_HOSTS = Variable.text("coHosts", "共催・協力", 500);
    public static final Variable<Boolean> WHOLE_REGION = Variable.flag("wholeRegion", "圏域全体が対象");
    /** targetMunicipality1 … targetMunicipality4: the municipalities it is for, when not the whole region. */
    public static final int TARGET_MUNICIPALITY_FIELDS = 4;
    public static final Variable<Integer> EXPECTED_COUNT = Variable.integer("expectedCount", "参加予定人数", 1, 10_000);
    /** The plan as text, shown read-only to the center and on every record form. */
    public static final Variable<String> PLAN_SUMMARY = Variable.text("planSummary", "計画の内容", 8000);

    // center (UserTask_CenterReview)
    public static final Variable<String> CENTER_COMMENT = Variable.text("centerComment", "支援センターからのコメント", 2000);

    // each meeting (SubProcess_Meeting, sequential multi-instance)
    /**
     * The element variable of SubProcess_Meeting is the activity form's own date field
     * ({@link ActivityForm#DATE}, which the record form labels 開催日): the record form opens with the
     * planned date, and the adviser corrects it when the meeting moved.
     */
    public static final Variable<LocalDate> MEETING_DATE = ActivityForm.DATE.labelled("開催日");
    /** Set by the engine on each instance of SubProcess_Meeting: 0 for the first meeting. */
    public static final Variable<Integer> LOOP_COUNTER = Variable.integer("loopCounter", "開催の回", 0, Integer.MAX_VALUE);
    public static final Variable<String> PARTICIPANT_VOICES = Variable.text("participantVoices", "参加者の声", 4000);

    private RegionalVariables() {
    }

    /** One of the target municipality selects, 1 to {@link #TARGET_MUNICIPALITY_FIELDS}. */
    public static Variable<String> targetMunicipality(int number) {
        return Variable.text("targetMunicipality" + number, "対象の市町村", 6);
    }
}

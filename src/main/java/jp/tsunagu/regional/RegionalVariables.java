package jp.tsunagu.regional;

/**
 * Process variables of {@code regional-activity} (forms/regional-*.form and the BPMN's expressions
 * use the same names). The region is the shared {@link jp.tsunagu.process.ProcessVariables#REGION};
 * the meeting's record fields are {@link jp.tsunagu.activity.ActivityForm}'s.
 */
public final class RegionalVariables {

    // start form (regional-start): region and
    public static final String THEME = "activityTheme";
    /** Set by camunda:initiator on the start event. */
    public static final String INITIATOR = "initiator";

    // plan (UserTask_Plan, regional-plan)
    /** Options of the kind select (task-local JSON list, from the table regional_activity_kind). */
    public static final String KIND_OPTIONS = "regionalKindOptions";
    /** Options of the municipality selects (task-local JSON list, the region's municipalities). */
    public static final String MUNICIPALITY_OPTIONS = "regionalMunicipalityOptions";
    public static final String KIND = "regionalKind";
    public static final String FIRST_MEETING_DATE = "firstMeetingDate";
    /** Further dates of a series, one per line (2026-07-15). */
    public static final String MORE_MEETING_DATES = "moreMeetingDates";
    public static final String PLACE = "meetingPlace";
    public static final String ONLINE = "online";
    public static final String CO_HOSTS = "coHosts";
    public static final String WHOLE_REGION = "wholeRegion";
    /** targetMunicipality1 … targetMunicipality4: the municipalities it is for, when not the whole region. */
    public static final String TARGET_MUNICIPALITY_PREFIX = "targetMunicipality";
    public static final int TARGET_MUNICIPALITY_FIELDS = 4;
    public static final String EXPECTED_COUNT = "expectedCount";
    /** The plan as text, shown read-only to the center and on every record form. */
    public static final String PLAN_SUMMARY = "planSummary";

    // center (UserTask_CenterReview)
    public static final String CENTER_COMMENT = "centerComment";

    // each meeting (SubProcess_Meeting, sequential multi-instance)
    /**
     * The element variable of SubProcess_Meeting is the activity form's own date field
     * ({@link jp.tsunagu.activity.ActivityForm#DATE}): the record form opens with the planned date,
     * and the adviser corrects it when the meeting moved.
     */
    public static final String MEETING_DATE = jp.tsunagu.activity.ActivityForm.DATE;
    /** Set by the engine on each instance of SubProcess_Meeting: 0 for the first meeting. */
    public static final String LOOP_COUNTER = "loopCounter";
    public static final String PARTICIPANT_VOICES = "participantVoices";

    private RegionalVariables() {
    }

    public static String targetMunicipality(int number) {
        return TARGET_MUNICIPALITY_PREFIX + number;
    }
}

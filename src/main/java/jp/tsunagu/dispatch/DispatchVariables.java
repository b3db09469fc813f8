package jp.tsunagu.dispatch;

/**
 * Process variables of {@code adviser-dispatch} (forms/dispatch-*.form and the BPMN's expressions
 * use the same names). Shared ones (municipalityCode, caseId, region) are in
 * {@link jp.tsunagu.process.ProcessVariables}.
 */
public final class DispatchVariables {

    // start form
    public static final String REQUEST_KIND = "requestKind";
    public static final String REQUEST_DETAIL = "requestDetail";
    public static final String WISHED_DATE = "wishedDate";
    public static final String WISHED_DATES_NOTE = "wishedDatesNote";
    /** Set by camunda:initiator on the start event. */
    public static final String INITIATOR = "initiator";
    public static final String REQUESTER_ROLE = "requesterRole";

    // triage (UserTask_Triage)
    public static final String TRIAGE_DECISION = "triageDecision";
    public static final String DECLINE_REASON = "declineReason";

    // adviser acceptance, hand-over and escalation
    /** The region whose advisers the request is routed to now; starts as the home region. */
    public static final String ADVISER_REGION = "adviserRegion";
    public static final String ACCEPT_DECISION = "acceptDecision";
    public static final String SCHEDULED_DATE = "scheduledDate";
    public static final String TARGET_REGION = "targetRegion";
    public static final String ESCALATION_DECISION = "escalationDecision";
    public static final String ACCEPTED_BY = "acceptedBy";

    // visits
    public static final String MORE_VISITS = "moreVisits";
    public static final String MORE_VISITS_REASON = "moreVisitsReason";
    public static final String VISIT_COUNT = "visitCount";
    /** True on the third accompanied visit and after: the form reminds of the coordinator's independence. */
    public static final String ACCOMPANIMENT_REMINDER = "accompanimentReminder";

    // feedback (派遣申込者の声)
    public static final String FEEDBACK_RATING = "feedbackRating";
    public static final String FEEDBACK_COMMENT = "feedbackComment";

    private DispatchVariables() {
    }
}

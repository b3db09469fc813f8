package jp.tsunagu.evacuation;

/**
 * Process variables of {@code evacuation-plan} (forms/evacuation-*.form use the same names).
 * The plan's content travels through {@link PlanForm}'s fields only while a form is open.
 */
public final class EvacuationVariables {

    public static final String INITIATOR = "initiator";
    /** Path of the printable plan, for the link in the forms. */
    public static final String PRINTABLE_PLAN = "printablePlan";

    // first meeting
    public static final String DAILY_LIFE = "dailyLife";
    public static final String CANDIDATE_DESTINATIONS = "candidateDestinations";

    // adviser
    public static final String REGIONAL_INFORMATION = "regionalInformation";

    // second meeting, consent, approval, review
    public static final String SEND_BACK_TO_DRAFT = "sendBackToDraft";
    public static final String CONSENT_GIVEN = "consentGiven";
    public static final String SHARED_WITH = "sharedWith";
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_REASON = "reviewReason";
    /** True when a device's battery runs out before the destination is reached. */
    public static final String BATTERY_SHORTFALL = "batteryShortfall";

    /** Message that asks for a review on change (new device, move, change of health). */
    public static final String REVIEW_MESSAGE = "EvacuationPlanReviewRequested";

    private EvacuationVariables() {
    }
}

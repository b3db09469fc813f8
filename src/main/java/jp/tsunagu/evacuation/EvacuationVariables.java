package jp.tsunagu.evacuation;

import jp.tsunagu.process.Variable;

/**
 * Process variables of {@code evacuation-plan}, each declared once with its type, label and limit
 * (forms/evacuation-*.form use the same names). The plan's content travels through
 * {@link PlanForm}'s fields only while a form is open; shared ones (caseId, municipalityCode,
 * region, coordinatorUserId, initiator) are in {@link jp.tsunagu.process.ProcessVariables}.
 */
public final class EvacuationVariables {

    /** Path of the printable plan, for the link in the forms. */
    public static final Variable<String> PRINTABLE_PLAN = Variable.text("printablePlan", "印刷用の計画", 200);

    // first meeting
    public static final Variable<String> DAILY_LIFE = Variable.text("dailyLife", "日常生活の様子", 4000);
    public static final Variable<String> CANDIDATE_DESTINATIONS = Variable.text("candidateDestinations", "避難先の候補", 1000);

    // adviser
    public static final Variable<String> REGIONAL_INFORMATION =
            Variable.text("regionalInformation", "圏域の情報（他市町村の取組・地域資源）", 4000);

    // second meeting, consent, approval, review
    public static final Variable<Boolean> SEND_BACK_TO_DRAFT = Variable.flag("sendBackToDraft", "計画の作成に戻る");
    public static final Variable<Boolean> CONSENT_GIVEN = Variable.flag("consentGiven", "ご家族の同意");
    public static final Variable<String> SHARED_WITH = Variable.text("sharedWith", "共有する相手", 1000);
    public static final Variable<ApprovalDecision> APPROVAL_DECISION =
            Variable.choice("approvalDecision", "承認", ApprovalDecision.class);
    public static final Variable<ReviewDecision> REVIEW_DECISION = Variable.choice("reviewDecision", "見直しの結果", ReviewDecision.class);
    /** What changed in the child's life; sent with {@link #REVIEW_MESSAGE} from the case page. */
    public static final Variable<String> REVIEW_REASON = Variable.text("reviewReason", "変化の内容", ReviewRequestController.MAX_REASON);
    /** True when a device's battery runs out before the destination is reached. */
    public static final Variable<Boolean> BATTERY_SHORTFALL = Variable.flag("batteryShortfall", "バッテリー不足");

    /** Message that asks for a review on change (new device, move, change of health). */
    public static final String REVIEW_MESSAGE = "EvacuationPlanReviewRequested";

    private EvacuationVariables() {
    }
}

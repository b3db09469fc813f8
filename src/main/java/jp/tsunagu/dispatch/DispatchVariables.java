package jp.tsunagu.dispatch;

import java.time.LocalDate;

import jp.tsunagu.process.Variable;

/**
 * Process variables of {@code adviser-dispatch}, each declared once with its type, label and
 * limit (forms/dispatch-*.form and the BPMN's expressions use the same names). Shared ones
 * (municipalityCode, caseId, region, coordinatorUserId, initiator) are in
 * {@link jp.tsunagu.process.ProcessVariables}.
 */
public final class DispatchVariables {

    // start form
    public static final Variable<RequestKind> REQUEST_KIND = Variable.choice("requestKind", "依頼の種類", RequestKind.class);
    public static final Variable<String> REQUEST_DETAIL = Variable.text("requestDetail", "依頼内容（必要なこと）", 2000);
    public static final Variable<LocalDate> WISHED_DATE = Variable.dateFromToday("wishedDate", "希望日");
    public static final Variable<String> WISHED_DATES_NOTE = Variable.text("wishedDatesNote", "希望日程の補足", 500);
    /** Derived from the requester's groups by the start, never sent. */
    public static final Variable<RequesterRole> REQUESTER_ROLE = Variable.choice("requesterRole", "申込者の立場", RequesterRole.class);

    // triage (UserTask_Triage)
    public static final Variable<TriageDecision> TRIAGE_DECISION = Variable.choice("triageDecision", "受付結果", TriageDecision.class);
    public static final Variable<String> DECLINE_REASON = Variable.text("declineReason", "お断りの理由", 1000);

    // adviser acceptance, hand-over and escalation
    /** The region whose advisers the request is routed to now; starts as the home region. */
    public static final Variable<String> ADVISER_REGION = Variable.text("adviserRegion", "担当の圏域", 32);
    public static final Variable<AcceptDecision> ACCEPT_DECISION = Variable.choice("acceptDecision", "対応", AcceptDecision.class);
    public static final Variable<LocalDate> SCHEDULED_DATE = Variable.dateFromToday("scheduledDate", "訪問・実施予定日");
    /** An adviser's hand-over (UserTask_AdviserAcceptance); the center's reassignment labels it 依頼先の圏域. */
    public static final Variable<String> TARGET_REGION = Variable.text("targetRegion", "引継ぎ先の圏域", 32);
    public static final Variable<EscalationDecision> ESCALATION_DECISION =
            Variable.choice("escalationDecision", "対応方法", EscalationDecision.class);
    public static final Variable<String> ACCEPTED_BY = Variable.userId("acceptedBy", "受諾した圏域アドバイザー");

    // visits
    public static final Variable<Boolean> MORE_VISITS = Variable.flag("moreVisits", "追加の派遣");
    public static final Variable<String> MORE_VISITS_REASON = Variable.text("moreVisitsReason", "追加の派遣が必要な理由", 1000);
    public static final Variable<Integer> VISIT_COUNT = Variable.integer("visitCount", "派遣回数", 0, Integer.MAX_VALUE);
    /** True on the third accompanied visit and after: the form reminds of the coordinator's independence. */
    public static final Variable<Boolean> ACCOMPANIMENT_REMINDER = Variable.flag("accompanimentReminder", "自立への声かけ");

    // feedback (派遣申込者の声)
    public static final Variable<Integer> FEEDBACK_RATING = Variable.integer("feedbackRating", "役に立ちましたか", 1, 5);
    public static final Variable<String> FEEDBACK_COMMENT = Variable.text("feedbackComment", "ご意見・ご感想", 2000);

    private DispatchVariables() {
    }
}

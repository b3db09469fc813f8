package jp.tsunagu.dispatch;

/** The center's answer in UserTask_Escalation (escalationDecision). */
public enum EscalationDecision {
    REASSIGN, CENTER
}

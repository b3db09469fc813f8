package jp.tsunagu.dispatch;

/** The support center's triage of a request (triageDecision of ../shared/CONTRACTS.md). */
public enum TriageDecision {
    ADVISER, CENTER, DECLINED
}

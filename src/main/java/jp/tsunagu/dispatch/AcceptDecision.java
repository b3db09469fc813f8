package jp.tsunagu.dispatch;

/** The adviser's answer in UserTask_AdviserAcceptance (acceptDecision). */
public enum AcceptDecision {
    ACCEPT, HAND_OVER
}

package jp.tsunagu.evacuation;

/** The municipality's answer in UserTask_Approve. */
public enum ApprovalDecision {
    APPROVE, SEND_BACK
}

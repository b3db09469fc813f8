package jp.tsunagu.audit;

/** What an audit entry records; the label is what the prefecture reads on the audit page. */
public enum AuditAction {
    FLOW_STARTED("手続き開始"),
    TASK_COMPLETED("タスク完了"),
    EVENT_RECEIVED("連絡の受付"),
    /** Changes outside the flows' forms: Tasklist claims, Cockpit, REST, Admin (OperationAudit). */
    OPERATION("操作（担当・変数・取消・管理など）"),
    CASE_VIEWED("ケースページ閲覧"),
    PLAN_VIEWED("個別避難計画の閲覧・印刷"),
    /** An account's logins from one address paused after repeated failures (LoginThrottle). */
    LOGIN_PAUSED("ログインの一時停止"),
    /** An adviser's or the center's ad-hoc consultation (随時相談) recorded on /advice. */
    ADVICE_RECORDED("随時相談の記録"),
    /** A child's case registered directly on /cases/new (a child already at home). */
    CASE_REGISTERED("ケース登録");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

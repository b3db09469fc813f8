package jp.tsunagu.evacuation;

/** The answer of a review (UserTask_Review). */
public enum ReviewDecision {
    /** Open drafting again: a new version. */
    REOPEN,
    /** Reviewed; the plan stays as it is until the next review. */
    UNCHANGED,
    /** The plan is no longer needed (the family moved away, the child no longer needs care). */
    END
}

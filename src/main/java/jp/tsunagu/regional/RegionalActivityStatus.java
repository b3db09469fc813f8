package jp.tsunagu.regional;

/** Where a regional activity stands. */
public enum RegionalActivityStatus {
    /** Started; the adviser enters the plan. */
    PLANNING,
    /** Planned; its meetings are held and recorded in turn. */
    RUNNING,
    /** Every meeting recorded. */
    CLOSED
}

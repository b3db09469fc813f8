package jp.tsunagu.regional;

/** Where a regional activity stands. */
public enum RegionalActivityStatus {
    /** Started; the adviser enters the plan. */
    PLANNING("計画中"),
    /** Planned; its meetings are held and recorded in turn. */
    RUNNING("開催・記録中"),
    /** Every meeting recorded. */
    CLOSED("完了");

    private final String label;

    RegionalActivityStatus(String label) {
        this.label = label;
    }

    /** As search results show it. */
    public String label() {
        return label;
    }
}

package jp.tsunagu.discharge;

/** Why a coordinator was chosen, as the seed lists the reasons. */
public enum SelectionReason {
    NEAR_HOME("自宅に近く緊急時に駆けつけられる"),
    EXPERIENCE("経験"),
    SAME_GENDER("同性（年長のお子さん）"),
    OFFICE_NEARBY("市町村内・近くに事業所がある");

    private final String label;

    SelectionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

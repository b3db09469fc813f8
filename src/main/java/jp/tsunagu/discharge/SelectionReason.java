package jp.tsunagu.discharge;

/** Why a coordinator was chosen, as the seed lists the reasons. */
public enum SelectionReason {
    NEAR_HOME("自宅に近い・緊急時にすぐ訪問できる"),
    EXPERIENCE("成人の身体介護や相談の経験が長い"),
    SAME_GENDER("同性（成人に近い児）"),
    OFFICE_NEARBY("事業所が市町村内・近隣"),
    /** The seed's 青森 practice: a trained specialist's first medical-care case, so experience spreads. */
    SPREAD_EXPERIENCE("養成研修修了で医ケア児の担当がない（経験を広げる）"),
    /** The seed's 上十三 case: the municipality places its own coordinator. */
    MUNICIPAL_COORDINATOR("市町村が配置するコーディネーター");

    private final String label;

    SelectionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

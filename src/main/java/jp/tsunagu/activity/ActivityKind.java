package jp.tsunagu.activity;

/** Kinds of activity the seed's tables list (日付・内容). */
public enum ActivityKind {
    INTERVIEW("面談"),
    ACCOMPANIED_VISIT("同行訪問"),
    CASE_MEETING("ケース会議"),
    MEETING("打合せ"),
    STUDY_GROUP("勉強会"),
    DISCHARGE_CONFERENCE("退院時カンファレンス"),
    PROVIDER_VISIT("事業所訪問"),
    CONSULTATION("相談対応"),
    OTHER("その他");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

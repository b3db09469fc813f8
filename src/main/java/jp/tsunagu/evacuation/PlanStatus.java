package jp.tsunagu.evacuation;

public enum PlanStatus {
    DRAFTING("作成中"),
    APPROVED("登録済み"),
    IN_REVIEW("見直し中"),
    CLOSED("終了");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

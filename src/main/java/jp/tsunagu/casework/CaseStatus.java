package jp.tsunagu.casework;

public enum CaseStatus {
    ACTIVE("支援中"),
    CLOSED("終了");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

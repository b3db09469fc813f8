package jp.tsunagu.evacuation;

public enum VersionStatus {
    DRAFT("下書き"),
    APPROVED("現行版"),
    SUPERSEDED("旧版");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

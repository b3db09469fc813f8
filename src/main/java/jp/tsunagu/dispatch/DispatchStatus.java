package jp.tsunagu.dispatch;

public enum DispatchStatus {
    TRIAGE("受付確認中"),
    WAITING_FOR_ADVISER("アドバイザー受諾待ち"),
    IN_PROGRESS("派遣中"),
    CENTER_RESPONDING("センター対応中"),
    WAITING_FOR_FEEDBACK("申込者の声 待ち"),
    DECLINED("お断り"),
    CLOSED("完了");

    private final String label;

    DispatchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

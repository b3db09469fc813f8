package jp.tsunagu.discharge;

public enum DischargeStatus {
    ANNOUNCED("退院連絡"),
    PREPARING("在宅移行の準備中"),
    READMITTED("再入院中"),
    FOLLOW_UP("退院後フォロー"),
    CLOSED("完了");

    private final String label;

    DischargeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package jp.tsunagu.dispatch;

/** Who asked for the adviser; derived from the requester's groups, never entered. */
public enum RequesterRole {
    MUNICIPALITY("市町村"),
    COORDINATOR("コーディネーター"),
    CENTER("小児在宅支援センター"),
    ADVISER("圏域アドバイザー"),
    /** Started by another flow or by the application itself, with no person logged in. */
    SYSTEM("システム");

    private final String label;

    RequesterRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package jp.tsunagu.organization;

/** What a staff member does in the support system. */
public enum StaffRole {
    ADVISER("圏域アドバイザー"),
    COORDINATOR("医療的ケア児等コーディネーター"),
    CENTER_STAFF("小児在宅支援センター職員"),
    MUNICIPAL_OFFICER("市町村担当者"),
    PUBLIC_HEALTH_NURSE("保健師");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package jp.tsunagu.organization;

/** Kinds of organizations that take part in a child's support. */
public enum OrganizationKind {
    SUPPORT_CENTER("小児在宅支援センター"),
    CONSULTATION_OFFICE("相談支援事業所"),
    HOSPITAL("病院"),
    SERVICE_PROVIDER("事業所"),
    MUNICIPAL_OFFICE("市町村");

    private final String label;

    OrganizationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
